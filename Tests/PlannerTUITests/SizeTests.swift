import Testing
import PlannerEngine
@testable import PlannerTUI

/// Small and odd terminal sizes: never a crash; below 80x24 only the message.
@Suite struct SizeTests {
    typealias F = TUIFixture

    static let message = ScreenView.tooSmallMessage

    @Test func theMessageIsTheOneTheIssueAsksFor() {
        #expect(Self.message == "Terminal too small — need 80x24")
    }

    @Test func zeroByZero() {
        let grid = F.draw(F.state(width: 0, height: 0))
        #expect(grid.rows.isEmpty)
        #expect(grid.roleRows.isEmpty)
    }

    @Test func oneByOne() {
        let grid = F.draw(F.state(width: 1, height: 1))
        #expect(grid.rows == ["…"])
        #expect(grid.roleRows == ["E"])
    }

    @Test func twentyByFive() {
        let grid = F.draw(F.state(width: 20, height: 5))
        let blank = String(repeating: " ", count: 20)
        #expect(grid.rows == [blank, blank, "Terminal too small …", blank, blank])
        #expect(grid.roleRows[2] == String(repeating: "E", count: 20))
        let ascii = F.draw(F.state(width: 20, height: 5, glyphs: .ascii))
        #expect(ascii.rows[2] == "Terminal too smal...")
    }

    @Test func seventyNineByTwentyThree() {
        let grid = F.draw(F.state(width: 79, height: 23))
        let blank = String(repeating: " ", count: 79)
        var expected = Array(repeating: blank, count: 23)
        expected[11] = String(repeating: " ", count: 24) + Self.message + String(repeating: " ", count: 24)
        #expect(grid.rows == expected)
        #expect(grid.roleRows[11] == String(repeating: " ", count: 24) + String(repeating: "E", count: 31) + String(repeating: " ", count: 24))
    }

    /// One column or one row short of 80x24 is too small; 80x24 is not.
    @Test(arguments: [(79, 24, true), (80, 23, true), (80, 24, false), (99, 24, false), (100, 23, true)])
    func theFullLayoutNeeds80x24(width: Int, height: Int, tooSmall: Bool) {
        let grid = F.draw(F.state(width: width, height: height))
        #expect(grid.rows.contains { $0.contains(Self.message) } == tooSmall)
        #expect(Layout(width: width, height: height, focus: .roles).tooSmall == tooSmall)
        // The header names the target role (with the program's name too when there is room).
        #expect(grid.rows[0].contains("Machine learning engineer") == !tooSmall)
    }

    @Test func sideBySideFrom100Columns() {
        #expect(!Layout(width: 99, height: 24, focus: .roles).sideBySide)
        #expect(Layout(width: 99, height: 24, focus: .skills).panes.keys.sorted { $0.rawValue < $1.rawValue } == [.skills])
        let wide = Layout(width: 100, height: 24, focus: .roles)
        #expect(wide.sideBySide)
        #expect(wide.panes.count == 3)
        // The panes tile the width with no gap and no overlap.
        let panes = Pane.allCases.compactMap { wide.panes[$0] }
        #expect(panes.map(\.width).reduce(0, +) == 100)
        #expect(zip(panes, panes.dropFirst()).allSatisfy { $0.x + $0.width == $1.x })
    }

    /// Every pane, overlay and the filter being typed, at sizes from nothing to
    /// large: no crash and every row exactly the grid's width.
    @Test func manySizesDrawWithoutCrashing() {
        let widths = [0, 1, 2, 3, 20, 79, 80, 81, 99, 100, 101, 160]
        let heights = [0, 1, 3, 5, 23, 24, 25, 60]
        let overlays: [Overlay] = [.help, .roleDetail(roleID: "ml-engineer"), .skillDetail(skillID: "python"), .confirmQuit,
                                   .prompt(Prompt(purpose: .planMonths, label: "Months for the plan (12-18):", editor: LineEditor("15")))]
        for width in widths {
            for height in heights {
                var states: [AppState] = Pane.allCases.map { F.state(width: width, height: height, focus: $0) }
                states[1].filterEditor = LineEditor("py")
                states[1].filter[.skills] = "py"
                for overlay in overlays {
                    var state = F.state(width: width, height: height, focus: .skills)
                    state.overlay = overlay
                    states.append(state)
                }
                for state in states {
                    let grid = F.draw(state)
                    #expect(grid.rows.count == height)
                    #expect(F.rowProblems(grid).isEmpty, "\(width)x\(height) \(state.focus) \(String(describing: state.overlay))")
                }
            }
        }
    }

    /// Keys at a size too small for any pane: nothing crashes and the state stays sane.
    @Test(arguments: [(0, 0), (1, 1), (20, 5), (79, 23)])
    func keysAtTinySizes(width: Int, height: Int) {
        var state = F.state(width: width, height: height)
        let keys: [Key] = [.down, .character("j"), .character("G"), .pageDown, .pageUp, .character("g"), .tab, .character(" "),
                           .click(row: 0, column: 0), .click(row: 3, column: 5), .wheelDown, .wheelUp, .character("2"),
                           .character("j"), .character(" "), .character("u"), .character("?"), .pageDown, .escape,
                           .character("/"), .character("x"), .escape, .enter, .escape, .backTab, .character("3"), .character("G")]
        for key in keys {
            F.press([key], &state)
            _ = F.draw(state)
        }
        for pane in Pane.allCases {
            #expect(state.cursor(in: pane) >= 0)
            #expect(state.cursor(in: pane) < max(1, PaneContent.itemRows(pane, state).count))
        }
        #expect(F.draw(state).rows.allSatisfy { TerminalText.width($0) == width })
    }

    /// Resizing down to each small size and back redraws the same full screen.
    @Test func resizeToTinyAndBack() {
        var session = TUISession(state: F.state(width: 120, height: 40, focus: .skills), storage: MemoryStorage(), export: { _, _ in })
        let before = F.draw(F.state(width: 80, height: 24, focus: .skills))
        for (width, height) in [(0, 0), (1, 1), (20, 5), (79, 23), (-5, -5)] {
            let running = session.handle(.resize(width: width, height: height))
            #expect(running)
            let frame = session.frame()
            #expect(frame.width == max(0, width) && frame.height == max(0, height))
        }
        let running = session.handle(.resize(width: 80, height: 24))
        #expect(running)
        #expect(session.frame() == before)
    }
}
