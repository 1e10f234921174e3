import Foundation
import Testing

/// A note holding escape sequences, in a real terminal: the sequences show as
/// text and the terminal does not act on them (the window title stays, the
/// screen is not cleared).
@Suite(.serialized) struct TerminalInjectionEndToEndTests {
    @Test func escapesInANoteAreShownNotObeyed() throws {
        let session = try TmuxSession()
        defer { session.stop() }
        // \u001b]0;PWNED\u0007 would set the window title; \u001b[2J would clear the screen.
        let note = #"title\u001b]0;PWNED\u0007 clear\u001b[2J bell\u0007"#
        try Data("""
            {
              "schemaVersion": 2,
              "skills": {
                "linear-algebra": {"note": "\(note)", "state": "learning"}
              },
              "targetRole": "ml-engineer"
            }

            """.utf8).write(to: URL(fileURLWithPath: session.dataFile))
        try session.start("\(session.environment) \(TmuxSession.binary) --file \(session.dataFile)", width: 100, height: 30)
        #expect(try session.waitForScreen(containing: "1 Roles"))
        try session.send("2")
        try session.send("Enter")
        let shown = try session.waitForScreen(containing: #"title\e]0;PWNED\a clear\e[2J bell\a"#)
        let screen = try session.screen()
        #expect(shown, "\(screen)")
        let title = try session.tmux(["display", "-p", "-t", "e2e", "#{pane_title}"])
        #expect(!title.contains("PWNED"), "the pane title became \(title)")
        #expect(screen.hasPrefix("career-planner"), "the screen was cleared: \(screen)")
        try session.send("q")
    }
}
