import Dispatch
import Foundation
import Testing
@testable import PlannerEngine
@testable import PlannerTUI

/// Saving runs on a queue of its own: a key never waits for it, changes made
/// while a save runs are written together by the next one, a change made
/// outside meanwhile is kept, and quitting waits for the last save.
@Suite struct BackgroundSaveTests {
    typealias F = TUIFixture

    /// Storage whose saves wait at a gate until the test opens it, so that
    /// keys can be pressed while a save is running.
    final class GatedStorage<Inner: ProgressStorage>: ProgressStorage, @unchecked Sendable {
        var inner: Inner
        private(set) var saves: [UserProgress] = []
        private let entered = DispatchSemaphore(value: 0)
        private let gate = DispatchSemaphore(value: 0)
        private(set) var gateTimedOut = false

        init(_ inner: Inner) { self.inner = inner }

        func save(_ progress: UserProgress) throws -> SaveOutcome {
            entered.signal()
            if gate.wait(timeout: .now() + 10) == .timedOut { gateTimedOut = true }
            saves.append(progress)
            return try inner.save(progress)
        }

        /// Waits until a save is waiting at the gate; false after 10 s.
        func saveIsWaiting() -> Bool { entered.wait(timeout: .now() + 10) == .success }
        /// Lets every save through from now on.
        func open() { for _ in 0..<100 { gate.signal() } }

        func reloadIfChanged() -> OutsideChange { inner.reloadIfChanged() }
        func reload() throws -> UserProgress { try inner.reload() }
        func overwrite(with progress: UserProgress) throws { try inner.overwrite(with: progress) }
        func saveCopy(of progress: UserProgress, today: Day) throws -> String { try inner.saveCopy(of: progress, today: today) }
    }

    func session(_ storage: some ProgressStorage, progress: UserProgress = F.progress(plan: false)) -> TUISession {
        var state = AppState(planner: Planner(catalog: F.catalog, progress: progress), today: F.today, width: 80, height: 24,
                             glyphs: .unicode)
        state.focus = .skills
        state.cursor[.skills] = 1
        return TUISession(state: state, storage: storage, export: { _, _ in })
    }

    /// A session on a real data file whose saves wait at the gate, in a folder of its own.
    struct SharedFile {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("saves-\(UUID().uuidString)").path
        let store: ProgressStore
        let storage: GatedStorage<SharedDataFile>
        let session: TUISession

        init(_ suite: BackgroundSaveTests) throws {
            store = ProgressStore(path: folder + "/progress.json")
            try store.save(F.progress(plan: false))
            storage = GatedStorage(try SharedDataFile(store: store))
            session = suite.session(storage)
        }

        /// Space on calculus (done → todo) in `session`; while its save waits at the gate,
        /// another writer saves the file with `id` as `state`. Returns what they saved.
        func tickWhileAnotherWriterSaves(_ id: String, _ state: SkillState, _ session: inout TUISession) throws -> UserProgress {
            _ = session.handle(.character(" "))
            #expect(storage.saveIsWaiting())
            var theirs = F.progress(plan: false)
            theirs.skills[id] = SkillProgress(state: state, changed: F.today)
            try ProgressStore(path: store.path).save(theirs)
            return theirs
        }

        func remove() { try? FileManager.default.removeItem(atPath: folder) }
    }

    @Test func keysDoNotWaitForASaveAndTheChangesMadeMeanwhileAreSavedTogether() {
        let storage = GatedStorage(MemoryStorage(F.progress(plan: false)))
        var session = session(storage)
        _ = session.handle(.character(" "))
        #expect(storage.saveIsWaiting())
        // The first save is held at the gate; these keys would hang here if they waited for it.
        for key: Key in [.down, .character("l"), .down, .character(" "), .up, .character("s")] {
            _ = session.handle(key)
        }
        #expect(session.isSaving)
        #expect(storage.saves.isEmpty)
        let shown = session.state.planner.progress
        storage.open()
        session.settle()
        #expect(!storage.gateTimedOut)
        #expect(storage.saves.count == 2, "the three changes made during the first save are written as one")
        #expect(storage.saves.last == shown)
        #expect(storage.inner.file == shown)
        #expect(!session.state.unsaved)
        #expect(!session.isSaving)
    }

    @Test func quittingWaitsForTheLastSave() {
        let storage = GatedStorage(MemoryStorage(F.progress(plan: false)))
        var session = session(storage)
        _ = session.handle(.character(" "))
        #expect(storage.saveIsWaiting())
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.2) { storage.open() }
        let running = session.handle(.character("q"))
        #expect(!running)
        #expect(storage.inner.file == session.state.planner.progress, "the change is saved before quitting")
    }

    @Test func aFailedSaveIsShownOnceItEnds() {
        let storage = MemoryStorage()
        storage.failure = UpdateTests.SaveFailed()
        var session = session(storage)
        _ = session.handle(.character(" "))
        session.settle()
        #expect(session.state.unsaved)
        #expect(session.frame().rows[22].hasPrefix("Not saved: disk full (retried on the next change)"))
    }

    /// The first save merges in a change made outside; the changes made here
    /// while it ran were made without it, and are merged onto it rather than
    /// written over it.
    @Test func aChangeMadeOutsideDuringASaveIsKeptByTheSavesAfterIt() throws {
        let file = try SharedFile(self)
        defer { file.remove() }
        var session = file.session
        let theirs = try file.tickWhileAnotherWriterSaves("sql", .learning, &session)
        _ = session.handle(.down)
        _ = session.handle(.character("s"))  // probability: learning → skipped
        file.storage.open()
        session.settle()

        var expected = theirs
        expected.skills["calculus"] = SkillProgress(state: .todo, changed: F.today)
        expected.skills["probability"] = SkillProgress(state: .skipped, changed: F.today)
        #expect(try file.store.load() == expected)
        #expect(session.state.planner.progress == expected)
        #expect(!session.state.unsaved)
        #expect(session.state.message == "Saved, together with a change made outside this window: sql learning")
        #expect(file.storage.saves.count == 2)
    }

    /// A change made here during that save to the very thing changed outside is a clash: asked, nothing written.
    @Test func aChangeHereToWhatChangedOutsideDuringASaveIsAsked() throws {
        let file = try SharedFile(self)
        defer { file.remove() }
        var session = file.session
        let theirs = try file.tickWhileAnotherWriterSaves("probability", .done, &session)
        _ = session.handle(.down)
        _ = session.handle(.character("s"))  // probability: learning → skipped here, done there
        file.storage.open()
        session.settle()

        #expect(session.state.overlay == .fileConflict(SaveConflict(clashes: ["probability: skipped here, done in the file"])))
        #expect(session.state.unsaved)
        var firstSave = theirs
        firstSave.skills["calculus"] = SkillProgress(state: .todo, changed: F.today)
        #expect(try file.store.load() == firstSave, "the file holds the first save, merged; the clashing change is not written")
    }

    /// A clash found while keys are being pressed: the first key after it does not
    /// answer the question it was pressed before seeing (k, move up, would be "keep mine").
    @Test func aKeyPressedBeforeTheClashWasShownDoesNotAnswerIt() throws {
        let file = try SharedFile(self)
        defer { file.remove() }
        var session = file.session
        _ = try file.tickWhileAnotherWriterSaves("calculus", .skipped, &session)
        let bytes = FileManager.default.contents(atPath: file.store.path)
        file.storage.open()
        session.saves.settle()  // the save has ended; its outcome is not taken in yet
        #expect(!session.isAskingAboutAConflict, "not taken in yet: nothing on screen says so")

        _ = session.handle(.character("k"))
        #expect(session.isAskingAboutAConflict)
        #expect(FileManager.default.contents(atPath: file.store.path) == bytes, "k did not keep mine")
        #expect(PaneContent.selectedSkill(session.state)?.id == "calculus", "nor move up")
        _ = session.handle(.character("k"))
        #expect(!session.isAskingAboutAConflict)
        #expect(try file.store.load() == session.state.planner.progress, "asked and answered: mine is kept")
    }

    /// A clash found while a note is being typed waits until the note's prompt
    /// closes: the typing goes on into the prompt and nothing typed is lost.
    @Test func aClashFoundWhileANoteIsTypedIsAskedOnceThePromptCloses() throws {
        let file = try SharedFile(self)
        defer { file.remove() }
        var session = file.session
        _ = try file.tickWhileAnotherWriterSaves("calculus", .skipped, &session)
        for key in [Key.character("n")] + F.type("ok") { _ = session.handle(key) }
        file.storage.open()
        session.saves.settle()
        for key in F.type(" so far") { _ = session.handle(key) }
        guard case .prompt(let prompt) = session.state.overlay else { Issue.record("the prompt was closed"); return }
        #expect(prompt.editor.text == "ok so far")
        #expect(session.state.unsaved)
        _ = session.handle(.escape)
        #expect(session.state.overlay == .fileConflict(SaveConflict(clashes: ["calculus: todo here, skipped in the file"])))
    }
}
