import Foundation
import TestSupport
import Testing

/// The tests' own way of starting programs: the child gets its three standard
/// descriptors and nothing else of the test process, which starts programs
/// from many threads at once; waiting gives the exit code or the signal.
@Suite struct ChildProcessTests {
    let folder = FileManager.default.temporaryDirectory.path

    @Test func theChildHoldsOnlyItsStandardDescriptors() throws {
        // A descriptor the child would inherit if nothing closed it: a pipe's writing end, as a
        // test reading another program's output would hold at that moment.
        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)
        defer { ends.forEach { close($0) } }
        let listing = try ChildProcess.run("/bin/sh", ["-c", "ls /proc/$$/fd"], in: folder)
        #expect(String(decoding: listing.stdout, as: UTF8.self) == "0\n1\n2\n")
        #expect(listing.status == 0)
    }

    /// A program still open for writing cannot be run ("text file busy"): starting it waits
    /// until the writer lets go, as when another thread's child held a copied binary's writer.
    @Test func aProgramStillBeingWrittenStartsOnceTheWriterLetsGo() throws {
        let path = folder + "/busy-\(UUID().uuidString)"
        defer { unlink(path) }
        try FileManager.default.copyItem(atPath: "/bin/true", toPath: path)
        let writer = open(path, O_WRONLY | O_CLOEXEC)
        #expect(writer >= 0)
        Thread { usleep(200_000); close(writer) }.start()
        #expect(try ChildProcess.start(path, []).wait() == 0)
    }

    @Test func waitingGivesTheExitCodeOrTheSignal() throws {
        #expect(try ChildProcess.start("/bin/sh", ["-c", "exit 3"]).wait() == 3)
        let sleeper = try ChildProcess.start("/bin/sleep", ["30"])
        #expect(sleeper.ended() == nil)
        sleeper.send(SIGKILL)
        #expect(sleeper.wait() == SIGKILL)
    }

    @Test func outputDirectoryEnvironmentAndInput() throws {
        let input = folder + "/child-input-\(UUID().uuidString)"
        try Data("typed\n".utf8).write(to: URL(fileURLWithPath: input))
        defer { unlink(input) }
        let result = try ChildProcess.run("/bin/sh", ["-c", "pwd; echo \"$ONLY\"; cat; echo oops >&2; exit 1"],
                                          environment: ["ONLY": "this"], directory: "/usr", stdin: .file(input), in: folder)
        #expect(String(decoding: result.stdout, as: UTF8.self) == "/usr\nthis\ntyped\n")
        #expect(String(decoding: result.stderr, as: UTF8.self) == "oops\n")
        #expect(result.status == 1)
    }

    @Test func aMissingProgramIsAnError() {
        #expect(throws: ChildProcess.SpawnFailed.self) { try ChildProcess.start("/no/such/program", []) }
    }
}
