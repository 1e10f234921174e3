import Testing
@testable import PlannerEngine
@testable import PlannerTUI

/// The Progress pane (4): one page to read, not a list. A hand-built study
/// log on the fixture's frozen Sunday 22 November 2026, under the standard
/// habit rules (a day counts from 20 min; 1 rest day a week, Monday to Sunday).
@Suite struct ProgressPaneTests {
    typealias F = TUIFixture

    static func day(_ year: Int, _ month: Int, _ day: Int) -> Day { Day(year: year, month: month, day: day)! }

    /// - 2025-06-01: 60 min of Python, before the heatmap's first Monday (2025-11-24 = 22 Nov 2026's
    ///   Monday 16 Nov less 51 weeks): in "all" but not in "the last 52 weeks".
    /// - 14 Sep to 3 Oct 2026 (Mon to Sat, 20 days): 45 min of Python each day, the longest streak,
    ///   every day with study. Weeks: Sep 14 and Sep 21 7 x 45 = 315 min (5.25 h, shown 5.3),
    ///   Sep 28 6 x 45 = 270 min (4.5 h). 3 Oct to 9 Nov is weeks without study: a break.
    /// - Wed 21 Oct: 15 min of Statistics, under the minimum: a light cell that counts for no streak.
    /// - 9 to 21 Nov: Probability, the current streak. Week of Nov 9: Mon 25, Tue 60, Wed none (the
    ///   week's rest day), Thu 40, Fri 120, Sat 20 (just the minimum), Sun 30 = 295 min (4.9 h).
    ///   Week of Nov 16: Mon 30, Tue 90, Wed 10 (light: this week's rest day), Thu 45, Fri 150,
    ///   Sat 35 = 360 min (6 h); Sunday 22 (today) has nothing and does not break it.
    ///   So 9 to 21 Nov: 13 days, 11 of them with study; shorter than the 20 of September.
    /// Totals: 60 + 900 + 15 + 295 + 360 = 1630 min (27.2 h) in all, 1570 (26.2 h) in the window,
    /// on 20 + 1 + 6 + 6 = 33 days. Mathematics (Statistics, Probability) 15 + 655 = 670 min (11.2 h),
    /// Programming (Python) 60 + 900 = 960 min (16 h).
    /// Heat levels: none, light (10, 15), steady (20 to 45), strong (60, 90), intense (120, 150).
    static let log: [LogEntry] = {
        var log = [LogEntry(date: day(2025, 6, 1), minutes: 60, skillID: "python")]
        for offset in 0..<20 { log.append(LogEntry(date: day(2026, 9, 14).adding(days: offset), minutes: 45, skillID: "python")) }
        log.append(LogEntry(date: day(2026, 10, 21), minutes: 15, skillID: "statistics"))
        for (date, minutes) in [(9, 25), (10, 60), (12, 40), (13, 120), (14, 20), (15, 30),
                                (16, 30), (17, 90), (18, 10), (19, 45), (20, 150), (21, 35)] {
            log.append(LogEntry(date: day(2026, 11, date), minutes: minutes, skillID: "probability"))
        }
        return log
    }()

    /// The fixture's target and 12-month plan (starting today, 20.2 h a week) with the log above,
    /// focused on Progress.
    static func loggedState(width: Int = 80, height: Int = 24, glyphs: Glyphs = .unicode) -> AppState {
        var progress = F.progress(plan: true)
        progress.log = log
        var state = AppState(planner: Planner(catalog: F.catalog, progress: progress), today: F.today,
                             width: width, height: height, glyphs: glyphs)
        F.press([.character("4")], &state)
        return state
    }

    // MARK: Snapshots

    /// The heatmap's 52 columns start on Monday 24 Nov 2025; months are named over their first
    /// Monday (Dec 1 is column 1, Jan 5 column 6, ... Nov 2 column 49), after the 4-cell weekday label
    /// and the 2-cell indent; the November of column 0 has no room and is left out. Sep 14 is column
    /// 42, Oct 19 column 47, Nov 9 column 50, this week column 51.
    /// Pace: the plan starts today, so nothing is due yet (on track) and the window for the recent
    /// pace is today alone, with nothing logged: no projected finish. (Its wording, "until study is logged in
    /// the last four weeks", is not true here: 12 of the last 28 days have study, but before the plan.)
    @Test func progressAt80x24() {
        let state = Self.loggedState()
        let grid = F.draw(state)
        F.expectScreen(grid, """
            Machine learning engineer  ░░░░░░░░░░░░ 7% (3/41)                 Pace: on track
             1 Roles   2 Skills   3 Schedule   4 Progress
            Habit
              Streak: 13 days (11 of them with study) · longest: 20 days, 2026-09-14 to
              2026-10-03
              A day counts from 20 min of study; 1 rest day a week (Monday to Sunday) keeps
              a streak going.
              Logged: 27.2 h in all; 26.2 h on 33 days in the last 52 weeks.

            Pace
              On track · week 1 of 52 · 20.2 h a week planned
              No projected finish until study is logged in the last four weeks.

            Readiness
              Machine learning engineer: 3 of 41 skills done (7%), 1050 h left.
              Closest role: Data analyst (9%, 2 of 21 skills done).

            Study in the last 52 weeks
                   Dec  Jan Feb Mar  Apr May Jun  Jul Aug  Sep Oct Nov
              Mon ··········································▒▒▒·····▒▒
              Tue ··········································▒▒▒·····▓▓
              Wed ··········································▒▒▒··░···░

            ? all keys  q quit  Tab next pane  p plan or replan  u undo  e export
            """)
        let roles = grid.roleRows
        // The focused tab: " 4 Progress " after " 1 Roles ", " 2 Skills ", " 3 Schedule " and a cell after each.
        #expect(roles[1].trimmingSuffixSpaces() == String(repeating: " ", count: 34) + String(repeating: "T", count: 12))
        for (row, heading) in [(2, "Habit"), (9, "Pace"), (13, "Readiness"), (17, "Study in the last 52 weeks")] {
            #expect(roles[row].trimmingSuffixSpaces() == String(repeating: "H", count: heading.count), "row \(row)")
        }
        // Weekday label and no-study cells dim; steady cells (▒) in the bar role, strong (▓) done.
        #expect(roles[19].trimmingSuffixSpaces() == "  " + String(repeating: "M", count: 46) + "RRR" + "MMMMM" + "RR")
        #expect(roles[20].trimmingSuffixSpaces() == "  " + String(repeating: "M", count: 46) + "RRR" + "MMMMM" + "DD")
        // Light cells (░, Oct 21 and Nov 18) are dim like empty ones: told apart by their glyph.
        #expect(roles[21].trimmingSuffixSpaces() == "  " + String(repeating: "M", count: 46) + "RRR" + String(repeating: "M", count: 7))
        #expect(!roles.joined().contains("S"))
    }

    /// The end of the page (G): this week's bar is labelled as a heading; the plan's 1212 min a week
    /// set the scale (room 63 cells: 76 - 6 label - 5 value - 2), so 360 min is 18.7 cells (18 and ▋)
    /// and the plan marker sits in the last cell of the room. Categories scale to the larger, 960 min,
    /// over 57 cells: 670 min is 39.8 cells (39 and ▊).
    @Test func progressEndAt80x24() {
        var state = Self.loggedState()
        F.press([.character("G")], &state)
        let grid = F.draw(state)
        F.expectScreen(grid, """
            Machine learning engineer  ░░░░░░░░░░░░ 7% (3/41)                 Pace: on track
             1 Roles   2 Skills   3 Schedule   4 Progress
              Nov 16 ██████████████████▋                                           │   6 h

            Hours by category
              Mathematics ███████████████████████████████████████▊                  11.2 h
              Programming █████████████████████████████████████████████████████████   16 h

            Next to learn (phase: Foundations)
              1. [~] Probability (probability) · 24.1 h left
                     due this week · already learning · on your target's path · in the
                     current phase · unlocks 1 skill
              2. [ ] Command line basics (command-line-basics) · 10 h left
                     on your target's path · in the current phase · unlocks 2 skills · fits
                     the 20.2 h left this week
              3. [ ] NumPy (numpy) · 15 h left
                     on your target's path · in the current phase · unlocks 1 skill · fits
                     the 20.2 h left this week
              4. [ ] Data structures and algorithms (data-structures-algorithms) · 60 h left
                     on your target's path · in the current phase · unlocks 1 skill
              5. [ ] Optimisation (optimisation) · 30 h left
                     on your target's path · in the current phase

            ? all keys  q quit  Tab next pane  p plan or replan  u undo  e export
            """)
        let roles = grid.roleRows
        #expect(roles[2].trimmingSuffixSpaces() == "  " + String(repeating: "H", count: 7) + String(repeating: "R", count: 19)
                + String(repeating: " ", count: 43) + "M")
        #expect(roles[5].trimmingSuffixSpaces() == "  " + String(repeating: " ", count: 12) + String(repeating: "R", count: 40))
        for (row, heading) in [(4, "Hours by category"), (8, "Next to learn (phase: Foundations)")] {
            #expect(roles[row].trimmingSuffixSpaces() == String(repeating: "H", count: heading.count), "row \(row)")
        }
        #expect(roles[9].hasPrefix("     LLL "))
        // The reasons are dim from their own 7-cell indent on (the pane's 2 cells before it are not).
        #expect(roles[10].trimmingSuffixSpaces() == "  " + String(repeating: "M", count: 72))
    }

    /// Side by side at 120 wide Progress takes the whole width, under its own title; text wraps
    /// later (up to 96 cells) but the charts stay 76 wide.
    @Test func progressAt120x40() {
        let grid = F.draw(Self.loggedState(width: 120, height: 40))
        F.expectScreen(grid, """
            career-planner  Machine learning engineer  ░░░░░░░░░░░░ 7% (3/41)                                         Pace: on track
            ───────────────────────────────────────────────────────────────────────── 1 Roles ─ 2 Skills ─ 3 Schedule ─ 4 Progress ─
             4 Progress
            Habit
              Streak: 13 days (11 of them with study) · longest: 20 days, 2026-09-14 to 2026-10-03
              A day counts from 20 min of study; 1 rest day a week (Monday to Sunday) keeps a streak going.
              Logged: 27.2 h in all; 26.2 h on 33 days in the last 52 weeks.

            Pace
              On track · week 1 of 52 · 20.2 h a week planned
              No projected finish until study is logged in the last four weeks.

            Readiness
              Machine learning engineer: 3 of 41 skills done (7%), 1050 h left.
              Closest role: Data analyst (9%, 2 of 21 skills done).

            Study in the last 52 weeks
                   Dec  Jan Feb Mar  Apr May Jun  Jul Aug  Sep Oct Nov
              Mon ··········································▒▒▒·····▒▒
              Tue ··········································▒▒▒·····▓▓
              Wed ··········································▒▒▒··░···░
              Thu ··········································▒▒▒·····▒▒
              Fri ··········································▒▒▒·····██
              Sat ··········································▒▒▒·····▒▒
              Sun ··········································▒▒······▒·
                  · none  ░ under 20 min  ▒ 20 min to 1 h  ▓ 1 h to 2 h  █ 2 h or more

            Hours a week, last 12 weeks (from Monday), │ the plan's 20.2 h
              Aug 31                                                               │   0 h
              Sep 7                                                                │   0 h
              Sep 14 ████████████████▎                                             │ 5.3 h
              Sep 21 ████████████████▎                                             │ 5.3 h
              Sep 28 ██████████████                                                │ 4.5 h
              Oct 5                                                                │   0 h
              Oct 12                                                               │   0 h
              Oct 19 ▊                                                             │ 0.3 h
              Oct 26                                                               │   0 h
              Nov 2                                                                │   0 h

            ? all keys  q quit  Tab next pane  p plan or replan  u undo  e export
            """)
        let roles = grid.roleRows
        #expect(roles[1] == String(repeating: "|", count: 107) + String(repeating: "T", count: 12) + "|")
        #expect(roles[2].trimmingSuffixSpaces() == String(repeating: "T", count: 12))
        let heat = { (row: Int) in String(roles[row].dropFirst(6).prefix(52)) }
        let blank42 = String(repeating: "M", count: 42)
        #expect(heat(18) == blank42 + "RRRMMMMMRR")
        #expect(heat(19) == blank42 + "RRRMMMMMDD")
        #expect(heat(22) == blank42 + "RRRMMMMMGG")
        #expect(heat(24) == blank42 + "RRMMMMMMRM")
        // The legend: each glyph in its level's role, its words dim.
        #expect(roles[25].trimmingSuffixSpaces() == "      MMMMMM  " + String(repeating: "M", count: 14) + "  R" + String(repeating: "M", count: 14)
                + "  D" + String(repeating: "M", count: 11) + "  G" + String(repeating: "M", count: 12))
        #expect(roles[27].trimmingSuffixSpaces() == String(repeating: "H", count: 62))
        #expect(roles[30].trimmingSuffixSpaces() == "         " + String(repeating: "R", count: 17) + String(repeating: " ", count: 45) + "M")
    }

    /// Without a UTF-8 locale: `.` none, `-` light, `+` steady, `*` strong, `#` intense; bars in
    /// whole cells (16.4 cells is 16 #) and `|` for the plan.
    @Test func asciiHeatmapAndLegend() {
        var state = Self.loggedState(glyphs: .ascii)
        F.press(Array(repeating: .character("j"), count: 15), &state)
        let rows = F.text(F.draw(state)).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let blank42 = String(repeating: ".", count: 42)
        #expect(Array(rows[2...13]) == [
            "Study in the last 52 weeks",
            "       Dec  Jan Feb Mar  Apr May Jun  Jul Aug  Sep Oct Nov",
            "  Mon " + blank42 + "+++.....++",
            "  Tue " + blank42 + "+++.....**",
            "  Wed " + blank42 + "+++..-...-",
            "  Thu " + blank42 + "+++.....++",
            "  Fri " + blank42 + "+++.....##",
            "  Sat " + blank42 + "+++.....++",
            "  Sun " + blank42 + "++......+.",
            "      . none  - under 20 min  + 20 min to 1 h  * 1 h to 2 h  # 2 h or more",
            "",
            "Hours a week, last 12 weeks (from Monday), | the plan's 20.2 h",
        ])
        #expect(rows[16] == "  Sep 14 " + String(repeating: "#", count: 16) + String(repeating: " ", count: 46) + "| 5.3 h")
        for scroll in [0, 19, 38] {
            state.scroll[.progress] = scroll
            #expect(F.draw(state).rows.allSatisfy { $0.allSatisfy(\.isASCII) }, "scroll \(scroll)")
        }
    }

    // MARK: Scrolling

    /// At 80x24 the page has 58 lines in 20 rows (2 to 21): it scrolls from 0 to 38, a page is 19.
    static let lastScroll = 38

    static func topLine(_ state: AppState) -> String { F.draw(state).rows[2].trimmingSuffixSpaces() }

    @Test func keysScrollThePage() {
        var state = Self.loggedState()
        /// Presses the keys; where the page is scrolled to then.
        func scroll(_ keys: [Key]) -> Int? {
            F.press(keys, &state)
            return state.scroll[.progress]
        }
        let lines = ProgressPane.lines(state, width: 80).map { $0.text.trimmingSuffixSpaces() }
        #expect(lines.count == 58)
        #expect(scroll([.character("j"), .down]) == 2)
        #expect(Self.topLine(state) == "  2026-10-03")
        #expect(scroll([.character("k"), .up, .character("k")]) == 0)
        #expect(scroll([.pageDown]) == 19)
        #expect(Self.topLine(state) == lines[19])
        #expect(scroll([.pageDown, .pageDown]) == Self.lastScroll)
        #expect(scroll([.pageUp]) == 19)
        #expect(scroll([.pageUp, .pageUp]) == 0)
        #expect(scroll([.character("G")]) == Self.lastScroll)
        // Past the end nothing moves: the last line stays on the pane's last row.
        #expect(scroll([.character("j"), .character("j"), .down, .end]) == Self.lastScroll)
        #expect(F.draw(state).rows[21].trimmingSuffixSpaces() == "         on your target's path · in the current phase")
        // One k after that moves back one line, not several.
        #expect(scroll([.character("k")]) == Self.lastScroll - 1)
        #expect(scroll([.character("g")]) == 0)
        #expect(Self.topLine(state) == "Habit")
        // The wheel: three lines at a time, within the same bounds.
        #expect(scroll([.wheelDown]) == 3)
        #expect(scroll(Array(repeating: .wheelDown, count: 13)) == Self.lastScroll)
        #expect(scroll([.wheelUp]) == Self.lastScroll - 3)
        #expect(scroll(Array(repeating: .wheelUp, count: 13)) == 0)
    }

    @Test func resizingClampsTheScroll() {
        var state = Self.loggedState()
        func scroll(_ keys: [Key]) -> Int? {
            F.press(keys, &state)
            return state.scroll[.progress]
        }
        #expect(scroll([.character("G")]) == Self.lastScroll)
        // 26 rows: 58 - 26 = 32 at most.
        #expect(scroll([.resize(width: 80, height: 30)]) == 32)
        // 120 wide: 56 lines (two fewer wrapped lines in Habit) in rows 3 to 37 (row 2 is the title): 21 at most.
        #expect(scroll([.resize(width: 120, height: 40)]) == 21)
        #expect(F.draw(state).rows[37].trimmingSuffixSpaces() == "         on your target's path · in the current phase")
        // Back to 80x24 the scroll fits: it stays.
        #expect(scroll([.resize(width: 80, height: 24)]) == 21)
        // Taller than the page: back to the top.
        #expect(scroll([.resize(width: 80, height: 70)]) == 0)
        #expect(Self.topLine(state) == "Habit")
    }

    /// The page is kept between frames (ProgressPageCache) and worked out again when the
    /// progress, the day or the glyphs change, and back again after an undo.
    @Test func thePageFollowsTheProgressTheDayAndTheGlyphs() {
        var state = Self.loggedState(width: 80, height: 70)
        func shows(_ text: String) -> Bool { F.text(F.draw(state)).contains(text) }
        #expect(shows("Logged: 27.2 h in all; 26.2 h on 33 days in the last 52 weeks."))
        #expect(shows("Logged: 27.2 h in all"), "drawn again from the kept page")
        let logged = state.planner.progress
        state.planner.progress.log.append(LogEntry(date: F.today, minutes: 60, skillID: "python"))
        #expect(shows("Logged: 28.2 h in all; 27.2 h on 34 days in the last 52 weeks."))
        state.planner.restore(logged)
        #expect(shows("Logged: 27.2 h in all; 26.2 h on 33 days in the last 52 weeks."))
        let heatmap = F.text(F.draw(state))
        state.glyphs = .ascii
        #expect(F.text(F.draw(state)) != heatmap)
        state.glyphs = .unicode
        #expect(F.text(F.draw(state)) == heatmap)
        state.today = F.today.adding(days: 400)
        #expect(shows("Logged: 27.2 h in all; 0 h on 0 days in the last 52 weeks."))
    }

    /// Progress is a page to read: no cursor, no selected row, whatever the keys or clicks.
    @Test func nothingIsSelectedInProgress() {
        var state = Self.loggedState()
        #expect(PaneContent.itemRows(.progress, state).isEmpty)
        for keys: [Key] in [[], [.character("j")], [.pageDown], [.character("G")], [.click(row: 10, column: 10)]] {
            F.press(keys, &state)
            #expect(state.focus == .progress)
            #expect(!F.draw(state).roleRows.joined().contains("S"), "after \(keys)")
        }
    }

    // MARK: Nothing yet

    @Test func emptyProgressShowsHints() {
        var state = F.freshState()
        F.press([.character("4")], &state)
        let first = F.text(F.draw(state))
        #expect(first.contains("\n  Streak: none yet (a day counts from 20 min of study)\n"))
        #expect(first.contains("\n  Logged: 0 h in all; 0 h on 0 days in the last 52 weeks.\n"))
        #expect(first.contains("\nPace\n  No plan yet: press p to make one.\n"))
        #expect(first.contains("\nReadiness\n  No target role yet: press t in Roles to choose one.\n"))
        #expect(first.contains("\n  Mon " + String(repeating: "·", count: 52) + "\n"))
        F.press([.character("G")], &state)
        #expect(F.text(F.draw(state)).contains("\nHours by category\n  Nothing logged yet: press L to log study time.\n"))
        // No plan: no marker on the weekly chart, none named in its title.
        #expect(ProgressPane.lines(state, width: 80).contains(StyledLine("Hours a week, last 12 weeks (from Monday)", .heading)))
    }

    // MARK: Side by side

    @Test func progressTakesTheWholeWidthSideBySide() {
        var state = F.state(width: 120, height: 40)
        F.press([.character("4")], &state)
        #expect(Layout(state).panes == [.progress: Rect(x: 0, y: 2, width: 120, height: 36)])
        var grid = F.draw(state)
        #expect(grid.rows[2].trimmingSuffixSpaces() == " 4 Progress")
        #expect(grid.roleRows[2].trimmingSuffixSpaces() == String(repeating: "T", count: 12))
        // No pane borders down the page.
        #expect((2..<38).allSatisfy { !grid.rows[$0].contains("│ 2 Skills") && grid[$0, 36].text != "│" })
        F.press([.character("1")], &state)
        #expect(Set(Layout(state).panes.keys) == [.roles, .skills, .schedule])
        grid = F.draw(state)
        #expect(grid.rows[2].hasPrefix(" 1 Roles                            │ 2 Skills: Machine learning engineer"))
        #expect(grid.roleRows[1] == String(repeating: "|", count: 73) + String(repeating: "T", count: 9) + String(repeating: "|", count: 38))
        // Tab from Schedule goes to Progress, and on to Roles with the three panes back.
        F.press([.character("3"), .tab], &state)
        #expect(state.focus == .progress && Layout(state).panes.count == 1)
        F.press([.tab], &state)
        #expect(state.focus == .roles && Layout(state).panes.count == 3)
    }
}
