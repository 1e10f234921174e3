#ifndef CAREER_PLANNER_CNCURSESW_SHIM_H
#define CAREER_PLANNER_CNCURSESW_SHIM_H

// SwiftPM drops pkg-config's -D flags, so ask for the wide-character API here.
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <ncursesw/curses.h>

// Macros Swift cannot import, as functions.
static inline int cp_attr_bold(void) { return A_BOLD; }
static inline int cp_attr_reverse(void) { return A_REVERSE; }
static inline int cp_attr_dim(void) { return A_DIM; }
static inline int cp_color_pair(int n) { return COLOR_PAIR(n); }
// Swift 6 refuses C globals such as stdscr, LINES and COLS.
static inline WINDOW *cp_stdscr(void) { return stdscr; }
// newterm rather than initscr: it returns NULL for an unknown terminal instead of exiting.
static inline SCREEN *cp_newterm(void) { return newterm(NULL, stdout, stdin); }
static inline int cp_getmaxy(WINDOW *w) { return getmaxy(w); }
static inline int cp_getmaxx(WINDOW *w) { return getmaxx(w); }
static inline mmask_t cp_mouse_click_mask(void) { return BUTTON1_CLICKED | BUTTON1_PRESSED | BUTTON4_PRESSED | BUTTON5_PRESSED; }
static inline int cp_is_click(mmask_t state) { return (state & (BUTTON1_CLICKED | BUTTON1_PRESSED)) != 0; }
static inline int cp_is_wheel_up(mmask_t state) { return (state & BUTTON4_PRESSED) != 0; }
static inline int cp_is_wheel_down(mmask_t state) { return (state & BUTTON5_PRESSED) != 0; }

#endif
