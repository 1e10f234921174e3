import Foundation
import TestSupport
import PlannerEngine
import PlannerTUI
import Testing

/// A full disk and a read-only folder, made for real with a small tmpfs:
/// the change is refused with the system's reason, the old file stays as it
/// was, nothing half-written is left, and the same command works once the
/// trouble is gone. The full-screen interface on a full disk keeps the change
/// on screen and saves it once there is room.
@Suite(.serialized) struct DiskTroubleCLITests {
    /// A 256 KiB tmpfs mounted on a new folder; unmounted by `unmount`.
    struct SmallDisk {
        let folder: String

        init() throws {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("small-disk-\(UUID().uuidString)").path
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try Self.mount(["-t", "tmpfs", "-o", "size=256k,mode=0755", "tmpfs", folder])
        }

        static func mount(_ arguments: [String]) throws {
            guard try ChildProcess.start("/bin/mount", arguments).wait() == 0 else {
                Issue.record("mount \(arguments.joined(separator: " ")) failed: these tests need root (CI runs as root) to make a small disk")
                throw MountFailed()
            }
        }

        func readOnly(_ on: Bool) throws { try Self.mount(["-o", "remount,\(on ? "ro" : "rw")", folder]) }

        /// Fills what is left of the disk; returns the filler's path.
        func fill() -> String {
            let filler = folder + "/filler"
            let descriptor = open(filler, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
            let block = [UInt8](repeating: 0x2E, count: 4096)
            while write(descriptor, block, block.count) > 0 {}
            // The last partial block too, down to the byte.
            while write(descriptor, block, 1) > 0 {}
            close(descriptor)
            return filler
        }

        func unmount() {
            _ = try? ChildProcess.start("/bin/umount", [folder]).wait()
            try? FileManager.default.removeItem(atPath: folder)
        }

        struct MountFailed: Error {}
    }

    func names(in folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
    }

    @Test func aFullDiskRefusesTheChangeKeepsTheFileAndWorksOnceThereIsRoom() throws {
        let disk = try SmallDisk()
        defer { disk.unmount() }
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let data = disk.folder + "/progress.json"
        #expect(try cli.run(["target", "ml-engineer", "--file", data]).status == 0)
        #expect(try cli.run(["tick", "python", "--file", data]).status == 0)
        let before = try Data(contentsOf: URL(fileURLWithPath: data))
        let filler = disk.fill()

        let refused = try cli.run(["log", "45", "--skill", "sql", "--note", String(repeating: "long note ", count: 40), "--file", data])
        #expect(refused == .init(stdout: "", stderr: "career-planner: cannot write \(data): No space left on device\n", status: 74))
        #expect(try Data(contentsOf: URL(fileURLWithPath: data)) == before)
        #expect(try names(in: disk.folder) == ["filler", "progress.json", "progress.json.bak", "progress.json.lock"])

        try FileManager.default.removeItem(atPath: filler)
        #expect(try cli.run(["log", "45", "--skill", "sql", "--note", String(repeating: "long note ", count: 40), "--file", data]).status == 0)
        let after = String(decoding: try Data(contentsOf: URL(fileURLWithPath: data)), as: UTF8.self)
        #expect(after.contains("\"minutes\": 45"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: data + ".bak")) == before)
    }

    @Test func aReadOnlyFolderRefusesTheChangeAndWorksOnceWritable() throws {
        let disk = try SmallDisk()
        defer { disk.unmount() }
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let data = disk.folder + "/progress.json"
        #expect(try cli.run(["target", "ml-engineer", "--file", data]).status == 0)
        let before = try Data(contentsOf: URL(fileURLWithPath: data))
        try disk.readOnly(true)

        let refused = try cli.run(["tick", "python", "--file", data])
        #expect(refused == .init(stdout: "", stderr: "career-planner: cannot open the lock file \(data).lock: Read-only file system\n",
                                 status: 74))
        #expect(try Data(contentsOf: URL(fileURLWithPath: data)) == before)
        // Reading still works on a read-only disk.
        #expect(try cli.run(["status", "--short", "--file", data]).status == 0)

        try disk.readOnly(false)
        #expect(try cli.run(["tick", "python", "--file", data]).status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: data)) != before)
    }

    @Test func theInterfaceKeepsItsChangeOnAFullDiskAndSavesItOnceThereIsRoom() throws {
        let disk = try SmallDisk()
        defer { disk.unmount() }
        let store = ProgressStore(path: disk.folder + "/progress.json")
        try store.save(UserProgress(targetRole: "ml-engineer"))
        let before = try Data(contentsOf: URL(fileURLWithPath: store.path))
        guard case .loaded(let catalog) = Catalog.embedded() else { Issue.record("no catalog"); return }
        let file = try SharedDataFile(store: store)
        var state = AppState(planner: Planner(catalog: catalog, progress: file.base), today: Day(iso: "2026-11-22")!,
                             width: 80, height: 24, glyphs: .unicode)
        state.focus = .skills
        var session = TUISession(state: state, storage: file, export: { _, _ in })
        func done(_ progress: UserProgress) -> Int { progress.skills.values.filter { $0.state == .done }.count }
        let filler = disk.fill()

        _ = session.handle(.character(" "))
        session.settle()
        #expect(session.state.unsaved)
        #expect(session.state.saveError == "cannot write \(store.path): No space left on device")
        #expect(session.frame().rows[22].hasPrefix("Not saved: cannot write \(disk.folder.prefix(40))"))
        #expect(done(session.state.planner.progress) == 1, "the change stays on screen")
        #expect(try Data(contentsOf: URL(fileURLWithPath: store.path)) == before)
        #expect(try names(in: disk.folder) == ["filler", "progress.json", "progress.json.lock"])

        try FileManager.default.removeItem(atPath: filler)
        _ = session.handle(.character("j"))
        _ = session.handle(.character(" "))
        session.settle()
        #expect(!session.state.unsaved)
        #expect(try store.load() == session.state.planner.progress)
        #expect(done(try store.load()) == 2, "both changes saved")
    }
}
