import Foundation
import Testing

/// `career-planner status --short`: one line for a shell prompt, the target's
/// readiness, the pace against the plan (when there is one) and the current streak.
@Suite struct StatusShortCLITests {
    static func line(_ text: String) -> CLIRunner.Result { InsightFixture.ok([text]) }

    /// InsightFixture on Wed Dec 9: 4 of 41 = 9%; behind by 12 days (StatsCLITests has the
    /// working); the current streak is Nov 24 to Dec 8, 15 days: nothing logged today does not end it.
    @Test func withATargetAndAPlan() throws {
        let cli = try InsightFixture.make()
        defer { cli.cleanUp() }
        #expect(try InsightFixture.read(cli, ["status", "--short"]) == Self.line("Machine learning engineer 9% · 12d behind · streak 15"))
    }

    /// A day later, Dec 9 is a day without study in the week of Dec 7, after the rest on Dec 7
    /// (10 min): one more than allowed, the streak is over. The pace: due is now Dec 9 and the
    /// 700 min logged still reach only Nov 26: 13 days behind (the skills' slack, Feb 5, is 58 days).
    /// Logging 30 min that day starts a new streak of 1 day (730 min still reach only Nov 26).
    /// With 2 rest days a week, Dec 9 is allowed and the 15-day streak goes on.
    @Test func movingTodayOnADayEndsTheStreakWhenYesterdayIsOneRestDayTooMany() throws {
        let cli = try InsightFixture.make()
        defer { cli.cleanUp() }
        #expect(try InsightFixture.read(cli, ["status", "--short"], on: "2026-12-10")
                == Self.line("Machine learning engineer 9% · 13d behind · streak 0"))
        try cli.succeed([["habit", "--rest-days", "2"]])
        #expect(try InsightFixture.read(cli, ["status", "--short"], on: "2026-12-10")
                == Self.line("Machine learning engineer 9% · 13d behind · streak 15"))
        try cli.succeed([["habit", "--rest-days", "1"], ["log", "30", "--skill", "calculus"]],
                        environment: ["CAREER_PLANNER_TODAY": "2026-12-10"])
        #expect(try InsightFixture.read(cli, ["status", "--short"], on: "2026-12-10")
                == Self.line("Machine learning engineer 9% · 13d behind · streak 1"))
    }

    /// PaceStatusCLITests' "ahead" case: 1440 min on Nov 22 and 23, today Nov 24: 16 days ahead.
    /// Both days count (1440 ≥ 20): a streak of 2, today not yet over. Nothing is done: 0%.
    @Test func aheadOfThePlan() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.succeed([["target", "ml-engineer"], ["plan"], ["log", "1440", "--skill", "linear-algebra"]])
        try cli.succeed([["log", "1440", "--skill", "linear-algebra"]], environment: ["CAREER_PLANNER_TODAY": "2026-11-23"])
        let before = cli.snapshot()
        #expect(try cli.runOnFile(["status", "--short"], environment: ["CAREER_PLANNER_TODAY": "2026-11-24"])
                == Self.line("Machine learning engineer 0% · 16d ahead · streak 2"))
        #expect(cli.snapshot() == before)
    }

    /// A plan made for ml-engineer says nothing about the pace towards data-analyst: no pace
    /// in the line, and `stats` says whose plan it is. 0 of 22 done: 0%; nothing logged: streak 0.
    @Test func aPlanForAnotherRoleGivesNoPace() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.succeed([["target", "ml-engineer"], ["plan"], ["target", "data-analyst"]])
        #expect(try cli.runOnFile(["status", "--short"]) == Self.line("Data analyst 0% · streak 0"))
        let stats = try cli.runOnFile(["stats"])
        #expect(stats.stdout.contains("""
            Pace
              Your plan is for Machine learning engineer, not your target: 'career-planner
              plan --replan' to plan for your target.
            """))
    }

    /// On the plan's first day nothing is due yet: on track.
    @Test func onTrackOnTheFirstDay() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.succeed([["target", "ml-engineer"], ["plan"]])
        #expect(try cli.runOnFile(["status", "--short"]) == Self.line("Machine learning engineer 0% · on track · streak 0"))
    }

    /// A target but no plan: no pace. Data analyst's closure has 22 skills; python and
    /// sql done: 2 × 100 / 22 = 9%. 25 min yesterday and 30 today: a streak of 2.
    @Test func withATargetAndNoPlan() throws {
        let cli = try CLIRunner(today: InsightFixture.today)
        defer { cli.cleanUp() }
        #expect(PlanReference.catalog.readiness(of: PlanReference.catalog.role("data-analyst"),
                                                 states: ["python": "done", "sql": "done"]).percent == 9)
        try cli.succeed([["target", "data-analyst"], ["tick", "python", "sql"], ["log", "25", "--date", "2026-12-08"], ["log", "30"]])
        let before = cli.snapshot()
        #expect(try cli.runOnFile(["status", "--short"]) == Self.line("Data analyst 9% · streak 2"))
        #expect(cli.snapshot() == before)
    }

    @Test func withNoTargetAndNoFile() throws {
        let cli = try CLIRunner(today: InsightFixture.today)
        defer { cli.cleanUp() }
        #expect(try cli.runOnFile(["status", "--short"]) == Self.line("no target role · streak 0"))
        #expect(!CLIRunner.exists(cli.dataFile), "reading must not create the data file")
        // 19 min is under the standard 20: still no streak.
        try cli.succeed([["log", "19"]])
        #expect(try cli.runOnFile(["status", "--short"]) == Self.line("no target role · streak 0"))
    }

    /// Outside a UTF-8 locale the separator is ASCII; the first of LC_ALL, LC_CTYPE and LANG that is set decides.
    @Test(arguments: [
        (["LANG": "C"], " - "),
        (["LANG": "POSIX"], " - "),
        (["LANG": "C.UTF-8", "LC_ALL": "C"], " - "),
        (["LANG": "C", "LC_CTYPE": "en_US.UTF-8"], " · "),
        (["LANG": "en_GB.utf8"], " · "),
    ])
    func theSeparatorFollowsTheLocale(_ locale: [String: String], _ separator: String) throws {
        let cli = try InsightFixture.make()
        defer { cli.cleanUp() }
        let parts = ["Machine learning engineer 9%", "12d behind", "streak 15"]
        #expect(try InsightFixture.read(cli, ["status", "--short"], environment: locale)
                == Self.line(parts.joined(separator: separator)))
    }

    @Test func shortWithJSONIsRefused() throws {
        let cli = try InsightFixture.make()
        defer { cli.cleanUp() }
        let refusal = CLIRunner.Result(stdout: "", stderr: """
            Error: --short and --json cannot be used together
            Usage: career-planner status [--file <path>] [--catalog <path>] [--json] [--short]
              See 'career-planner status --help' for more information.

            """, status: 64)
        #expect(try InsightFixture.read(cli, ["status", "--short", "--json"]) == refusal)
        #expect(try InsightFixture.read(cli, ["status", "--json", "--short"]) == refusal)
    }
}
