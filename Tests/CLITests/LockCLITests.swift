import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// One writer at a time: a write command meets a lock held by another process
/// (here, the test process on its own open file description of `<data>.lock`).
@Suite struct LockCLITests {
    /// Holds flock(LOCK_EX) on `path` until `release()`.
    final class HeldLock {
        let descriptor: Int32

        init(_ path: String, holderText: String? = nil) throws {
            descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
            guard descriptor >= 0 else { throw POSIXError(.init(rawValue: errno)!) }
            guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
                close(descriptor)
                throw POSIXError(.EWOULDBLOCK)
            }
            if let holderText {
                ftruncate(descriptor, 0)
                _ = holderText.withCString { pwrite(descriptor, $0, strlen($0), 0) }
            }
        }

        func release() {
            flock(descriptor, LOCK_UN)
            close(descriptor)
        }
    }

    @Test func aWriteWhileLockedExits75WritesNothingAndSucceedsOnceReleased() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.runOnFile(["target", "data-analyst"]).status == 0)
        let before = cli.dataBytes()

        let lock = try HeldLock(cli.lockFile.path)
        let busy = """
            career-planner: another career-planner is changing \(cli.dataFile.path) right now; \
            try again when it is done. Nothing was written.

            """
        #expect(try cli.runOnFile(["tick", "python"]) == .init(stdout: "", stderr: busy, status: 75))
        #expect(try cli.runOnFile(["target", "ml-engineer"]) == .init(stdout: "", stderr: busy, status: 75))
        TickCLITests.expectNothingWritten(cli, before: before)

        // Reading does not need the lock.
        let status = try cli.runOnFile(["status"])
        #expect(status.status == 0 && status.stdout.hasPrefix("Target role\n  Data analyst: 0 of 22 skills done (0%)\n"))

        lock.release()
        #expect(try cli.runOnFile(["tick", "python"])
            == .init(stdout: "python: done\nData analyst: 1 of 22 skills done (4%)\n", stderr: "", status: 0))
        #expect(try cli.dataText().contains(#""python": {"changed": "2026-11-22", "state": "done"}"#))
    }

    @Test func theMessageNamesTheProcessHoldingTheLock() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let lock = try HeldLock(cli.lockFile.path, holderText: "\(getpid())\n")
        defer { lock.release() }
        #expect(try cli.runOnFile(["tick", "python"]) == .init(stdout: "", stderr: """
            career-planner: another career-planner (process \(getpid())) is changing \(cli.dataFile.path) \
            right now; try again when it is done. Nothing was written.

            """, status: 75))
        #expect(!CLIRunner.exists(cli.dataFile), "nothing written: the data file is still absent")
    }

    @Test func aLeftoverLockFileWithNobodyHoldingItIsNotStale() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        // A lock file left behind by a process that ended (even one that says who it was).
        try Data("999999\n".utf8).write(to: cli.lockFile)
        #expect(try cli.runOnFile(["tick", "python"]).status == 0)
        #expect(try cli.runOnFile(["tick", "sql"]).status == 0)
        // The program lets go when it ends: the test can take the lock at once.
        let lock = try HeldLock(cli.lockFile.path)
        lock.release()
    }
}
