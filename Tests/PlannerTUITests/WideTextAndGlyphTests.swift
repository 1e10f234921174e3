import Testing
import PlannerEngine
@testable import PlannerTUI

/// Wide characters are cut at cell width and never split, no row is wider than
/// the grid, and with ASCII glyphs nothing but ASCII reaches the screen.
@Suite struct WideTextAndGlyphTests {
    typealias F = TUIFixture

    static func expectNoSplitCharacters(_ grid: Grid, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        for problem in F.splitProblems(grid) { Issue.record("\(what): \(problem)", sourceLocation: sourceLocation) }
    }

    static func overlays(_ state: AppState) -> [Overlay?] {
        var list: [Overlay?] = [nil, .help, .confirmQuit]
        list += state.planner.catalog.roles.map { Overlay.roleDetail(roleID: $0.id) }
        list += state.planner.catalog.skills.map { Overlay.skillDetail(skillID: $0.id) }
        list.append(.prompt(Prompt(purpose: .note(skillID: "linear-algebra"), label: "Note for linear-algebra:",
                                   editor: LineEditor(String(repeating: "線形代数のノート", count: 12)))))
        return list
    }

    @Test(arguments: [(80, 24), (81, 24), (99, 30), (100, 24), (101, 30), (120, 40), (121, 41), (133, 50)])
    func cjkScreensFitAndNeverSplitACharacter(width: Int, height: Int) {
        let variants = [
            F.cjkState(width: width, height: height),
            F.cjkState(width: width, height: height, target: "long", plan: true),
            F.cjkState(width: width, height: height, target: "odd", longNames: true, plan: true),
        ]
        // Each distinct problem once, with the first state that shows it.
        var problems: [String: String] = [:]
        for base in variants {
            for pane in Pane.allCases {
                for overlay in Self.overlays(base) {
                    for cursor in 0..<3 {
                        var state = base
                        state.focus = pane
                        state.cursor[.roles] = cursor
                        state.showAllSkills = cursor == 2
                        state.overlay = overlay
                        let grid = F.draw(state)
                        for problem in F.rowProblems(grid) + F.splitProblems(grid) where problems[problem] == nil {
                            problems[problem] = "target \(state.planner.progress.targetRole ?? "-"), \(pane), cursor \(cursor), "
                                + String(String(describing: overlay).prefix(60))
                        }
                    }
                }
            }
        }
        for (problem, example) in problems.sorted(by: { $0.key < $1.key }) {
            Issue.record("\(width)x\(height) \(problem) (\(example))")
        }
    }

    /// A category name wider than the pane, with its done/total at the right end.
    @Test func longCjkCategoryNameLeavesRoomForItsCount() {
        let grid = F.draw(F.cjkState(width: 80, height: 24, focus: .skills, longNames: true))
        let row = grid.rows[5]
        #expect(TerminalText.width(row) == 80, "\(row)")
        #expect(row.hasSuffix(" 0/2"), "\(row)")
        #expect(row.hasPrefix("プログラミングとソフトウェア工学"))
        Self.expectNoSplitCharacters(grid, "long category")
    }

    /// A long target name in the header is cut so that the pace still fits.
    @Test func longCjkTargetNameInTheHeaderLeavesRoomForThePace() {
        for width in [80, 81, 100, 101, 120] {
            let grid = F.draw(F.cjkState(width: width, height: 24, target: "odd", plan: true))
            let header = grid.rows[0]
            #expect(TerminalText.width(header) == width, "\(width): \(header)")
            #expect(header.hasSuffix(" Pace: on track"), "\(width): \(header)")
            Self.expectNoSplitCharacters(grid, "header at \(width)")
        }
    }

    /// Behind the plan, the pace is longer; the readiness figures must still show.
    @Test func headerKeepsTheReadinessNextToALongPace() {
        var state = F.state()
        state.today = Day(year: 2027, month: 1, day: 20)!
        for width in [80, 100, 120] {
            state.width = width
            let header = F.draw(state).rows[0]
            #expect(header.contains("7% (3/41)"), "\(width): \(header)")
            #expect(header.hasSuffix(" Pace: behind by 59 days"), "\(width): \(header)")
        }
        let roles = F.draw(state).roleRows[0]
        #expect(roles.hasSuffix(String(repeating: "B", count: 23)))
    }

    @Test func gridCutsWideCharactersWholeAtTheEdgeAndTheLimit() {
        var grid = Grid(width: 5, height: 2)
        #expect(grid.put("線形代数", row: 0, column: 0) == 4)
        #expect(grid.rows[0] == "線形 ")
        #expect(grid.put("x線形代数", row: 1, column: 0, role: .normal, limit: 4) == 3)
        #expect(grid.rows[1] == "x線  ")
        var edge = Grid(width: 3, height: 1)
        edge.put("a", row: 0, column: 0)
        #expect(edge.put("線", row: 0, column: 2) == 0)
        #expect(edge.rows[0] == "a  ")
        // Starting left of the grid: the character across the edge is dropped, not halved.
        var left = Grid(width: 4, height: 1)
        left.put("線形代数", row: 0, column: -1)
        #expect(TerminalText.width(left.rows[0]) == 4)
        Self.expectNoSplitCharacters(left, "left edge")
    }

    @Test func controlCharactersInNamesAndNotesNeverReachTheGrid() {
        var state = F.cjkState(width: 80, height: 24, focus: .skills)
        try? state.planner.mark(["linear-algebra"], as: .learning, note: "ok", today: F.today)
        state.overlay = .prompt(Prompt(purpose: .note(skillID: "linear-algebra"), label: "Note:",
                                       editor: LineEditor("a\u{1B}[31mb")))
        let grid = F.draw(state)
        #expect(grid.rows.allSatisfy { !$0.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) } })
    }

    // MARK: ASCII glyphs

    /// Bars, borders and marks use the ASCII glyphs.
    @Test func asciiGlyphsForBarsAndBorders() {
        let grid = F.draw(F.state(width: 120, height: 40, glyphs: .ascii))
        #expect(grid.rows[0].hasPrefix("career-planner  Machine learning engineer  ............ 7% (3/41)"))
        #expect(grid.rows[1] == String(repeating: "-", count: 73) + " 1 Roles - 2 Skills - 3 Schedule - 4 Progress -")
        #expect(grid.rows[3].hasPrefix("* Machine learning en...  .....   7%|Mathematics"))
        var help = F.state(width: 120, height: 40, glyphs: .ascii)
        help.overlay = .help
        let box = F.draw(help).rows
        #expect(box[1].hasPrefix("+-Keys---") && box[1].hasSuffix("-+"))
        #expect(box[2].hasPrefix("| ") && box[2].hasSuffix(" |"))
    }

    /// Without a UTF-8 locale nothing the interface writes itself may be outside
    /// ASCII (the catalog here is all ASCII), or it turns into mojibake.
    @Test func asciiGlyphsPutOnlyASCIIOnScreen() {
        var states: [(String, AppState)] = []
        for pane in Pane.allCases {
            states.append(("\(pane)", F.state(width: 120, height: 40, focus: pane, glyphs: .ascii)))
        }
        states.append(("no plan", F.state(width: 120, height: 40, plan: false, focus: .schedule, glyphs: .ascii)))
        for overlay: Overlay in [.help, .roleDetail(roleID: "ml-engineer"), .skillDetail(skillID: "calculus"), .confirmQuit] {
            var state = F.state(width: 120, height: 40, glyphs: .ascii)
            state.overlay = overlay
            states.append(("\(overlay)", state))
        }
        states.append(("too small", F.state(width: 60, height: 20, glyphs: .ascii)))
        for (name, state) in states {
            for (index, row) in F.draw(state).rows.enumerated() where !row.unicodeScalars.allSatisfy(\.isASCII) {
                Issue.record("\(name): row \(index) is not ASCII: \(row.trimmingSuffixSpaces())")
            }
        }
    }
}
