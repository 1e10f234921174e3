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
static inline int cp_attr_underline(void) { return A_UNDERLINE; }
static inline int cp_color_pair(int n) { return COLOR_PAIR(n); }
static inline int cp_key_f(int n) { return KEY_F(n); }
static inline int cp_getmaxy(WINDOW *w) { return getmaxy(w); }
static inline int cp_getmaxx(WINDOW *w) { return getmaxx(w); }

#endif
