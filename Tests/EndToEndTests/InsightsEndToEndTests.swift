import Foundation
import Testing

/// The Progress pane and the role comparison in a real terminal: study logged
/// on the command line shows in the pane, and `c` compares roles.
@Suite(.serialized) struct InsightsEndToEndTests {
    /// Target ml-engineer, and study on Fri 20, Sat 21 and Sun 22 November 2026 (today).
    func prepare(_ session: TmuxSession) throws {
        #expect(try session.runCommandLine(["target", "ml-engineer"]) == 0)
        for (date, minutes) in [("2026-11-20", "45"), ("2026-11-21", "90"), ("2026-11-22", "150")] {
            #expect(try session.runCommandLine(["log", minutes, "--skill", "python", "--date", date]) == 0)
        }
    }

    @Test func progressPaneShowsTheStreakHeatmapAndNextSkills() throws {
        let session = try TmuxSession()
        defer { session.stop() }
        try prepare(session)
        try session.start("\(session.environment) \(TmuxSession.binary) --file \(session.dataFile)", width: 100, height: 40)
        #expect(try session.waitForScreen(containing: "1 Roles"))
        try session.send("4")
        // Three days in a row, each over the 20-minute minimum.
        #expect(try session.waitForScreen(containing: "Streak: 3 days · your longest"))
        let screen = try session.screen()
        #expect(screen.contains(" 4 Progress"))
        #expect(screen.contains("Logged: 4.8 h in all; 4.8 h on 3 days in the last 52 weeks."))
        // The last column of the heatmap: Fri 45 min ▒, Sat 90 min ▓, Sun 150 min █; Mon–Thu nothing.
        let rows = screen.split(separator: "\n").map(String.init)
        let cells = ["Mon": "·", "Thu": "·", "Fri": "▒", "Sat": "▓", "Sun": "█"]
        for (day, cell) in cells {
            let row = try #require(rows.first { $0.hasPrefix("  \(day) ") })
            #expect(row.hasSuffix(cell), "\(day) row: \(row)")
        }
        // Scrolled to the end: the next-best list.
        try session.send("G")
        #expect(try session.waitForScreen(containing: "Next to learn"))
        #expect(try session.screen().contains("1. [~] Python (python)"))
        try session.send("q")
    }

    /// At 100,000 entries the page is worked out off the input path: the frame
    /// after 4 says so, and the page replaces it when ready, with no other key.
    @Test func withALargeLogTheProgressPageFollowsWithoutAnotherKey() throws {
        let session = try TmuxSession()
        defer { session.stop() }
        try session.writeLargeDataFile(entries: 100_000)
        try session.start("\(session.environment) \(TmuxSession.binary) --file \(session.dataFile)", width: 100, height: 40)
        #expect(try session.waitForScreen(containing: "1 Roles", seconds: 30))
        try session.send("4")
        #expect(try session.waitForScreen(containing: "Logged: ", seconds: 30))
        let screen = try session.screen()
        #expect(screen.contains("Machine learning engineer: 0 of 42 skills done (0%), 1220 h left.") && !screen.contains("updating"), "\(screen)")
        try session.send("q")
    }

    @Test func cInRolesComparesTheSelectedRoleWithTheTarget() throws {
        let session = try TmuxSession()
        defer { session.stop() }
        try prepare(session)
        try session.start("\(session.environment) \(TmuxSession.binary) --file \(session.dataFile)", width: 100, height: 40)
        #expect(try session.waitForScreen(containing: "1 Roles"))
        try session.send("c")
        #expect(try session.waitForScreen(containing: "This is your target role"))
        try session.send("j")
        try session.send("c")
        #expect(try session.waitForScreen(containing: "Compare: AI research scientist with your target"))
        #expect(try session.screen().contains("Both need: 29 skills, 0 done"))
        try session.send("Escape")
        // Esc closes the overlay once the terminal knows it is not the start of a key sequence.
        #expect(session.wait { (try? session.screen().contains("Compare:")) == false })
        let after = try session.screen(); #expect(after.contains("* Machine learnin"), "\(after)")
        try session.send("q")
    }
}
