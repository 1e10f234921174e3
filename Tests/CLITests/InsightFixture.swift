import Foundation
import Testing

/// The data file that `stats`, `next`, `compare`, `habit` and `status --short`
/// are tested on, and what it should show, worked out here without PlannerEngine.
///
/// Made with the CLI: `target ml-engineer` and `plan` on Sun 2026-11-22 (the
/// default plan PlanCLITests checks: 65 weeks of 18.8 h = 1128 min from
/// 2026-11-22 to 2028-02-19; linear-algebra in weeks 1-3, week 3 (Sun Dec 6 to
/// Sat Dec 12) holding linear-algebra 144 min and calculus 984 min), then on
/// 2026-12-09 `tick` linear-algebra, python, command-line-basics and probability
/// done, calculus learning and sql skipped. The log is written by hand into the
/// file, in the program's own layout (one entry per line, keys sorted).
///
/// Today is Wed 2026-12-09 (plan week 3). Calendar weeks run Monday to Sunday.
enum InsightFixture {
    static let today = "2026-12-09"

    struct Entry {
        var date: String
        var minutes: Int
        var skill: String?
        var note: String?
    }

    /// Level = 0 none, 1 under 20 min, 2 20-59, 3 60-119, 4 120 or more (standard rules).
    static let log: [Entry] = [
        // Before the heatmap's first Monday (2025-12-15): only in "in all".
        Entry(date: "2025-06-02", minutes: 95, note: "old course"),
        // The longest run: Thu Oct 1 to Sun Oct 18, 60 min of python a day, resting on
        // Sat Oct 3, Wed Oct 7 and Sat Oct 17 (one in each calendar week): 18 days, 15 with study.
        // Week of Sep 28: 3 days = 180 min; weeks of Oct 5 and Oct 12: 6 days = 360 min each.
    ] + [1, 2, 4, 5, 6, 8, 9, 10, 11, 12, 13, 14, 15, 16, 18].map {
        Entry(date: String(format: "2026-10-%02d", $0), minutes: 60, skill: "python")
    } + [
        // Then nothing on Mon Oct 19 and Tue Oct 20: two rest days in one week end it.
        Entry(date: "2026-10-30", minutes: 12, skill: "probability"),      // Fri, level 1: does not count
        Entry(date: "2026-11-03", minutes: 200, note: "hackathon"),         // Tue, level 4: a run of 1 day
        // The current run: Tue Nov 24 to Tue Dec 8, 15 days, 12 with study. Rest days:
        // Sun Nov 29 (week of Nov 23) and Mon Nov 30 (week of Nov 30), then Mon Dec 7
        // (week of Dec 7: 10 min is under the 20-minute minimum). Today, Dec 9, has nothing yet.
        Entry(date: "2026-11-24", minutes: 45, skill: "linear-algebra"),   // level 2
        Entry(date: "2026-11-25", minutes: 90, skill: "linear-algebra"),   // level 3
        Entry(date: "2026-11-26", minutes: 30, skill: "linear-algebra"),   // level 2
        Entry(date: "2026-11-27", minutes: 120, skill: "linear-algebra"),  // level 4
        Entry(date: "2026-11-28", minutes: 40, skill: "calculus"),         // with the next: 60, level 3
        Entry(date: "2026-11-28", minutes: 20, note: "flashcards"),
        Entry(date: "2026-12-01", minutes: 75, skill: "calculus"),         // level 3
        Entry(date: "2026-12-02", minutes: 20, skill: "statistics"),       // exactly the minimum: level 2
        Entry(date: "2026-12-03", minutes: 40, skill: "numpy"),            // level 2
        Entry(date: "2026-12-04", minutes: 60, skill: "calculus"),         // level 3
        Entry(date: "2026-12-05", minutes: 30, skill: "retired-skill"),    // not in the catalog; level 2
        Entry(date: "2026-12-06", minutes: 90, skill: "calculus"),         // level 3
        Entry(date: "2026-12-07", minutes: 10, note: "reading"),           // level 1
        Entry(date: "2026-12-08", minutes: 30, skill: "calculus"),         // level 2
    ]

    /// Minutes per day.
    static var daily: [String: Int] {
        log.reduce(into: [:]) { $0[$1.date, default: 0] += $1.minutes }
    }

    /// The states set with `tick`.
    static let states = ["linear-algebra": "done", "python": "done", "command-line-basics": "done",
                         "probability": "done", "calculus": "learning", "sql": "skipped"]

    /// The `"log"` section as the program writes it.
    static var logSection: String {
        let lines = log.map { entry in
            var fields = ["\"date\": \"\(entry.date)\"", "\"minutes\": \(entry.minutes)"]
            if let note = entry.note { fields.append("\"note\": \"\(note)\"") }
            if let skill = entry.skill { fields.append("\"skill\": \"\(skill)\"") }
            return "{" + fields.joined(separator: ", ") + "}"
        }
        return "  \"log\": [\n    " + lines.joined(separator: ",\n    ") + "\n  ],\n"
    }

    /// A runner whose today is 2026-12-09, on the file described above.
    static func make() throws -> CLIRunner {
        let cli = try CLIRunner(today: today)
        try cli.succeed([["target", "ml-engineer"], ["plan"]], environment: ["CAREER_PLANNER_TODAY": "2026-11-22"])
        try cli.succeed([["tick", "linear-algebra", "python", "command-line-basics", "probability"],
                         ["tick", "calculus", "--state", "learning"], ["tick", "sql", "--state", "skipped"]])
        let text = try cli.dataText()
        let version = "{\n  \"schemaVersion\": 2,\n"
        #expect(text.hasPrefix(version + "  \"plan\": {\n"))
        try cli.writeData(version + logSection + text.dropFirst(version.count))
        return cli
    }

    /// Runs a command that must only read, and checks that the data file and its backup did not change.
    static func read(_ cli: CLIRunner, _ arguments: [String], on date: String = today,
                     environment: [String: String] = [:],
                     sourceLocation: SourceLocation = #_sourceLocation) throws -> CLIRunner.Result {
        let before = cli.snapshot()
        let result = try cli.runOnFile(arguments, environment: environment.merging(["CAREER_PLANNER_TODAY": date]) { _, new in new })
        #expect(cli.snapshot() == before, "\(arguments) wrote to the data file", sourceLocation: sourceLocation)
        return result
    }

    static func ok(_ lines: [String]) -> CLIRunner.Result {
        .init(stdout: lines.joined(separator: "\n") + "\n", stderr: "", status: 0)
    }

    static func usage(_ message: String) -> CLIRunner.Result {
        .init(stdout: "", stderr: "career-planner: \(message)\n", status: 64)
    }

    /// The lines of section `title` in a page of sections separated by blank lines, heading left out.
    static func section(_ title: String, of page: String) -> [String] {
        let lines = page.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let start = lines.firstIndex(of: title) else { return [] }
        return Array(lines[(start + 1)...].prefix { !$0.isEmpty })
    }
}

/// The 52-week heatmap worked out from a log with Foundation's calendar: a
/// column per calendar week, the last holding today, a row per weekday, days
/// after today blank.
enum HeatmapReference {
    static let glyphs = ["·", "░", "▒", "▓", "█"]

    /// The documented bands: none, under the minimum, the minimum to 1 h, 1 to 2 h, 2 h or more
    /// (an hour and two hours never below the minimum).
    static func level(_ minutes: Int, minimum: Int) -> Int {
        if minutes <= 0 { return 0 }
        if minutes < minimum { return 1 }
        if minutes < max(minimum, 60) { return 2 }
        if minutes < max(minimum, 120) { return 3 }
        return 4
    }

    /// The Monday of the first column.
    static func firstMonday(today: String) -> String {
        // Calendar weekday: 1 is Sunday, 2 Monday ... 7 Saturday.
        let sinceMonday = (PlanReference.calendar.component(.weekday, from: PlanReference.date(today)) + 5) % 7
        return PlanReference.adding(days: -sinceMonday - 7 * 51, to: today)
    }

    /// `Mon ·····▓…` for each weekday, as `stats` prints them (without the page's indent).
    static func rows(daily: [String: Int], today: String, minimum: Int) -> [String] {
        let first = firstMonday(today: today)
        return ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"].enumerated().map { row, label in
            label + " " + (0..<52).map { column in
                let day = PlanReference.adding(days: 7 * column + row, to: first)
                return day > today ? " " : glyphs[level(daily[day] ?? 0, minimum: minimum)]
            }.joined()
        }
    }
}
