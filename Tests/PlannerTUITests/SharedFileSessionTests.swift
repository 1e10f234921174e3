import Foundation
import Testing
@testable import PlannerEngine
@testable import PlannerTUI

/// The interface on a real data file that another writer changes while it is
/// open: what it takes in, what it merges, and the question it asks at a clash.
@Suite struct SharedFileSessionTests {
    typealias F = TUIFixture
    let folder: String
    let store: ProgressStore
    /// The command line, or an editor, on the same file.
    let other: ProgressStore

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("session-\(UUID().uuidString)").path
        store = ProgressStore(path: folder + "/progress.json")
        other = ProgressStore(path: folder + "/progress.json")
        try store.save(F.progress(plan: false))
    }

    /// A session on the file, in the Skills pane with the cursor on Calculus (done).
    func session() throws -> TUISession {
        let file = try SharedDataFile(store: store)
        var state = AppState(planner: Planner(catalog: F.catalog, progress: file.base), today: F.today, width: 80, height: 24,
                             glyphs: .unicode)
        state.focus = .skills
        state.cursor[.skills] = 1
        var session = TUISession(state: state, storage: file, export: { _, _ in })
        #expect(PaneContent.selectedSkill(session.state)?.id == "calculus")
        _ = session.handle(.resize(width: 80, height: 24))
        return session
    }

    /// The file as another writer left it: calculus skipped there.
    func othersSkipCalculus() throws -> UserProgress {
        var theirs = F.progress(plan: false)
        theirs.skills["calculus"] = SkillProgress(state: .skipped, changed: F.today)
        try other.save(theirs)
        return theirs
    }

    /// Space on calculus (done → todo) after the other writer skipped it: a clash.
    func clash() throws -> (TUISession, theirs: UserProgress, bytes: Data?) {
        var session = try session()
        let theirs = try othersSkipCalculus()
        let bytes = FileManager.default.contents(atPath: store.path)
        _ = session.handle(.character(" "))
        session.settle()
        return (session, theirs, bytes)
    }

    @Test func idleTakesInWhatAnotherWriterSavedAndSaysWhat() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var session = try session()
        _ = session.handle(.character("l"))
        session.settle()
        #expect(!session.state.undoStack.isEmpty)
        let changed1 = session.idle()
        #expect(!changed1, "nothing changed outside")
        var theirs = session.state.planner.progress
        theirs.skills["sql"] = SkillProgress(state: .learning, changed: F.today)
        try other.save(theirs)
        let changed2 = session.idle()
        #expect(changed2)
        #expect(session.state.message == "Reloaded: the data file was changed outside this window: sql learning")
        #expect(session.state.planner.progress == theirs)
        #expect(session.state.undoStack.isEmpty, "undo would take the other side's change back out")
        let changed3 = session.idle()
        #expect(!changed3)
    }

    @Test func aChangeThatDoesNotClashIsSavedBesideTheOtherOne() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var session = try session()
        var theirs = F.progress(plan: false)
        theirs.skills["sql"] = SkillProgress(state: .learning, changed: F.today)
        try other.save(theirs)
        _ = session.handle(.character(" "))
        session.settle()
        #expect(session.state.message == "Saved, together with a change made outside this window: sql learning")
        #expect(!session.state.unsaved)
        var both = theirs
        both.skills["calculus"] = SkillProgress(state: .todo, changed: F.today)
        #expect(try store.load() == both)
        #expect(session.state.planner.progress == both)
    }

    @Test func aClashAsksAndWritesNothing() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let (session, _, bytes) = try clash()
        #expect(session.state.overlay == .fileConflict(SaveConflict(clashes: ["calculus: todo here, skipped in the file"])))
        #expect(session.state.unsaved)
        #expect(FileManager.default.contents(atPath: store.path) == bytes)
        F.expectScreen(session.frame(), """
            career-planner  Machine learning engineer  ░░░░░░░░░░░░ 4% (2/41)
             1 Roles   2 Skills: Machine learning engineer   3 Schedule   4 Progress
            Mathematics                                                                  1/5
              [x] Linear algebra                                                        40 h
              [ ] Calculus                                                              40 h
              [~] Probability                                                           35 h
            ┌──────────────────────────────────────────────────────────────────────────────┐
            │ The data file changed outside this window                                    │
            │ Someone else saved the data file while you made this change, and both        │
            │ changed the same thing:                                                      │
            │   calculus: todo here, skipped in the file                                   │
            │                                                                              │
            │ r    reload the file's version (your change here is dropped)                 │
            │ k    keep mine: write this window's version over the file (the old one stays │
            │      as .bak)                                                                │
            │ c    save mine as a copy beside the file, then reload the file's version     │
            │ Esc  decide later: nothing is saved until you choose                         │
            └──────────────────────────────────────────────────────────────────────────────┘
              gradients for simple loss functions by hand.
            Show: Derive the gradient of a logistic regression loss and check it
              numerically in code.
            
            Not saved: the data file changed outside this window (retried on the next chang…
            ? all keys  q quit  Tab next pane  Enter details  space done / not done  l learn
            """)
    }

    @Test func reloadTakesTheFilesVersion() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var (session, theirs, bytes) = try clash()
        _ = session.handle(.character("r"))
        #expect(session.state.overlay == nil)
        #expect(session.state.planner.progress == theirs)
        #expect(!session.state.unsaved)
        #expect(session.state.message == "Reloaded the data file's version; the change made here is dropped")
        #expect(FileManager.default.contents(atPath: store.path) == bytes)
    }

    @Test func keepMineWritesThisWindowsVersion() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var (session, _, bytes) = try clash()
        let mine = session.state.planner.progress
        _ = session.handle(.character("k"))
        #expect(try store.load() == mine)
        #expect(FileManager.default.contents(atPath: store.backupPath) == bytes)
        #expect(!session.state.unsaved)
        #expect(session.state.message == "Saved this window's version over the file; the one it replaced is in the .bak file")
    }

    @Test func aCopyKeepsMineAndTheFilesVersionIsLoaded() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var (session, theirs, bytes) = try clash()
        let mine = session.state.planner.progress
        _ = session.handle(.character("c"))
        #expect(try ProgressStore(path: folder + "/progress.mine-2026-11-22.json").load() == mine)
        #expect(session.state.planner.progress == theirs)
        #expect(FileManager.default.contents(atPath: store.path) == bytes)
        #expect(!session.state.unsaved)
        #expect(session.state.message == "Yours is saved as progress.mine-2026-11-22.json beside the data file; the data file's version is loaded")
    }

    @Test func escPutsTheQuestionOffAndTheNextChangeAsksAgain() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var (session, _, bytes) = try clash()
        _ = session.handle(.escape)
        #expect(session.state.overlay == nil)
        #expect(session.state.unsaved)
        #expect(session.frame().rows[22].hasPrefix("Not saved: the data file changed outside this window"))
        // Nothing is taken in while this window's change waits.
        let changed4 = session.idle()
        #expect(!changed4)
        _ = session.handle(.character("j"))
        _ = session.handle(.character("l"))
        session.settle()
        guard case .fileConflict = session.state.overlay else { Issue.record("not asked again"); return }
        #expect(FileManager.default.contents(atPath: store.path) == bytes)
        // Quitting with the change unsaved asks first.
        _ = session.handle(.escape)
        _ = session.handle(.character("q"))
        #expect(session.state.overlay == .confirmQuit)
    }

    /// Reload chosen while the file does not read: the status line says why
    /// in one line, the change stays unsaved, and the file is left alone.
    @Test func reloadingAFileThatDoesNotReadSaysWhyOnOneLine() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var session = try session()
        try Data("garbage {\n".utf8).write(to: URL(fileURLWithPath: store.path))
        _ = session.handle(.character(" "))
        session.settle()
        _ = session.handle(.character("r"))
        #expect(session.state.unsaved)
        #expect(session.state.saveError == "\(store.path):1:1: this is not valid JSON: expected a value")
        #expect(session.frame().rows[22].hasPrefix("Not saved: \(store.path.prefix(30))"))
        #expect(!session.frame().rows[22].contains("\\n"))
        #expect(FileManager.default.contents(atPath: store.path) == Data("garbage {\n".utf8))
    }
}
