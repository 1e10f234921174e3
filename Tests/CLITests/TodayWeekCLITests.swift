import Foundation
import Testing

/// `career-planner today` and `career-planner week`.
@Suite struct TodayWeekCLITests {
    static let noPlan = CLIRunner.Result(stdout: "No plan yet: make one with 'career-planner plan'.\n", stderr: "", status: 0)

    static func ok(_ stdout: String) -> CLIRunner.Result { .init(stdout: stdout, stderr: "", status: 0) }

    /// Runs `today` and `week` on `date` and checks that neither writes.
    static func todayAndWeek(_ cli: CLIRunner, on date: String) throws -> (today: CLIRunner.Result, week: CLIRunner.Result) {
        let before = cli.snapshot()
        let environment = ["CAREER_PLANNER_TODAY": date]
        let results = (try cli.runOnFile(["today"], environment: environment),
                       try cli.runOnFile(["week"], environment: environment))
        #expect(cli.snapshot() == before, "today or week wrote to the data file")
        return results
    }

    @Test func withoutAPlanBothSayHowToMakeOne() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.runOnFile(["today"]) == Self.noPlan)
        #expect(try cli.runOnFile(["week"]) == Self.noPlan)
        #expect(!CLIRunner.exists(cli.dataFile), "reading must not create the data file")
        try cli.succeed([["target", "ml-engineer"], ["log", "30"]])
        let results = try Self.todayAndWeek(cli, on: "2026-11-22")
        #expect(results.today == Self.noPlan)
        #expect(results.week == Self.noPlan)
    }

    @Test func beforeThePlanStartsBothSayWhen() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.succeed([["target", "ml-engineer"], ["plan", "--start", "2026-12-01"]])
        let results = try Self.todayAndWeek(cli, on: "2026-11-22")
        let answer = Self.ok("Your plan starts on 2026-12-01, in 9 days.\n")
        #expect(results.today == answer)
        #expect(results.week == answer)
    }

    /// The day before the start: one day, not "1 days".
    @Test func theDayBeforeTheStartSaysOneDay() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.succeed([["target", "ml-engineer"], ["plan", "--start", "2026-12-01"]])
        let results = try Self.todayAndWeek(cli, on: "2026-11-30")
        let answer = Self.ok("Your plan starts on 2026-12-01, in 1 day.\n")
        #expect(results.today == answer)
        #expect(results.week == answer)
    }

    /// Plan from Sun 2026-11-22 at 18.8 h (1128 min) a week; week 1 is all linear-algebra.
    /// Logged: Sat 11-21 50 min (before the plan: not counted), Sun 11-22 120 min on
    /// linear-algebra, Tue 11-24 60 min on python, and today, Wed 11-25, 40 min on
    /// linear-algebra and 30 min with a note only.
    /// This week: 120 + 60 + 40 + 30 = 250 min = 4.2 h; on linear-algebra 160 min = 2.7 h;
    /// on other things 90 min = 1.5 h. Left: 1128 - 250 = 878 min = 14.6 h over the
    /// 4 days Wed to Sat: 878 / 4 = 219.5, up to 220 min (a multiple of 5) = 3 h 40 min.
    @Test func insideThePlanWithTimeLoggedTodayAndEarlierThisWeek() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.succeed([["target", "ml-engineer"], ["plan"], ["log", "120", "--skill", "linear-algebra"]])
        try cli.succeed([["log", "60", "--skill", "python", "--date", "2026-11-24"], ["log", "50", "--date", "2026-11-21"],
                         ["log", "40", "--skill", "linear-algebra"], ["log", "30", "--note", "flashcards"]],
                        environment: ["CAREER_PLANNER_TODAY": "2026-11-25"])
        let results = try Self.todayAndWeek(cli, on: "2026-11-25")
        #expect(results.today == Self.ok("""
            Today, Wed 2026-11-25: week 1 of 65
            This week's plan:
              [~] linear-algebra  Linear algebra                  18.8 h planned   2.7 h logged
            Aim for about 3 h 40 min today (14.6 h left this week over 4 days).
            Logged today: 1 h 10 min
              40 min  linear-algebra
              30 min  flashcards

            """))
        #expect(results.week == Self.ok("""
            Week 1 of 65: Sun 2026-11-22 to Sat 2026-11-28
              [~] linear-algebra  Linear algebra                  18.8 h planned   2.7 h logged
            This week: 4.2 h logged of 18.8 h planned (2.7 h on this week's skills, 1.5 h on others).

            """))
    }

    /// Week 3 (Sun Dec 6 to Sat Dec 12) holds linear-algebra 144 min and calculus 984 min.
    /// 100 min on calculus on Dec 6; today is Sat Dec 12, the week's last day:
    /// 1128 - 100 = 1028 min (17.1 h) left, all today, up to 1030 min = 17 h 10 min.
    @Test func aWeekWithTwoSkillsOnItsLastDay() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.succeed([["target", "ml-engineer"], ["plan"]])
        try cli.succeed([["log", "100", "--skill", "calculus"]], environment: ["CAREER_PLANNER_TODAY": "2026-12-06"])
        let results = try Self.todayAndWeek(cli, on: "2026-12-12")
        #expect(results.today == Self.ok("""
            Today, Sat 2026-12-12: week 3 of 65
            This week's plan:
              [ ] linear-algebra  Linear algebra                   2.4 h planned     0 h logged
              [~] calculus        Calculus                        16.4 h planned   1.7 h logged
            Aim for about 17 h 10 min today (17.1 h left this week over 1 day).
            Logged today: nothing yet

            """))
        #expect(results.week == Self.ok("""
            Week 3 of 65: Sun 2026-12-06 to Sat 2026-12-12
              [ ] linear-algebra  Linear algebra                   2.4 h planned     0 h logged
              [~] calculus        Calculus                        16.4 h planned   1.7 h logged
            This week: 1.7 h logged of 18.8 h planned (1.7 h on this week's skills, 0 h on others).

            """))
    }

    @Test func whenTheWeeksHoursAreLoggedTodaySaysSo() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.succeed([["target", "ml-engineer"], ["plan"], ["log", "1000", "--skill", "linear-algebra"],
                         ["log", "200", "--note", "reading"]])
        let results = try Self.todayAndWeek(cli, on: "2026-11-22")
        #expect(results.today == Self.ok("""
            Today, Sun 2026-11-22: week 1 of 65
            This week's plan:
              [~] linear-algebra  Linear algebra                  18.8 h planned  16.7 h logged
            This week's hours are done.
            Logged today: 20 h
              16 h 40 min  linear-algebra
              3 h 20 min   reading

            """))
        #expect(results.week == Self.ok("""
            Week 1 of 65: Sun 2026-11-22 to Sat 2026-11-28
              [~] linear-algebra  Linear algebra                  18.8 h planned  16.7 h logged
            This week: 20 h logged of 18.8 h planned (16.7 h on this week's skills, 3.3 h on others).

            """))
    }

    /// The last week (65: Feb 13 to Feb 19, 2028) holds 1008 min = 16.8 h; on its
    /// last day that is all for today, up to 1010 min = 16 h 50 min. The day after, the plan is over.
    @Test func theLastDayOfThePlanAndTheDayAfter() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.succeed([["target", "ml-engineer"], ["plan"]])
        let last = try Self.todayAndWeek(cli, on: "2028-02-19")
        #expect(last.today == Self.ok("""
            Today, Sat 2028-02-19: week 65 of 65
            This week's plan:
              [ ] problem-solving     Problem solving                  1.8 h planned     0 h logged
              [ ] project-management  Project management and organi…    15 h planned     0 h logged
            Aim for about 16 h 50 min today (16.8 h left this week over 1 day).
            Logged today: nothing yet

            """))
        #expect(last.week == Self.ok("""
            Week 65 of 65: Sun 2028-02-13 to Sat 2028-02-19
              [ ] problem-solving     Problem solving                  1.8 h planned     0 h logged
              [ ] project-management  Project management and organi…    15 h planned     0 h logged
            This week: 0 h logged of 16.8 h planned (0 h on this week's skills, 0 h on others).

            """))
        let after = try Self.todayAndWeek(cli, on: "2028-02-20")
        let over = Self.ok("Your plan ended on 2028-02-19. 'career-planner plan --replan' makes a new one.\n")
        #expect(after.today == over)
        #expect(after.week == over)
    }
}
