import Foundation
import Testing
@testable import PlannerEngine

/// The data file shared by a long-running window and other writers: the
/// window's saves merge in what others saved, stop at a clash or an
/// unreadable file without writing, and a look between saves takes in what others saved.
@Suite struct SharedDataFileTests {
    let folder: String
    let store: ProgressStore
    /// Another writer on the same file, as the command line is.
    let other: ProgressStore
    let start = UserProgress(targetRole: "ml-engineer", skills: ["python": SkillProgress(state: .learning)],
                             log: [LogEntry(date: Day(iso: "2026-11-30")!, minutes: 30, skillID: "python")])

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("shared-\(UUID().uuidString)").path
        store = ProgressStore(path: folder + "/progress.json")
        other = ProgressStore(path: folder + "/progress.json")
        try store.save(start)
    }

    func bytes() -> Data? { FileManager.default.contents(atPath: store.path) }
    func files() throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: folder).sorted() }

    @Test func aSaveOverAnUnchangedFileWritesIt() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var file = try SharedDataFile(store: store)
        #expect(file.base == start)
        var mine = start
        mine.skills["python"]?.state = .done
        #expect(try file.save(mine) == .saved)
        #expect(try store.load() == mine)
        #expect(file.base == mine)
        // And again: its own save is not mistaken for someone else's.
        mine.skills["sql"] = SkillProgress(state: .learning)
        #expect(try file.save(mine) == .saved)
        #expect(try store.load() == mine)
    }

    /// The command line ticked sql while the window was open; the window then
    /// logged time: the file keeps both and the window learns what came in.
    @Test func aSaveAfterSomeoneElseSavedMergesBoth() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var file = try SharedDataFile(store: store)
        var theirs = start
        theirs.skills["sql"] = SkillProgress(state: .done)
        try other.save(theirs)
        var mine = start
        mine.log.append(LogEntry(date: Day(iso: "2026-12-01")!, minutes: 45))
        var both = theirs
        both.log = mine.log
        #expect(try file.save(mine) == .merged(both, outside: ["sql done"]))
        #expect(try store.load() == both)
        #expect(file.base == both)
        #expect(try files() == ["progress.json", "progress.json.bak", "progress.json.lock"])
    }

    @Test func aClashWritesNothingAndNamesWhatClashed() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var file = try SharedDataFile(store: store)
        var theirs = start
        theirs.skills["python"]?.state = .skipped
        try other.save(theirs)
        let before = bytes()
        var mine = start
        mine.skills["python"]?.state = .done
        #expect(try file.save(mine) == .conflict(SaveConflict(clashes: ["python: done here, skipped in the file"])))
        #expect(bytes() == before)
        #expect(file.base == start)
    }

    @Test func anUnreadableFileIsNeverWrittenOver() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var file = try SharedDataFile(store: store)
        let broken = Data("{\"schemaVersion\": 2, \"skills\": {\n".utf8)
        try broken.write(to: URL(fileURLWithPath: store.path))
        let outcome = try file.save(UserProgress(targetRole: "data-analyst"))
        guard case .conflict(let conflict) = outcome else { Issue.record("\(outcome)"); return }
        #expect(conflict.clashes.isEmpty)
        #expect(conflict.problem?.hasPrefix("\(store.path):2:") == true, "\(conflict.problem ?? "")")
        #expect(bytes() == broken)
        // A deleted file is not quietly made again either.
        try FileManager.default.removeItem(atPath: store.path)
        #expect(try file.save(start) == .conflict(SaveConflict(problem: "it was deleted or moved away")))
        #expect(bytes() == nil)
    }

    @Test func aLookBetweenSavesTakesInWhatOthersSaved() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var file = try SharedDataFile(store: store)
        #expect(file.reloadIfChanged() == .none)
        var theirs = start
        theirs.skills["python"]?.state = .done
        theirs.log.append(LogEntry(date: Day(iso: "2026-12-01")!, minutes: 20))
        try other.save(theirs)
        #expect(file.reloadIfChanged() == .reloaded(theirs, changes: ["python done", "1 log entry added"]))
        #expect(file.base == theirs)
        #expect(file.reloadIfChanged() == .none)
        // The same bytes written again (a new file, a new time) are no change.
        try other.save(theirs)
        #expect(file.reloadIfChanged() == .none)
        // After taking it in, a save of the window's next change is a plain save.
        var mine = theirs
        mine.targetRole = "data-scientist"
        #expect(try file.save(mine) == .saved)
    }

    @Test func aLookAtAnUnreadableFileSaysSoOnceAndTakesNothing() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var file = try SharedDataFile(store: store)
        try Data("not json".utf8).write(to: URL(fileURLWithPath: store.path))
        guard case .unreadable(let problem) = file.reloadIfChanged() else { Issue.record("not reported"); return }
        #expect(problem.hasPrefix(store.path + ":1:1"), "\(problem)")
        #expect(file.reloadIfChanged() == .none, "reported once, not every second")
        #expect(file.base == start)
    }

    @Test func keepMineWritesOverAndKeepsTheirsAsTheBackup() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var file = try SharedDataFile(store: store)
        var theirs = start
        theirs.skills["python"]?.state = .skipped
        try other.save(theirs)
        var mine = start
        mine.skills["python"]?.state = .done
        try file.overwrite(with: mine)
        #expect(try store.load() == mine)
        #expect(FileManager.default.contents(atPath: store.backupPath) == ProgressFileFormat.encode(theirs))
        #expect(try file.save(mine) == .saved)
    }

    @Test func reloadTakesTheFilesVersion() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var file = try SharedDataFile(store: store)
        var theirs = start
        theirs.targetRole = nil
        try other.save(theirs)
        #expect(try file.reload() == theirs)
        #expect(file.base == theirs)
        #expect(file.reloadIfChanged() == .none)
    }

    @Test func aCopyOfMineIsADataFileOfItsOwnBesideTheFile() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = try SharedDataFile(store: store)
        let before = bytes()
        var mine = start
        mine.skills["python"]?.state = .done
        let today = Day(iso: "2026-12-01")!
        let first = try file.saveCopy(of: mine, today: today)
        let second = try file.saveCopy(of: start, today: today)
        #expect(first == folder + "/progress.mine-2026-12-01.json")
        #expect(second == folder + "/progress.mine-2026-12-01-2.json")
        #expect(try ProgressStore(path: first).load() == mine)
        #expect(try ProgressStore(path: second).load() == start)
        #expect((try FileManager.default.attributesOfItem(atPath: first)[.posixPermissions] as! NSNumber).intValue == 0o600)
        #expect(bytes() == before)
        #expect(try files() == ["progress.json", "progress.mine-2026-12-01-2.json", "progress.mine-2026-12-01.json"])
    }

    /// A command-line save holds the lock for a moment: the window waits for it.
    @Test func aSaveWaitsBrieflyForAnotherWriterToFinish() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var file = try SharedDataFile(store: store)
        let lock = try other.lockForWriting()
        // A thread of its own: the shared queues can be held up for seconds while the whole suite runs.
        Thread { usleep(300_000); lock.release() }.start()
        var mine = start
        mine.targetRole = "data-scientist"
        #expect(try file.save(mine) == .saved)
        #expect(try store.load() == mine)
    }

    @Test func aSaveWhileAnotherWriterHoldsTheLockTooLongIsRefused() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var file = try SharedDataFile(store: store)
        let lock = try other.lockForWriting()
        defer { lock.release() }
        let before = bytes()
        #expect(throws: StoreError.locked(file: store.path, holder: getpid())) { try file.save(UserProgress()) }
        #expect(bytes() == before)
    }
}
