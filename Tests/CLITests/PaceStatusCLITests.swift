import Foundation
import Testing

/// `career-planner status` with a plan: the span, the week, the pace and the
/// projected finish, and the `pace` object of `status --json`.
///
/// Every test uses the default plan made on Sun 2026-11-22 for ml-engineer:
/// 65 weeks to Sat 2028-02-19 at 18.8 h (1128 min) a week, 73200 min in all,
/// linear-algebra in weeks 1–3 (its study ends Sat 2026-12-12), calculus ending
/// in week 5 (Sat 2026-12-26). The definitions, from Pace.swift:
/// - due = yesterday; hours due = the plan's minutes through the end of due, a
///   week's minutes spread evenly over its 7 days (1128 / 7 = 161.14 a day);
/// - hours slack = days from due to the first day by whose end the plan holds
///   the minutes logged since the start (days rounded up);
/// - skills slack, with k plan skills done = days from due to the day before the
///   end of the week in which the (k+1)th skill to finish finishes;
/// - slack = the lesser of the two; recent pace = minutes logged over the last
///   28 days (fewer since the start) × 7 / days; projected finish = today +
///   (73200 - minutes logged) / recent pace × 7 days, rounded up.
@Suite struct PaceStatusCLITests {
    static func planned() throws -> CLIRunner {
        let cli = try CLIRunner()
        try cli.succeed([["target", "ml-engineer"], ["plan"]])
        return cli
    }

    /// The whole `status` page while no skill is done, with `plan` as the Plan section.
    static func page(plan: [String], learning: Int) -> String {
        """
        Target role
          Machine learning engineer: 0 of 42 skills done (0%)

        Plan
        \(plan.map { "  " + $0 }.joined(separator: "\n"))

        Readiness for each role
        * Machine learning engineer  ░░░░░░░░░░░░░░░░░░░░    0%  0/42
          AI research scientist      ░░░░░░░░░░░░░░░░░░░░    0%  0/33
          NLP engineer               ░░░░░░░░░░░░░░░░░░░░    0%  0/34
          Computer vision engineer   ░░░░░░░░░░░░░░░░░░░░    0%  0/34
          Data scientist             ░░░░░░░░░░░░░░░░░░░░    0%  0/29
          MLOps engineer             ░░░░░░░░░░░░░░░░░░░░    0%  0/29
          AutoML engineer            ░░░░░░░░░░░░░░░░░░░░    0%  0/33
          AI ethics specialist       ░░░░░░░░░░░░░░░░░░░░    0%  0/28
          Data analyst               ░░░░░░░░░░░░░░░░░░░░    0%  0/22

        Skills: 0 done, \(learning) learning, \(81 - learning) todo, 0 skipped (81 in the catalog)

        """
    }

    /// The Plan section of a `status` page, without its heading.
    static func planSection(_ page: String) -> [String] {
        let lines = page.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let start = lines.firstIndex(of: "Plan") else { return [] }
        return lines[(start + 1)...].prefix { !$0.isEmpty }.map { String($0.dropFirst(2)) }
    }

    static func status(_ cli: CLIRunner, on date: String) throws -> CLIRunner.Result {
        let before = cli.snapshot()
        let result = try cli.runOnFile(["status"], environment: ["CAREER_PLANNER_TODAY": date])
        #expect(cli.snapshot() == before, "status wrote to the data file")
        return result
    }

    @Test func onTheStartDayWithNothingLoggedTheUserIsOnTrack() throws {
        let cli = try Self.planned()
        defer { cli.cleanUp() }
        // Nothing is due before today is over: hours slack 0 (due is Nov 21, the day before the start).
        #expect(try Self.status(cli, on: "2026-11-22") == .init(stdout: Self.page(plan: [
            "2026-11-22 to 2028-02-19, 18.8 h a week; week 1 of 65",
            "Pace: on track (hours: 0 logged of 0 due; skills: 0 done of 0 due, 42 in the plan)",
            "Projected finish: none until study is logged in the plan's last four weeks",
        ], learning: 0), stderr: "", status: 0))
    }

    /// 120 min on Nov 22 and 60 on Nov 25, all on linear-algebra; today Sun Nov 29 (week 2, day 8).
    /// Due (through Sat Nov 28): week 1 whole, 1128 min = 18.8 h. Logged 180 min = 3 h.
    /// Hours: 180 / 161.14 = 1.1 days, up to 2: the plan holds 180 min by the end of Mon Nov 23;
    /// Nov 28 → Nov 23 is -5 days. Skills: none done, the first to finish (linear-algebra) ends
    /// Sat Dec 12: on track until Fri Dec 11, 13 days after Nov 28. The lesser: behind by 5 days.
    /// Recent pace: 8 days since the start, 180 × 7 / 8 = 157.5 min a week (2.6 h);
    /// (73200 - 180) / 157.5 × 7 = 3245.3, up to 3246 days after Nov 29.
    @Test func daysLaterWithLittleLoggedTheUserIsBehind() throws {
        let cli = try Self.planned()
        defer { cli.cleanUp() }
        try cli.succeed([["log", "120", "--skill", "linear-algebra"]])
        try cli.succeed([["log", "60", "--skill", "linear-algebra"]], environment: ["CAREER_PLANNER_TODAY": "2026-11-25"])
        let finish = PlanReference.adding(days: Int((Double(73200 - 180) / (180.0 * 7 / 8) * 7).rounded(.up)), to: "2026-11-29")
        #expect(finish == "2035-10-19")
        #expect(try Self.status(cli, on: "2026-11-29") == .init(stdout: Self.page(plan: [
            "2026-11-22 to 2028-02-19, 18.8 h a week; week 2 of 65",
            "Pace: behind by 5 days (hours: 3 logged of 18.8 due; skills: 0 done of 0 due, 42 in the plan)",
            "Projected finish: \(finish) at 2.6 h a week (your pace over the last four weeks)",
        ], learning: 1), stderr: "", status: 0))

        // A month on (Wed Dec 23, week 5): due through Dec 22 = 4 weeks + 3 days = 4512 + 483.4
        // = 4995 min (83.3 h); the 180 min still reach Nov 23: 29 days behind. linear-algebra
        // was due (0 done of 1): on track until Dec 11, 11 days behind; the lesser is 29.
        // The last 28 days (Nov 26 – Dec 23) hold nothing to project from.
        #expect(try Self.status(cli, on: "2026-12-23") == .init(stdout: Self.page(plan: [
            "2026-11-22 to 2028-02-19, 18.8 h a week; week 5 of 65",
            "Pace: behind by 29 days (hours: 3 logged of 83.3 due; skills: 0 done of 1 due, 42 in the plan)",
            "Projected finish: none until study is logged in the plan's last four weeks",
        ], learning: 1), stderr: "", status: 0))
    }

    /// 1440 min on Nov 22 and on Nov 23; today Tue Nov 24. Due (through Nov 23): 2 days,
    /// 2 × 161.14 = 322 min = 5.4 h. Logged 2880 min = 48 h: weeks 1–2 hold 2256, week 3
    /// needs (2880 - 2256) / 161.14 = 3.9, up to 4 days: by the end of Wed Dec 9, 16 days
    /// after Nov 23. Skills: on track until Dec 11, 18 days. The lesser: 16 days ahead.
    /// Recent pace: 3 days, 2880 × 7 / 3 = 6720 min (112 h) a week;
    /// (73200 - 2880) / 6720 × 7 = 73.25, up to 74 days after Nov 24: 2027-02-06.
    @Test func afterLoggingMoreThanDueTheUserIsAhead() throws {
        let cli = try Self.planned()
        defer { cli.cleanUp() }
        try cli.succeed([["log", "1440", "--skill", "linear-algebra"]])
        try cli.succeed([["log", "1440", "--skill", "linear-algebra"]], environment: ["CAREER_PLANNER_TODAY": "2026-11-23"])
        #expect(PlanReference.adding(days: 74, to: "2026-11-24") == "2027-02-06")
        #expect(try Self.status(cli, on: "2026-11-24") == .init(stdout: Self.page(plan: [
            "2026-11-22 to 2028-02-19, 18.8 h a week; week 1 of 65",
            "Pace: 16 days ahead (hours: 48 logged of 5.4 due; skills: 0 done of 0 due, 42 in the plan)",
            "Projected finish: 2027-02-06 at 112 h a week (your pace over the last four weeks)",
        ], learning: 1), stderr: "", status: 0))
    }

    /// 1440 min on each of Nov 22, 23 and 24 (4320 min = 72 h); today Sun Dec 13 (week 4).
    /// Due through Dec 12: 3 weeks = 3384 min = 56.4 h. Hours: weeks 1–3 hold 3384, week 4
    /// needs (4320 - 3384) / 161.14 = 5.8, up to 6 days: Fri Dec 18, 6 days after Dec 12.
    /// Skills: linear-algebra was due by Dec 12 and is not done: on track only until Dec 11,
    /// 1 day behind, which is the lesser. Once it is done, the next (calculus) ends Sat Dec 26:
    /// on track until Dec 25, 13 days; the lesser is then the hours' 6 days ahead.
    /// Recent pace: 22 days since the start, 4320 × 7 / 22 = 1374.5 min (22.9 h) a week;
    /// (73200 - 4320) / 1374.5 × 7 = 350.8, up to 351 days after Dec 13: 2027-11-29.
    @Test func theWorseOfHoursAndSkillsIsReported() throws {
        let cli = try Self.planned()
        defer { cli.cleanUp() }
        for day in ["2026-11-22", "2026-11-23", "2026-11-24"] {
            try cli.succeed([["log", "1440", "--skill", "linear-algebra"]], environment: ["CAREER_PLANNER_TODAY": day])
        }
        #expect(PlanReference.adding(days: 351, to: "2026-12-13") == "2027-11-29")
        #expect(Self.planSection(try Self.status(cli, on: "2026-12-13").stdout) == [
            "2026-11-22 to 2028-02-19, 18.8 h a week; week 4 of 65",
            "Pace: behind by 1 day (hours: 72 logged of 56.4 due; skills: 0 done of 1 due, 42 in the plan)",
            "Projected finish: 2027-11-29 at 22.9 h a week (your pace over the last four weeks)",
        ])
        try cli.succeed([["tick", "linear-algebra"]])
        #expect(Self.planSection(try Self.status(cli, on: "2026-12-13").stdout) == [
            "2026-11-22 to 2028-02-19, 18.8 h a week; week 4 of 65",
            "Pace: 6 days ahead (hours: 72 logged of 56.4 due; skills: 1 done of 1 due, 42 in the plan)",
            "Projected finish: 2027-11-29 at 22.9 h a week (your pace over the last four weeks)",
        ])
    }

    @Test func statusJSONHasAPaceObjectWithTheDocumentedFields() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.succeed([["target", "ml-engineer"]])
        #expect(try JSONOutput.object(try cli.runOnFile(["status", "--json"]).stdout)["pace"] == nil,
                "no plan, no pace")
        try cli.succeed([["plan"]])
        let onStart = try JSONOutput.object(try cli.runOnFile(["status", "--json"]).stdout)
        let startPace = try #require(onStart["pace"] as? [String: Any])
        // Nothing logged lately: no projected finish, so the field is left out.
        #expect(Set(startPace.keys) == ["expectedMinutes", "loggedMinutes", "skillsPlannedByNow", "skillsDone",
                                        "skillsInPlan", "slackDays", "slack", "recentMinutesPerWeek"])
        #expect(startPace["slack"] as? String == "on track")
        #expect(JSONOutput.int(startPace["slackDays"]) == 0)

        // The "ahead" case above, in numbers.
        try cli.succeed([["log", "1440", "--skill", "linear-algebra"]])
        try cli.succeed([["log", "1440", "--skill", "linear-algebra"]], environment: ["CAREER_PLANNER_TODAY": "2026-11-23"])
        let result = try cli.runOnFile(["status", "--json"], environment: ["CAREER_PLANNER_TODAY": "2026-11-24"])
        #expect(result.status == 0 && result.stderr == "")
        let pace = try #require(try JSONOutput.object(result.stdout)["pace"] as? [String: Any])
        #expect(Set(pace.keys) == ["expectedMinutes", "loggedMinutes", "skillsPlannedByNow", "skillsDone",
                                   "skillsInPlan", "slackDays", "slack", "recentMinutesPerWeek", "projectedFinish"])
        #expect(JSONOutput.int(pace["expectedMinutes"]) == 322)
        #expect(JSONOutput.int(pace["loggedMinutes"]) == 2880)
        #expect(JSONOutput.int(pace["skillsPlannedByNow"]) == 0)
        #expect(JSONOutput.int(pace["skillsDone"]) == 0)
        #expect(JSONOutput.int(pace["skillsInPlan"]) == 42)
        #expect(JSONOutput.int(pace["slackDays"]) == 16)
        #expect(pace["slack"] as? String == "16 days ahead")
        #expect(JSONOutput.double(pace["recentMinutesPerWeek"]) == 6720)
        #expect(pace["projectedFinish"] as? String == "2027-02-06")

        // Behind: slackDays is negative.
        let later = try cli.runOnFile(["status", "--json"], environment: ["CAREER_PLANNER_TODAY": "2026-12-23"])
        let behind = try #require(try JSONOutput.object(later.stdout)["pace"] as? [String: Any])
        #expect(JSONOutput.int(behind["slackDays"]).map { $0 < 0 } == true)
        #expect(behind["slack"] as? String == "behind by \(-(JSONOutput.int(behind["slackDays"]) ?? 0)) days")
    }
}
