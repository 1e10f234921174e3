import Foundation
import Testing
@testable import PlannerEngine

@Suite struct ProgressStoreTests {
    let folder: URL
    let store: ProgressStore
    let first = UserProgress(targetRole: "ml-engineer", skills: ["python": SkillProgress(state: .done)])
    let second = UserProgress(targetRole: "data-analyst", skills: ["sql": SkillProgress(state: .learning)])

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("store-\(UUID().uuidString)")
        store = ProgressStore(path: folder.appendingPathComponent("nested/progress.json").path)
    }

    func contents(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }
    func mode(_ path: String) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as! NSNumber).intValue
    }
    func filesInFolder() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: (store.path as NSString).deletingLastPathComponent).sorted()
    }

    @Test func aMissingFileIsEmptyProgressAndIsNotCreatedByReading() throws {
        #expect(try store.load() == UserProgress())
        #expect(!FileManager.default.fileExists(atPath: store.path))
    }

    @Test func savesRoundTripWithModeAndBackup() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try store.save(first)
        #expect(try store.load() == first)
        #expect(try mode(store.path) == 0o600)
        #expect(!FileManager.default.fileExists(atPath: store.backupPath), "no backup before there is an old version")

        try store.save(second)
        #expect(try store.load() == second)
        #expect(contents(store.backupPath) == ProgressFileFormat.encode(first))
        #expect(try mode(store.backupPath) == 0o600)
        #expect(try filesInFolder() == ["progress.json", "progress.json.bak"], "no temporary files left behind")
    }

    @Test func aFailedSaveLeavesTheOldFileAsItWas() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try store.save(first)
        let before = contents(store.path)
        // A folder where the backup must go makes the save fail half-way.
        try FileManager.default.createDirectory(atPath: store.backupPath + "/blocker", withIntermediateDirectories: true)
        #expect(throws: StoreError.self) { try store.save(second) }
        #expect(contents(store.path) == before)
        #expect(try store.load() == first)
        #expect(try filesInFolder() == ["progress.json", "progress.json.bak"])
    }

    @Test func aBadFileIsNeverWrittenOverByLoading() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(atPath: (store.path as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        let broken = Data("{\"schemaVersion\": 1, \"skills\": {\"x\": ".utf8)
        _ = FileManager.default.createFile(atPath: store.path, contents: broken)
        #expect(throws: StoreError.self) { try store.load() }
        #expect(contents(store.path) == broken)

        let newer = Data("{\"schemaVersion\": 7, \"skills\": {}}".utf8)
        _ = FileManager.default.createFile(atPath: store.path, contents: newer)
        #expect(throws: StoreError.newerSchema(file: store.path, found: 7)) { try store.load() }
        #expect(contents(store.path) == newer)
    }

    @Test func aFolderInPlaceOfTheFileIsNotAFile() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(atPath: store.path, withIntermediateDirectories: true)
        #expect(throws: StoreError.notAFile(store.path)) {
            try store.load()
        }
    }

    @Test func aSymlinkedDataFileIsWrittenThrough() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let real = folder.appendingPathComponent("dotfiles/progress.json").path
        let link = folder.appendingPathComponent("link/progress.json").path
        try FileManager.default.createDirectory(atPath: (real as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: (link as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: real)
        let linked = ProgressStore(path: link)
        try linked.save(first)
        try linked.save(second)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == real)
        #expect(try ProgressStore(path: real).load() == second)
    }

    @Test func onlyOneWriterHoldsTheLockAndItIsReleased() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let lock = try store.lockForWriting()
        #expect(throws: StoreError.locked(file: store.path, holder: getpid())) { _ = try store.lockForWriting() }
        lock.release()
        let again = try store.lockForWriting()
        again.release()
    }

    /// A refused attempt closes its descriptor once and touches it no more:
    /// the number is free again at once, and another thread's file may have
    /// it by then (the window's save waits for the lock with up to 100 attempts
    /// while the interface reads and exports files).
    @Test func aRefusedLockLeavesOtherThreadsFilesAlone() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let held = try store.lockForWriting()
        defer { held.release() }
        let scratch = folder.appendingPathComponent("scratch").path
        let stop = Flag()
        let troubles = Counter()
        // Another thread opens, writes and closes a file of its own, again and again.
        let other = Thread {
            while !stop.isSet {
                let descriptor = open(scratch, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
                guard descriptor >= 0 else { troubles.add(); continue }
                var byte: UInt8 = 0x2A
                var info = stat()
                if pwrite(descriptor, &byte, 1, 0) != 1 || fstat(descriptor, &info) != 0 || info.st_size != 1 { troubles.add() }
                if close(descriptor) != 0 { troubles.add() }
            }
        }
        other.start()
        var otherOutcomes = 0
        for _ in 0..<10_000 {
            do {
                _ = try store.lockForWriting()
                otherOutcomes += 1
            } catch {
                if error != .locked(file: store.path, holder: getpid()) { otherOutcomes += 1 }
            }
        }
        stop.set()
        while !other.isFinished { usleep(1_000) }
        #expect(otherOutcomes == 0, "every attempt is refused as locked")
        #expect(troubles.value == 0, "the other thread's descriptor was closed or its file emptied under it")
    }

    final class Flag: @unchecked Sendable {
        private let lock = NSLock()
        private var on = false
        var isSet: Bool { lock.withLock { on } }
        func set() { lock.withLock { on = true } }
    }

    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var count = 0
        var value: Int { lock.withLock { count } }
        func add() { lock.withLock { count += 1 } }
    }
}

/// What a killed save leaves behind is cleared by the next writer, under the lock.
@Suite struct LeftoverTemporaryFileTests {
    @Test func theNextWriterRemovesHalfWrittenFilesAndNothingElse() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("leftovers-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let store = ProgressStore(path: folder + "/progress.json")
        try store.save(UserProgress(targetRole: "ml-engineer"))
        for name in [".progress.json.tmp-AbC123", "progress.json.bak.tmp", ".other.json.tmp-XyZ789", "notes.txt"] {
            try Data("half".utf8).write(to: URL(fileURLWithPath: folder + "/" + name))
        }
        #expect(store.leftoverTemporaryFiles() == [folder + "/.progress.json.tmp-AbC123", folder + "/progress.json.bak.tmp"])
        let lock = try store.lockForWriting()
        lock.release()
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
                == [".other.json.tmp-XyZ789", "notes.txt", "progress.json", "progress.json.lock"])
        #expect(try store.load() == UserProgress(targetRole: "ml-engineer"))
    }
}
