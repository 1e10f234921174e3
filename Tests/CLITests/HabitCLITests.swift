import Foundation
import Testing

/// `career-planner habit`: showing and changing the streak rules, the data file's
/// schema version that goes with them, and `status --short` and `stats` under them.
/// The log is InsightFixture's; today Wed 2026-12-09.
@Suite struct HabitCLITests {
    static let standard = [
        "A day counts from 20 min of study; 1 rest day a week (Monday to Sunday) keeps a streak going.",
        "Streak: 15 days (12 of them with study) · longest: 18 days (15 of them with study), 2026-10-01 to 2026-10-18",
    ]

    /// 45 minutes, 1 rest day. Counting days (45 min or more): Oct 1-18 (60 each), Nov 3,
    /// Nov 24 (45), 25, 27, 28 (60 with the flashcards), Dec 1, 4, 6. From Nov 24: Nov 26 is the
    /// week's rest day, so Sun Nov 29 is a second one: the run ends on Nov 28. Dec 1 alone
    /// (Dec 2 and 3 are two rest days), then Dec 4-6, which Dec 7 and 8 (two rest days in the
    /// week of Dec 7) end before today: no current streak. The October run is unchanged.
    static let fortyFiveMinutes = [
        "A day counts from 45 min of study; 1 rest day a week (Monday to Sunday) keeps a streak going.",
        "Streak: none now · longest: 18 days (15 of them with study), 2026-10-01 to 2026-10-18",
    ]

    /// 45 minutes, 2 rest days. From Nov 24: Nov 26, then Nov 29 (2 in the week of Nov 23)
    /// and Nov 30 (1 in the next) are allowed; Dec 2 and 3 make 3 in that week: the run is
    /// Nov 24 to Dec 1. The next starts Dec 4 (Dec 5 rests, Dec 6 counts) and Dec 7 and 8
    /// are the 2 allowed in their week: current, Dec 4 to 6, 3 days, 2 with study.
    static let fortyFiveMinutesTwoRestDays = [
        "A day counts from 45 min of study; 2 rest days a week (Monday to Sunday) keep a streak going.",
        "Streak: 3 days (2 of them with study) · longest: 18 days (15 of them with study), 2026-10-01 to 2026-10-18",
    ]

    /// The data file with `rules` stored: schema 3 and a `habit` line before the log.
    static func withHabit(_ original: String, minutes: Int, restDays: Int) -> String {
        let version = "{\n  \"schemaVersion\": 2,\n"
        return "{\n  \"schemaVersion\": 3,\n  \"habit\": {\"minutesPerDay\": \(minutes), \"restDaysPerWeek\": \(restDays)},\n"
            + original.dropFirst(version.count)
    }

    @Test func habitShowsTheStandardRulesAndTheStreak() throws {
        let cli = try InsightFixture.make()
        defer { cli.cleanUp() }
        #expect(try InsightFixture.read(cli, ["habit"]) == InsightFixture.ok(Self.standard))
        // The streak is today's: on Dec 10 the week of Dec 7 has had two days without study.
        #expect(try InsightFixture.read(cli, ["habit"], on: "2026-12-10") == InsightFixture.ok([
            Self.standard[0], "Streak: none now · longest: 18 days (15 of them with study), 2026-10-01 to 2026-10-18",
        ]))
    }

    @Test func changedRulesAreStoredWithSchemaThreeAndUsedEverywhere() throws {
        let cli = try InsightFixture.make()
        defer { cli.cleanUp() }
        let original = try cli.dataText()
        #expect(original.hasPrefix("{\n  \"schemaVersion\": 2,\n  \"log\": ["))

        // A value not given stays as it was.
        #expect(try cli.runOnFile(["habit", "--minutes", "45"]) == InsightFixture.ok(Self.fortyFiveMinutes))
        #expect(try cli.dataText() == Self.withHabit(original, minutes: 45, restDays: 1))
        #expect(try cli.runOnFile(["habit", "--rest-days", "2"]) == InsightFixture.ok(Self.fortyFiveMinutesTwoRestDays))
        #expect(try cli.dataText() == Self.withHabit(original, minutes: 45, restDays: 2))
        #expect(try InsightFixture.read(cli, ["habit"]) == InsightFixture.ok(Self.fortyFiveMinutesTwoRestDays))

        // status --short: readiness and pace as before (StatusShortCLITests), the streak by the new rules.
        #expect(try InsightFixture.read(cli, ["status", "--short"]) == InsightFixture.ok(["Machine learning engineer 9% · 12d behind · streak 3"]))

        // stats: the Habit section and the heatmap follow the rules (days of 20-44 min are now
        // under the minimum; the legend's bands move); everything else is as with the standard rules.
        let habit = [
            "Streak: 3 days (2 of them with study) · longest: 18 days (15 of them with",
            "study), 2026-10-01 to 2026-10-18",
            "A day counts from 45 min of study; 2 rest days a week (Monday to Sunday)",
            "keep a streak going.",
            StatsCLITests.standardHabit[4],
        ]
        let legend = "    · none  ░ under 45 min  ▒ 45 min to 1 h  ▓ 1 h to 2 h  █ 2 h or more"
        #expect(try InsightFixture.read(cli, ["stats"]) == InsightFixture.ok(StatsCLITests.page(
            habit: habit, heatmap: StatsCLITests.heatmap(minimum: 45, legend: legend))))
        let json = try JSONOutput.object(try InsightFixture.read(cli, ["stats", "--json"]).stdout)
        let rules = try #require(json["rules"] as? [String: Any])
        #expect(JSONOutput.int(rules["minutesPerDay"]) == 45 && JSONOutput.int(rules["restDaysPerWeek"]) == 2)
        let current = try #require(json["currentStreak"] as? [String: Any])
        #expect(current["first"] as? String == "2026-12-04" && current["last"] as? String == "2026-12-06")
        #expect(JSONOutput.int(current["days"]) == 3 && JSONOutput.int(current["studyDays"]) == 2)
        let levels = (json["days"] as? [[String: Any]] ?? []).filter { ($0["date"] as? String ?? "") >= "2026-11-24" }
            .map { JSONOutput.int($0["level"]) ?? -1 }
        // Nov 24 (45) to Dec 9: 45, 90, 30, 120, 60, -, -, 75, 20, 40, 60, 30, 90, 10, 30, -.
        #expect(levels == [2, 3, 1, 4, 3, 0, 0, 3, 1, 1, 3, 1, 3, 1, 1, 0])

        // Back to the standard rules: they are not stored, and the file is what it was, schema 2.
        #expect(try cli.runOnFile(["habit", "--minutes", "20", "--rest-days", "1"]) == InsightFixture.ok(Self.standard))
        #expect(try cli.dataText() == original)
        #expect(!(try cli.dataText()).contains("\"habit\""))
    }

    /// Setting the standard rules on a file without rules changes nothing, so nothing is written.
    @Test func theStandardRulesOnAFileWithoutRulesWriteNothing() throws {
        let cli = try InsightFixture.make()
        defer { cli.cleanUp() }
        let before = cli.snapshot()
        #expect(try cli.runOnFile(["habit", "--minutes", "20", "--rest-days", "1"]) == InsightFixture.ok(Self.standard))
        #expect(cli.snapshot() == before)
    }

    @Test(arguments: [
        (["--minutes", "0"], "the minutes a day that count towards a streak must be between 1 and 1440, found 0"),
        (["--minutes", "1441"], "the minutes a day that count towards a streak must be between 1 and 1440, found 1441"),
        (["--rest-days", "7"], "rest days a week must be between 0 and 6, found 7"),
        (["--rest-days=-1"], "rest days a week must be between 0 and 6, found -1"),
        // One good value and one bad: neither is kept.
        (["--minutes", "30", "--rest-days", "9"], "rest days a week must be between 0 and 6, found 9"),
        (["--minutes", "1441", "--rest-days", "2"], "the minutes a day that count towards a streak must be between 1 and 1440, found 1441"),
    ])
    func valuesOutOfRangeAreRefusedAndChangeNothing(_ options: [String], _ message: String) throws {
        let cli = try InsightFixture.make()
        defer { cli.cleanUp() }
        let before = cli.snapshot()
        #expect(try cli.runOnFile(["habit"] + options) == InsightFixture.usage(message))
        #expect(cli.snapshot() == before)
        // With rules already stored (schema 3), they stay.
        try cli.succeed([["habit", "--minutes", "45", "--rest-days", "2"]])
        let stored = cli.snapshot()
        #expect(try cli.runOnFile(["habit"] + options) == InsightFixture.usage(message))
        #expect(cli.snapshot() == stored)
        #expect(try InsightFixture.read(cli, ["habit"]) == InsightFixture.ok(Self.fortyFiveMinutesTwoRestDays))
    }

    /// The edges of the ranges are accepted: 1 and 1440 minutes, 0 and 6 rest days.
    @Test func theEdgesOfTheRangesAreAccepted() throws {
        let cli = try InsightFixture.make()
        defer { cli.cleanUp() }
        let original = try cli.dataText()
        try cli.succeed([["habit", "--minutes", "1440", "--rest-days", "0"]])
        #expect(try cli.dataText() == Self.withHabit(original, minutes: 1440, restDays: 0))
        // No day of the log reaches 1440 minutes: no streak at all.
        #expect(try InsightFixture.read(cli, ["habit"]) == InsightFixture.ok([
            "A day counts from 24 h of study; no rest days: a day without study ends a streak.",
            "Streak: none yet (a day counts from 24 h of study)",
        ]))
        try cli.succeed([["habit", "--minutes", "1", "--rest-days", "6"]])
        #expect(try cli.dataText() == Self.withHabit(original, minutes: 1, restDays: 6))
    }
}
