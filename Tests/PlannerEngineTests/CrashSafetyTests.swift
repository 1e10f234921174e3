import Foundation
import TestSupport
import Testing
@testable import PlannerEngine

/// Saves of a 100,000-entry data file killed with SIGKILL at random moments,
/// 200 times: afterwards the file is always whole, holding the state before
/// the save or the state after it, and so is the backup.
/// `scripts/kill-saves` does the same as many times as asked.
@Suite(.serialized) struct CrashSafetyTests {
    static let kills = 200

    /// The `save-loop` program (Tests/SaveLoop), built beside the test bundle.
    static let saveLoop: String = {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("save-loop").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return "save-loop not built"
    }()

    /// Runs save-loop to the end and returns its exit status.
    func run(_ arguments: [String]) throws -> Int32 {
        try ChildProcess.start(Self.saveLoop, arguments).wait()
    }

    /// Starts save-loop saving in `folder`, first the state the file does not
    /// hold (`a` or `b`), so that every save changes it; its output is thrown away.
    func start(in folder: String, first: String) throws -> ChildProcess {
        try ChildProcess.start(Self.saveLoop, ["run", folder, first])
    }

    /// Temporary files a killed save left in `folder`, removed after counting.
    func sweepLeftovers(in folder: String) throws -> Int {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder)
            .filter { $0.hasPrefix(".progress.json.tmp-") || $0 == "progress.json.bak.tmp" }
        for name in names { try FileManager.default.removeItem(atPath: folder + "/" + name) }
        return names.count
    }

    @Test func killedSavesLeaveTheStateBeforeOrAfterInTheFileAndTheBackup() throws {
        #expect(FileManager.default.isExecutableFile(atPath: Self.saveLoop), "\(Self.saveLoop)")
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("crash-\(UUID().uuidString)").path
        // Two victims at a time, one per core.
        let folders = [base + "/one", base + "/two"]
        defer { try? FileManager.default.removeItem(atPath: base) }
        for folder in folders { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
        #expect(try run(["expected", folders[0]]) == 0)
        let before = try Data(contentsOf: URL(fileURLWithPath: folders[0] + "/expected-a.json"))
        let after = try Data(contentsOf: URL(fileURLWithPath: folders[0] + "/expected-b.json"))
        // The two states are real, different data files with 100,000 and 100,001 entries.
        let states = try [before, after].map { try ProgressFileFormat.decode($0, file: "expected") }
        #expect(states.map(\.log.count) == [100_000, 100_001])
        for folder in folders { try before.write(to: URL(fileURLWithPath: folder + "/progress.json")) }

        let seed = UInt64(Date().timeIntervalSince1970 * 1000)
        var random = SeededGenerator(state: seed)
        var leftovers = 0, withBackup = 0, outcomes = [0, 0]
        var holds = folders.map { _ in 0 }
        for round in 0..<(Self.kills / folders.count) {
            // Half the kills at any moment of the run; half aimed at the write itself: just after the
            // temporary file appears (encoding the 100,000 entries comes first and takes most of a save).
            let aims = folders.map { _ in Aim(random: &random, atTheWrite: round % 2 == 1) }
            let victims = try folders.indices.map { try start(in: folders[$0], first: holds[$0] == 0 ? "b" : "a") }
            let started = Date()
            var seen: [Date?] = folders.map { _ in nil }
            var alive = Array(victims.indices)
            while !alive.isEmpty {
                for index in alive {
                    let now = Date()
                    if aims[index].atTheWrite, seen[index] == nil, try hasTemporaryFile(in: folders[index]) { seen[index] = now }
                    let due = aims[index].atTheWrite
                        ? seen[index].map { now.timeIntervalSince($0) >= aims[index].delay } ?? (now.timeIntervalSince(started) > 3)
                        : now.timeIntervalSince(started) >= aims[index].delay
                    guard due else { continue }
                    victims[index].send(SIGKILL)
                    _ = victims[index].wait()
                    alive.removeAll { $0 == index }
                }
                usleep(300)
            }
            for (index, folder) in folders.enumerated() {
                let file = try Data(contentsOf: URL(fileURLWithPath: folder + "/progress.json"))
                let which = [before, after].firstIndex(of: file)
                #expect(which != nil, "round \(round), seed \(seed): \(folder)/progress.json is neither state (\(file.count) bytes)")
                if let which {
                    outcomes[which] += 1
                    holds[index] = which
                }
                if let backup = FileManager.default.contents(atPath: folder + "/progress.json.bak") {
                    withBackup += 1
                    #expect(backup == before || backup == after, "round \(round), seed \(seed): the backup is neither state")
                }
                leftovers += try sweepLeftovers(in: folder)
            }
        }
        print("crash safety: \(Self.kills) kills, seed \(seed): file held state A \(outcomes[0]) times, "
              + "state B \(outcomes[1]); \(leftovers) kills left a half-written temporary file; backup present \(withBackup) times")
        #expect(outcomes[0] + outcomes[1] == Self.kills)
        // Every save changes the file, so both outcomes (killed before the rename, or after) must occur.
        #expect(outcomes.allSatisfy { $0 >= Self.kills / 10 }, "\(outcomes)")
        // The kills land inside saves, not only around them: some caught a temporary file half written.
        #expect(leftovers >= Self.kills / 4, "only \(leftovers) kills landed while a file was being written")
    }

    /// When to kill: `delay` seconds after the start, or after the temporary file appears.
    struct Aim {
        var atTheWrite: Bool
        var delay: Double

        init(random: inout SeededGenerator, atTheWrite: Bool) {
            self.atTheWrite = atTheWrite
            // The first save starts after about a tenth of a second and each takes about a quarter,
            // of which the temporary file exists for about 15 ms.
            delay = atTheWrite ? Double(random.next() % 15) / 1000 : 0.1 + Double(random.next() % 500) / 1000
        }
    }

    func hasTemporaryFile(in folder: String) throws -> Bool {
        try FileManager.default.contentsOfDirectory(atPath: folder).contains { $0.hasPrefix(".progress.json.tmp-") }
    }
}

