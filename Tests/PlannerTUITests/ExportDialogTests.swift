import Foundation
import Testing
import PlannerEngine
@testable import PlannerTUI

/// `e`: the export dialog. The format first, then the path; the session
/// renders the chosen format and hands the bytes and the typed path to its
/// writer, here an in-memory one.
@Suite struct ExportDialogTests {
    typealias F = TUIFixture

    /// The status line's row at 80x24.
    static let statusRow = 22
    /// Enough Backspaces to empty the offered file name.
    static let clear = [Key](repeating: .backspace, count: 30)

    /// What the session's writer was given, and what it should throw.
    final class Writer {
        var files: [(data: Data, path: String)] = []
        var failure: ExportFile.Failure?

        func write(_ data: Data, _ path: String) throws {
            if let failure { throw failure }
            files.append((data, path))
        }
    }

    /// Storage that records an issue if anything is saved: exporting saves nothing.
    struct NoSaving: ProgressStorage {
        func save(_ progress: UserProgress) throws -> SaveOutcome {
            Issue.record("an export saved the progress")
            return .saved
        }
        func reloadIfChanged() -> OutsideChange { .none }
        func reload() throws -> UserProgress { UserProgress() }
        func overwrite(with progress: UserProgress) throws { Issue.record("an export saved the progress") }
        func saveCopy(of progress: UserProgress, today: Day) throws -> String { "" }
    }

    static func session(_ state: AppState, _ writer: Writer) -> TUISession {
        TUISession(state: state, storage: NoSaving(), export: writer.write)
    }

    static func handle(_ keys: [Key], _ session: inout TUISession) {
        for key in keys {
            let running = session.handle(key)
            #expect(running)
        }
    }

    // MARK: Step 1, the format

    @Test func formatDialogAt80x24() {
        var state = F.state()
        F.press([.character("e")], &state)
        #expect(state.overlay == .exportFormat(selected: .markdown))
        let grid = F.draw(state)
        F.expectScreen(grid, """
            Machine learning engineer  ░░░░░░░░░░░░ 7% (3/41)                 Pace: on track
             1 Roles   2 Skills   3 Schedule   4 Progress
            * Machine learning engineer                                      ░░░░░░░░░░   7%
              AI research scientist                                          ░░░░░░░░░░   9%
              NLP engineer                                                   ░░░░░░░░░░   8%
              Computer vision engineer                                       ░░░░░░░░░░   8%
              Data scientist                                                 ░░░░░░░░░░   7%
              MLOps engineer                                                 ░░░░░░░░░░   7%
              AutoML engineer                                                ░░░░░░░░░░   9%
            ┌─Export: choose a format──────────────────────────────────────────────────────┐
            │ m  markdown  career-progress.md    a progress report for a README            │
            │ c  csv       career-progress.csv   the skills as a spreadsheet               │
            │ i  ics       career-progress.ics   the plan as calendar events               │
            │ j  json      career-progress.json  everything, for import                    │
            └───────────────────────────────── ↑/↓ and Enter, or the letter · Esc cancels ─┘








            ? all keys  q quit  Tab next pane  Enter details  t make it your target  c compa
            """)
        // The format the arrows are on is reversed, inside the frame.
        let highlighted = "| " + String(repeating: "S", count: 76) + " |"
        #expect(grid.roleRows[10] == highlighted)
        #expect(!grid.roleRows[11].contains("S"))
    }

    @Test func formatDialogInASCII() {
        var state = F.state(glyphs: .ascii)
        F.press([.character("e")], &state)
        let rows = F.text(F.draw(state)).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(rows[9] == "+-Export: choose a format" + String(repeating: "-", count: 54) + "+")
        #expect(rows[14] == "+" + String(repeating: "-", count: 29) + " Up/Down and Enter, or the letter - Esc cancels -+")
    }

    /// `e` works in every pane, is listed in the help and shown in the bottom bar.
    @Test func eOpensTheDialogInEveryPane() {
        for pane in Pane.allCases {
            var state = F.state(focus: pane)
            F.press([.character("e")], &state)
            #expect(state.overlay == .exportFormat(selected: .markdown), "\(pane)")
            #expect(KeyMap.barBindings(for: pane).contains { $0.label == "e" && $0.help == "export" })
        }
        #expect(OverlayView.helpLines(glyphs: .unicode).contains { $0.0 == "e       export" })
    }

    @Test(arguments: [(Character("m"), ExportFormat.markdown), ("c", .csv), ("i", .ics), ("j", .json)])
    func aLetterChoosesItsFormat(letter: Character, format: ExportFormat) {
        var state = F.state()
        F.press([.character("e"), .character(letter)], &state)
        let prompt = Prompt(purpose: .exportPath(format), label: "Export \(format.rawValue) to:",
                            editor: LineEditor(format.suggestedFileName, maximumLength: 1000))
        #expect(state.overlay == .prompt(prompt))
    }

    /// The arrows move between the formats (stopping at the ends) and Enter takes the one they are on;
    /// `j` and `k` are not movement here: `j` is JSON.
    @Test func arrowsAndEnterChooseAFormat() {
        var state = F.state()
        F.press([.character("e"), .up], &state)
        #expect(state.overlay == .exportFormat(selected: .markdown))
        F.press([.down, .down, .down, .down, .down], &state)
        #expect(state.overlay == .exportFormat(selected: .json))
        F.press([.up, .character("k")], &state)
        #expect(state.overlay == .exportFormat(selected: .ics))
        F.press([.enter], &state)
        guard case .prompt(let prompt) = state.overlay else { Issue.record("no path prompt"); return }
        #expect(prompt.purpose == .exportPath(.ics))
        #expect(prompt.editor.text == "career-progress.ics")
    }

    @Test func aCalendarNeedsAPlan() {
        let writer = Writer()
        var session = Self.session(F.state(plan: false), writer)
        Self.handle([.character("e"), .character("i")], &session)
        #expect(session.state.overlay == nil)
        #expect(session.state.message == "There is no plan to put in a calendar yet: press p to make one")
        #expect(session.state.messageIsError)
        #expect(writer.files.isEmpty)
    }

    // MARK: Step 2, the path

    @Test func pathPromptAt80x24() {
        var state = F.state()
        F.press([.character("e"), .character("j")], &state)
        F.expectScreen(F.draw(state), """
            Machine learning engineer  ░░░░░░░░░░░░ 7% (3/41)                 Pace: on track
             1 Roles   2 Skills   3 Schedule   4 Progress
            * Machine learning engineer                                      ░░░░░░░░░░   7%
              AI research scientist                                          ░░░░░░░░░░   9%
              NLP engineer                                                   ░░░░░░░░░░   8%
              Computer vision engineer                                       ░░░░░░░░░░   8%
              Data scientist                                                 ░░░░░░░░░░   7%
              MLOps engineer                                                 ░░░░░░░░░░   7%
              AutoML engineer                                                ░░░░░░░░░░   9%
              AI ethics specialist                                           ░░░░░░░░░░   7%
              Data analyst                                                   ░░░░░░░░░░   9%
            ┌──────────────────────────────────────────────────────────────────────────────┐
            │ Export json to: career-progress.json                                         │
            └──────────────────────────────────────────────────────────────────────────────┘









            ? all keys  q quit  Tab next pane  Enter details  t make it your target  c compa
            """)
    }

    /// Enter writes the chosen format's bytes, as the engine renders them, to the typed path.
    @Test(arguments: ExportFormat.allCases)
    func theWriterGetsTheRenderedBytesAndTheTypedPath(format: ExportFormat) throws {
        let writer = Writer()
        let state = F.state()
        var session = Self.session(state, writer)
        Self.handle([.character("e"), .character(ExportDialog.letter(format))] + Self.clear + F.type("out/mine.\(format.fileExtension)")
                    + [.enter], &session)
        let expected = try ProgressExport.render(format, planner: state.planner, today: F.today)
        #expect(writer.files.count == 1)
        #expect(writer.files.first?.data == expected)
        #expect(writer.files.first?.path == "out/mine.\(format.fileExtension)")
        #expect(session.state.overlay == nil)
        #expect(session.state.message == "Exported \(format.rawValue) to out/mine.\(format.fileExtension)")
        #expect(!session.state.messageIsError)
        #expect(session.frame().rows[Self.statusRow].hasPrefix("Exported \(format.rawValue) to out/mine."))
    }

    /// JSON is the data file itself.
    @Test func jsonIsTheProgressAsTheFileHoldsIt() {
        let writer = Writer()
        var session = Self.session(F.state(), writer)
        Self.handle([.character("e"), .character("j"), .enter], &session)
        #expect(writer.files.map(\.path) == ["career-progress.json"])
        #expect(writer.files.first?.data == ProgressFileFormat.encode(F.progress()))
    }

    /// A file already there is left alone: the status line says so and the same
    /// path is offered again, to change or to give up on with Esc.
    @Test func anExistingFileIsRefusedAndThePathOfferedAgain() {
        let writer = Writer()
        writer.failure = .exists("career-progress.md")
        var session = Self.session(F.state(), writer)
        Self.handle([.character("e"), .character("m"), .enter], &session)
        #expect(writer.files.isEmpty)
        let message = "career-progress.md already exists and was left as it is"
        #expect(session.state.message == message)
        #expect(session.state.messageIsError)
        guard case .prompt(let prompt) = session.state.overlay else { Issue.record("the path is not offered again"); return }
        #expect(prompt.purpose == .exportPath(.markdown))
        #expect(prompt.editor.text == "career-progress.md")
        let grid = session.frame()
        #expect(grid.rows[Self.statusRow].trimmingSuffixSpaces() == message)
        #expect(grid.roleRows[Self.statusRow].hasPrefix(String(repeating: "E", count: message.count)))
        #expect(grid.rows[12].hasPrefix("│ Export markdown to: career-progress.md "))

        // Another name goes through.
        writer.failure = nil
        Self.handle([.backspace, .backspace, .backspace] + F.type("-2.md") + [.enter], &session)
        #expect(writer.files.map(\.path) == ["career-progress-2.md"])
        #expect(session.state.message == "Exported markdown to career-progress-2.md")
        #expect(session.state.overlay == nil)
    }

    @Test func refusedAgainThenEscWritesNothing() {
        let writer = Writer()
        writer.failure = .isFolder("notes")
        var session = Self.session(F.state(), writer)
        Self.handle([.character("e"), .character("c")] + Self.clear + F.type("notes") + [.enter], &session)
        #expect(session.state.message == "cannot write notes: it is a folder")
        Self.handle([.escape], &session)
        #expect(session.state.overlay == nil)
        #expect(writer.files.isEmpty)
    }

    /// An empty path is never tried: the prompt stays, with a word on what it wants.
    @Test func anEmptyPathIsNotTried() {
        let writer = Writer()
        var session = Self.session(F.state(), writer)
        Self.handle([.character("e"), .character("j")] + Self.clear + F.type("   ") + [.enter], &session)
        #expect(writer.files.isEmpty)
        #expect(session.state.message == "Type a file name to export to, or press Esc")
        #expect(session.state.messageIsError)
        guard case .prompt(let prompt) = session.state.overlay else { Issue.record("the prompt closed"); return }
        #expect(prompt.purpose == .exportPath(.json))
        #expect(prompt.editor.text.isEmpty)
    }

    // MARK: Cancelling

    @Test func escOrQCancelsTheFormatStep() {
        for key in [Key.escape, .character("q")] {
            let writer = Writer()
            var session = Self.session(F.state(), writer)
            Self.handle([.character("e"), .down, key], &session)
            #expect(session.state.overlay == nil)
            #expect(session.state.message == nil)
            // The next key is the main view's again: `j` moves down rather than choosing JSON.
            Self.handle([.character("j"), .enter], &session)
            #expect(session.state.overlay == .roleDetail(roleID: "ai-research-scientist"))
            #expect(writer.files.isEmpty)
        }
    }

    @Test func escCancelsThePathStep() {
        let writer = Writer()
        var session = Self.session(F.state(), writer)
        Self.handle([.character("e"), .character("m")] + F.type("x") + [.escape], &session)
        #expect(session.state.overlay == nil)
        #expect(session.state.message == nil)
        #expect(writer.files.isEmpty)
    }

    // MARK: The path

    @Test func aLeadingTildeIsTheHomeFolder() {
        #expect(ExportDialog.fullPath("~/career-progress.md", home: "/home/ada") == "/home/ada/career-progress.md")
        #expect(ExportDialog.fullPath("~/out.csv", home: "/home/ada/") == "/home/ada/out.csv")
        #expect(ExportDialog.fullPath("~", home: "/home/ada") == "/home/ada")
        #expect(ExportDialog.fullPath("~/x.json", home: "/") == "/x.json")
        #expect(ExportDialog.fullPath("career-progress.md", home: "/home/ada") == "career-progress.md")
        #expect(ExportDialog.fullPath("/tmp/~/x.md", home: "/home/ada") == "/tmp/~/x.md")
        #expect(ExportDialog.fullPath("~ada/x.md", home: "/home/ada") == "~ada/x.md")
        #expect(ExportDialog.fullPath("~/x.md", home: nil) == "~/x.md")
        #expect(ExportDialog.fullPath("~/x.md", home: "") == "~/x.md")
    }
}
