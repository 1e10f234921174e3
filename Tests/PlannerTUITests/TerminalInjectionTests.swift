import Testing
@testable import PlannerEngine
@testable import PlannerTUI

/// Escape sequences hidden in catalog text, notes, evidence and the log reach
/// the screen written out (`\e[31m`), never as control characters.
@Suite struct TerminalInjectionTests {
    static let colour = "\u{1B}[31m"
    static let title = "\u{1B}]0;PWNED\u{07}"
    static let clipboard = "\u{1B}]52;c;cm0gLXJmIH4=\u{07}"
    static let c1 = "\u{9B}2J"
    static let reversed = "\u{202E}txt.exe"

    /// The built-in catalog with Python's name and how-to-learn line poisoned,
    /// and progress whose note, evidence and log hold the rest.
    func state(focus: Pane = .skills) -> AppState {
        var catalog = TUIFixture.catalog
        let python = catalog.skills.firstIndex { $0.id == "python" }!
        catalog.skills[python].name = "Py\(Self.colour)thon\(Self.c1)"
        catalog.skills[python].learn = "Read\(Self.title) the docs\(Self.reversed)"
        var progress = TUIFixture.progress(plan: true)
        progress.skills["python"]?.note = "note\(Self.clipboard)end\u{07}"
        progress.skills["python"]?.evidence = ["https://x.org/\(Self.colour)"]
        progress.log.append(LogEntry(date: TUIFixture.today, minutes: 30, skillID: "python", note: "log\(Self.title)"))
        var state = AppState(planner: Planner(catalog: catalog, progress: progress), today: TUIFixture.today,
                             width: 100, height: 40, glyphs: .unicode)
        state.focus = focus
        return state
    }

    /// Every cell's text, checked for anything a terminal would act on.
    func controlCells(_ grid: Grid) -> [String] {
        grid.cells.map(\.text).filter { text in
            text.unicodeScalars.contains { TextRules.isControl($0) || TerminalText.isBidiControl($0) }
        }
    }

    func frame(_ state: AppState) -> Grid {
        var grid = Grid(width: state.width, height: state.height)
        ScreenView.draw(state, on: &grid)
        return grid
    }

    @Test func theSkillsListShowsTheEscapesWrittenOut() {
        let grid = frame(state())
        #expect(controlCells(grid) == [])
        #expect(grid.rows.contains { $0.contains(#"[x] Py\e[31mthon\u{9b}2J"#) })
    }

    @Test func theDetailOverlayAndTheProgressPaneStayInert() {
        var state = state()
        state.overlay = .skillDetail(skillID: "python")
        let detail = frame(state)
        #expect(controlCells(detail) == [])
        let text = detail.rows.joined(separator: "\n")
        for shown in [#"Read\e]0;PWNED\a"#, #"the docs\u{202e}txt.exe"#, #"note\e]52;c;cm0gLXJmIH4=\aend\a"#,
                      #"https://x.org/\e[31m"#] {
            #expect(text.contains(shown), "\(shown)")
        }
        let progress = frame(self.state(focus: .progress))
        #expect(controlCells(progress) == [])
    }
}
