#ifndef CAREER_PLANNER_STANDARD_OUTPUT_H
#define CAREER_PLANNER_STANDARD_OUTPUT_H

// Swift 6 refuses C's stdout global in an optimised (whole-module) build, so
// the flush that checks what was printed is done here, in C.
// Returns 0 when everything printed reached stdout, else errno's value.
int cp_flush_standard_output(void);

#endif
