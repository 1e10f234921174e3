import Testing
@testable import PlannerEngine
@testable import PlannerTUI

/// `c` in Roles: the selected role beside the target role, in an overlay that
/// scrolls like the other pages; or, when that cannot be, why in the status line.
@Suite struct CompareOverlayTests {
    typealias F = TUIFixture

    /// The status line's row at 80x24.
    static let statusRow = 22

    @Test func withoutATargetTheStatusLineSaysWhy() {
        var state = F.freshState()
        let effects = F.press([.character("c")], &state)
        #expect(effects == Effects())
        #expect(state.overlay == nil)
        let message = "Choose a target role first (t), then compare other roles with it"
        #expect(state.message == message && state.messageIsError)
        let grid = F.draw(state)
        #expect(grid.rows[Self.statusRow].trimmingSuffixSpaces() == message)
        #expect(grid.roleRows[Self.statusRow].trimmingSuffixSpaces() == String(repeating: "E", count: message.count))
    }

    @Test func onTheTargetItselfTheStatusLineSaysSo() {
        // The fixture's Roles cursor starts on the target, Machine learning engineer.
        var state = F.state()
        #expect(PaneContent.selectedRole(state)?.id == "ml-engineer")
        F.press([.character("c")], &state)
        #expect(state.overlay == nil)
        let message = "This is your target role: select another role to compare with it"
        #expect(state.message == message && state.messageIsError)
        let grid = F.draw(state)
        #expect(grid.rows[Self.statusRow].trimmingSuffixSpaces() == message)
        #expect(grid.roleRows[Self.statusRow].trimmingSuffixSpaces() == String(repeating: "E", count: message.count))
        // The next key clears it.
        F.press([.character("j")], &state)
        #expect(state.message == nil)
        #expect(F.draw(state).rows[Self.statusRow].trimmingSuffixSpaces().isEmpty)
    }

    @Test func onlyRolesCompares() {
        for pane in [Pane.skills, .schedule, .progress] {
            var state = F.state(focus: pane)
            F.press([.character("c")], &state)
            #expect(state.overlay == nil && state.message == nil, "in \(pane)")
        }
    }

    /// AI research scientist (second in Roles) beside the target. Worked out from the catalog's
    /// required skills with their prerequisites: both need 29 (Linear algebra, Calculus and Python
    /// done: 3; 740 h in the other 26); only the scientist 4 (115 h: Implementing ML algorithms from
    /// scratch, Sequence models and transformers, Technical blog writing, Continuous learning);
    /// only the engineer 13, SQL skipped among them (310 h). So 3 of 29 + 4 = 33 (9%, 855 h) and
    /// 3 of 29 + 13 - 1 skipped = 41 (7%, 1050 h, as in the header). Only skills left to learn are
    /// listed, by category: Probability (being learned) stays, the done ones go.
    @Test func compareOverlayAt80x24() {
        var state = F.state()
        F.press([.character("j"), .character("c")], &state)
        #expect(state.overlay == .comparison(roleID: "ai-research-scientist"))
        #expect(state.message == nil)
        let grid = F.draw(state)
        F.expectScreen(grid, """
            Machine learning engineer  ░░░░░░░░░░░░ 7% (3/41)                 Pace: on track
            ┌─Compare: AI research scientist with your target──────────────────────────────┐
            │             AI research scientist           Machine learning engineer        │
            │ Readiness   9% (3 of 33)                    7% (3 of 41), 1 skipped          │
            │ Hours left  855 h                           1050 h                           │
            │                                                                              │
            │ Both need: 29 skills, 3 done, 740 h left                                     │
            │   Mathematics: Probability, Statistics, Optimisation                         │
            │   Programming: Command line basics, Git and version control, Data            │
            │     structures and algorithms, Object-oriented programming, Testing and code │
            │     documentation                                                            │
            │   Data: NumPy, pandas, Data cleaning and preprocessing, Data visualisation   │
            │   ML fundamentals: Core machine learning concepts, Supervised learning,      │
            │     Model evaluation, Unsupervised learning, Algorithm families and when to  │
            │     use them                                                                 │
            │   Deep learning: Neural network fundamentals, PyTorch                        │
            │   Portfolio and experience: End-to-end ML project, GitHub project            │
            │     documentation                                                            │
            │   Career and job search: Interview prep: coding challenges, Interview        │
            │     prep: ML theory, Interview prep: project presentation                    │
            │   Soft skills: Communication and explaining complex ideas, Problem solving   │
            │                                                                              │
            └──────────────────────────────────────────────────── j/k scroll · Esc closes ─┘
            ? all keys  q quit  Tab next pane  Enter details  t make it your target  c compa
            """)
        let roles = grid.roleRows
        // The title over the border, the two names and each part's summary as headings.
        #expect(roles[1] == "||" + String(repeating: "H", count: "Compare: AI research scientist with your target".count)
                + String(repeating: "|", count: 31))
        #expect(roles[2] == "| " + String(repeating: "H", count: 69) + String(repeating: " ", count: 8) + "|")
        #expect(roles[3] == "|" + String(repeating: " ", count: 78) + "|")
        #expect(roles[6] == "| " + String(repeating: "H", count: "Both need: 29 skills, 3 done, 740 h left".count)
                + String(repeating: " ", count: 37) + "|")
    }

    /// A row of the page at 80 wide: the border, a blank, 76 cells of text, a blank, the border.
    static func boxed(_ text: String) -> String { "│ " + text + String(repeating: " ", count: 76 - text.count) + " │" }

    /// 38 lines in the 20 rows of the page: it scrolls from 0 to 18.
    @Test func theOverlayScrollsAndEscCloses() {
        var state = F.state()
        F.press([.character("j"), .character("c")], &state)
        func scroll(_ keys: [Key]) -> Int {
            F.press(keys, &state)
            return state.overlayScroll
        }
        let rows = { F.draw(state).rows.map { $0.trimmingSuffixSpaces() } }
        #expect(scroll([.character("j")]) == 1)
        #expect(rows()[2].hasPrefix("│ Readiness   9% (3 of 33)"))
        #expect(scroll([.character("k"), .character("k"), .up]) == 0)
        #expect(rows()[2].hasPrefix("│             AI research scientist"))
        #expect(scroll([.character("G")]) == 18)
        #expect(scroll([.character("j"), .down, .pageDown]) == 18)
        #expect(rows()[2].hasPrefix("│   Soft skills: Communication and explaining complex ideas, Problem solving"))
        // With line 18 on row 2, line 26 (the engineer's summary) is on row 10, wrapped at 76 cells onto row 11.
        #expect(rows()[10] == Self.boxed("Only Machine learning engineer needs: 13 skills, 0 done, 1 skipped, 310 h"))
        #expect(rows()[11] == Self.boxed("left"))
        #expect(rows()[21] == Self.boxed("    organisation"))
        #expect(scroll([.character("k")]) == 17)
        #expect(scroll([.pageUp]) == 0)
        #expect(scroll([.pageDown]) == 18)
        // Esc closes it; the Roles cursor is where it was.
        F.press([.escape], &state)
        #expect(state.overlay == nil)
        #expect(PaneContent.selectedRole(state)?.id == "ai-research-scientist")
        #expect(rows()[3].hasPrefix("  AI research scientist"))
        #expect(F.draw(state).roleRows[3].hasPrefix(String(repeating: "S", count: 80)))
        // q closes it too, without quitting; it opens again at the top.
        #expect(scroll([.character("c"), .character("G")]) == 18)
        #expect(F.press([.character("q")], &state) == Effects())
        #expect(state.overlay == nil)
        #expect(scroll([.character("c")]) == 0)
    }
}
