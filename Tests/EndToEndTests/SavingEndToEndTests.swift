import Foundation
import Testing

/// Saving runs beside the keys: on a large data file a change shows at once,
/// and a stop signal that comes while its save runs waits for the save.
@Suite(.serialized) struct SavingEndToEndTests {
    @Test func sigtermWhileAChangeIsBeingSavedWaitsForTheSave() throws {
        let session = try TmuxSession()
        defer { session.stop() }
        // 200,000 entries: saving takes long enough for the signal to come while it runs.
        try session.writeLargeDataFile(entries: 200_000)
        let pidFile = session.folder.appendingPathComponent("pid").path
        let statusFile = session.folder.appendingPathComponent("status").path
        let sttyFile = session.folder.appendingPathComponent("stty").path
        let inner = "echo \\$\\$ > \(pidFile); exec \(session.environment) \(TmuxSession.binary) --file \(session.dataFile)"
        try session.start("sh -c \"\(inner)\"; echo $? > \(statusFile); stty -a > \(sttyFile)", width: 100, height: 30)
        #expect(try session.waitForScreen(containing: "1 Roles", seconds: 30))
        let pid = try #require(session.file("pid").flatMap { Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) })
        try session.send("2")
        #expect(try session.waitForScreen(containing: "2 Skills: Machine learning engineer"))
        try session.send("Space")
        #expect(try session.waitForScreen(containing: "linear-algebra: done"))
        #expect(kill(pid, SIGTERM) == 0)

        #expect(session.wait(seconds: 30) { session.file("stty")?.isEmpty == false })
        #expect(session.file("status") == "143\n", "stopped by SIGTERM (128 + 15)")
        let saved = session.file("progress.json") ?? ""
        #expect(saved.contains(#""linear-algebra": {"changed": "2026-11-22", "state": "done"}"#), "the change was saved before stopping")
        #expect(saved.components(separatedBy: "\"minutes\"").count == 200_001, "every log entry is still there")
        let words = Set((session.file("stty") ?? "").split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" }).map(String.init))
        #expect(words.contains("echo") && !words.contains("-echo"))
        #expect(words.contains("icanon") && !words.contains("-icanon"))
    }
}
