import Foundation
import Testing

/// `e` in a real terminal: JSON exported to the offered name in the current
/// folder is the data file byte for byte; the same name again is refused and
/// the file left as it was; `~/` is the home folder.
@Suite(.serialized) struct ExportEndToEndTests {
    func bytes(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }

    @Test func exportJSONThenRefuseToOverwriteIt() throws {
        let session = try TmuxSession()
        defer { session.stop() }
        #expect(try session.runCommandLine(["target", "ml-engineer"]) == 0)
        // The program runs in a folder of its own, apart from the home folder.
        let work = session.folder.appendingPathComponent("work")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        let exported = work.appendingPathComponent("career-progress.json").path
        try session.start("cd \(work.path) && \(session.environment) \(TmuxSession.binary) --file \(session.dataFile)",
                          width: 100, height: 30)
        #expect(try session.waitForScreen(containing: "1 Roles"))

        try session.send("e")
        #expect(try session.waitForScreen(containing: "Export: choose a format"))
        try session.send("j")
        #expect(try session.waitForScreen(containing: "Export json to: career-progress.json"))
        try session.send("Enter")
        #expect(try session.waitForScreen(containing: "Exported json to career-progress.json"))
        let first = try #require(bytes(exported))
        #expect(first == bytes(session.dataFile))

        // A change, so that the data file and the export differ; then the same name again.
        try session.send("2")
        try session.send("Space")
        #expect(try session.waitForScreen(containing: "linear-algebra: done"))
        #expect(session.wait { bytes(session.dataFile) != first })
        try session.send("e")
        #expect(try session.waitForScreen(containing: "Export: choose a format"))
        try session.send("j")
        try session.send("Enter")
        #expect(try session.waitForScreen(containing: "career-progress.json already exists and was left as it is"))
        #expect(try session.screen().contains("Export json to: career-progress.json"))
        #expect(bytes(exported) == first)

        // The prompt is back with the name: another one, in the home folder, goes through.
        try session.tmux(["send-keys", "-t", "e2e"] + Array(repeating: "BSpace", count: 20))
        try session.tmux(["send-keys", "-t", "e2e", "-l", "~/home-copy.json"])
        try session.send("Enter")
        #expect(try session.waitForScreen(containing: "Exported json to ~/home-copy.json"))
        let copy = try #require(bytes(session.folder.appendingPathComponent("home-copy.json").path))
        #expect(copy == bytes(session.dataFile))
        #expect(copy != first)
        #expect(bytes(exported) == first)
        try session.send("q")
    }
}
