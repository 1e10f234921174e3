import Foundation
import Testing

/// The real binary in a real terminal: start, move, tick, quit, resize, and
/// get the terminal back after SIGTERM.
@Suite(.serialized) struct InterfaceEndToEndTests {
    /// Sets the target role through the CLI so the Skills pane lists its skills.
    func prepare(_ session: TmuxSession) throws {
        #expect(try session.runCommandLine(["target", "ml-engineer"]) == 0)
    }

    /// A target chosen, then the interface open at 100x30 on the data file, showing its panes.
    func openInterface(in session: TmuxSession) throws {
        try prepare(session)
        try session.start("\(session.environment) \(TmuxSession.binary) --file \(session.dataFile)", width: 100, height: 30)
        #expect(try session.waitForScreen(containing: "1 Roles"))
    }

    @Test func tickASkillWithSpaceAndQuit() throws {
        let session = try TmuxSession()
        defer { session.stop() }
        try prepare(session)
        let marker = session.folder.appendingPathComponent("exit-status").path
        try session.start("\(session.environment) \(TmuxSession.binary) --file \(session.dataFile); echo $? > \(marker)",
                          width: 100, height: 30)
        #expect(try session.waitForScreen(containing: "career-planner  Machine learning engineer"))
        #expect(try session.screen().contains("1 Roles"))
        try session.send("2")
        #expect(try session.waitForScreen(containing: "2 Skills: Machine learning engineer"))
        try session.send("Space")
        #expect(try session.waitForScreen(containing: "linear-algebra: done"))
        try session.send("q")
        #expect(session.wait { session.file("exit-status") != nil })
        #expect(session.file("exit-status") == "0\n")
        #expect(session.file("progress.json")?.contains(#""linear-algebra": {"changed": "2026-11-22", "state": "done"}"#) == true)
    }

    @Test func resizingBelowTheMinimumAndBackRedraws() throws {
        let session = try TmuxSession()
        defer { session.stop() }
        try openInterface(in: session)
        try session.tmux(["resize-window", "-t", "e2e", "-x", "60", "-y", "20"])
        #expect(try session.waitForScreen(containing: "Terminal too small"))
        try session.tmux(["resize-window", "-t", "e2e", "-x", "100", "-y", "30"])
        #expect(try session.waitForScreen(containing: "1 Roles"))
        #expect(try !session.screen().contains("Terminal too small"))
        // Narrow but big enough: one pane at a time, with tabs.
        try session.tmux(["resize-window", "-t", "e2e", "-x", "85", "-y", "26"])
        #expect(try session.waitForScreen(containing: " 1 Roles   2 Skills   3 Schedule"))
    }

    @Test func sigtermGivesTheTerminalBack() throws {
        let session = try TmuxSession()
        defer { session.stop() }
        try prepare(session)
        let pidFile = session.folder.appendingPathComponent("pid").path
        let sttyFile = session.folder.appendingPathComponent("stty").path
        // The inner shell records its pid and becomes the program; the outer one reads the terminal afterwards.
        let inner = "echo \\$\\$ > \(pidFile); exec \(session.environment) \(TmuxSession.binary) --file \(session.dataFile)"
        try session.start("sh -c \"\(inner)\"; stty -a > \(sttyFile)", width: 100, height: 30)
        #expect(try session.waitForScreen(containing: "1 Roles"))
        let pid = try #require(session.file("pid").flatMap { Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) })
        #expect(kill(pid, SIGTERM) == 0)
        #expect(session.wait { session.file("stty")?.isEmpty == false })
        let settings = session.file("stty") ?? ""
        let words = Set(settings.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" }).map(String.init))
        #expect(words.contains("echo") && !words.contains("-echo"))
        #expect(words.contains("icanon") && !words.contains("-icanon"))
    }

    /// A tick from the command line while the interface is open: the interface
    /// takes it in within a second and says so, and its own next change is
    /// saved beside it. Nothing is lost on either side.
    @Test func aChangeFromTheCommandLineIsTakenInAndKept() throws {
        let session = try TmuxSession()
        defer { session.stop() }
        try openInterface(in: session)
        #expect(try session.runCommandLine(["tick", "pandas"]) == 0)
        #expect(try session.waitForScreen(containing: "Reloaded: the data file was changed outside this window: pandas done"))
        try session.send("2")
        try session.send("Space")
        #expect(try session.waitForScreen(containing: "linear-algebra: done"))
        // The save runs beside the keys: the screen can show the change a moment before the file has it.
        let linearAlgebra = #""linear-algebra": {"changed": "2026-11-22", "state": "done"}"#
        #expect(session.wait { session.file("progress.json")?.contains(linearAlgebra) == true })
        let file = session.file("progress.json") ?? ""
        #expect(file.contains(#""pandas": {"changed": "2026-11-22", "state": "done"}"#))
        #expect(file.contains(#""linear-algebra": {"changed": "2026-11-22", "state": "done"}"#))
    }

    /// The file broken by hand while the interface is open: it says so, never
    /// writes over it unasked, and the next change asks; a copy keeps the
    /// window's version, and "keep mine" writes it over the broken file.
    @Test func aBrokenFileAsksBeforeAnythingIsWrittenOverIt() throws {
        let session = try TmuxSession()
        defer { session.stop() }
        try openInterface(in: session)
        let broken = "{\"schemaVersion\": 2,\n"
        try broken.write(toFile: session.dataFile, atomically: false, encoding: .utf8)
        #expect(try session.waitForScreen(containing: "The data file was changed outside this window and no longer reads"))
        try session.send("2")
        try session.send("Space")
        #expect(try session.waitForScreen(containing: "r    reload the file's version"))
        let screen = try session.screen()
        #expect(screen.contains("The data file changed outside this window and can no longer be read:"))
        #expect(screen.contains("k    keep mine: write this window's version over the file"))
        #expect(session.file("progress.json") == broken)
        try session.send("c")
        #expect(try session.waitForScreen(containing: "Not saved: yours is saved as progress.mine-2026-11-22.json, but the data file still does not read"))
        let copy = session.file("progress.mine-2026-11-22.json") ?? ""
        #expect(copy.contains(#""linear-algebra": {"changed": "2026-11-22", "state": "done"}"#))
        #expect(session.file("progress.json") == broken)
        // Still unsaved; the next change asks again, and k writes this window's version.
        try session.send("j")
        try session.send("Space")
        #expect(try session.waitForScreen(containing: "r    reload the file's version"))
        try session.send("k")
        #expect(try session.waitForScreen(containing: "Saved this window's version over the file"))
        #expect(try session.runCommandLine(["status"]) == 0)
        #expect(session.file("progress.json.bak") == broken)
        #expect(session.file("progress.json")?.contains(#""linear-algebra": {"changed": "2026-11-22", "state": "done"}"#) == true)
    }
}
