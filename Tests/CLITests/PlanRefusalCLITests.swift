import Foundation
import Testing

/// `career-planner plan` refusing bad or ill-fitting settings, and `--replan`.
@Suite struct PlanRefusalCLITests {
    /// A runner with ml-engineer as its target and no plan yet.
    static func targeted() throws -> CLIRunner {
        let cli = try CLIRunner()
        try cli.succeed([["target", "ml-engineer"]])
        return cli
    }

    /// Runs `plan arguments` and expects exit 64, `stderr` and not a byte written.
    static func expectRefusal(_ cli: CLIRunner, _ arguments: [String], stderr: String,
                              sourceLocation: SourceLocation = #_sourceLocation) throws {
        let before = cli.snapshot()
        let result = try cli.runOnFile(["plan"] + arguments)
        #expect(result == .init(stdout: "", stderr: "career-planner: \(stderr)\n", status: 64), sourceLocation: sourceLocation)
        #expect(cli.snapshot() == before, "the data file changed", sourceLocation: sourceLocation)
    }

    @Test(arguments: [11, 19, 0, -12])
    func monthsOutside12To18AreRefused(months: Int) throws {
        let cli = try Self.targeted()
        defer { cli.cleanUp() }
        try Self.expectRefusal(cli, ["--months=\(months)"], stderr:
            "--months must be between 12 and 18 (plans for a career change run 12–18 months), found \(months)")
    }

    @Test(arguments: [("0", "0"), ("81", "81"), ("80.5", "80.5"), ("-1", "-1"), ("-0.5", "-0.5")])
    func hoursOutsideTheRangeAreRefused(given: String, shown: String) throws {
        let cli = try Self.targeted()
        defer { cli.cleanUp() }
        try Self.expectRefusal(cli, ["--hours-per-week=\(given)"],
                               stderr: "--hours-per-week must be more than 0 and at most 80, found \(shown)")
    }

    /// `--hours-per-week -1` as a separate word is taken as the value, not as an option.
    @Test func negativeHoursAsASeparateWordGetTheRangeMessage() throws {
        let cli = try Self.targeted()
        defer { cli.cleanUp() }
        try Self.expectRefusal(cli, ["--hours-per-week", "-1"],
                               stderr: "--hours-per-week must be more than 0 and at most 80, found -1")
    }

    @Test(arguments: ["2026-13-01", "2026-02-30", "2026-1-5", "22/11/2026", "tomorrow", ""])
    func startThatDoesNotParseIsAUsageError(start: String) throws {
        let cli = try Self.targeted()
        defer { cli.cleanUp() }
        let before = cli.snapshot()
        let result = try cli.runOnFile(["plan", "--start", start])
        #expect(result.status == 64)
        #expect(result.stdout == "")
        #expect(result.stderr.hasPrefix("Error: The value '\(start)' is invalid for '--start <date>'\n"))
        #expect(cli.snapshot() == before)
    }

    /// Too few hours: the message's numbers worked out from the catalog and the calendar.
    @Test(arguments: [(10.0, nil as Int?), (14, 15), (20, 12), (0.5, nil)])
    func tooFewHoursSayWhatWouldFit(hours: Double, months: Int?) throws {
        let cli = try Self.targeted()
        defer { cli.cleanUp() }
        let total = PlanReference.minutes(of: PlanReference.planSkills("ml-engineer"))
        let limit = months ?? 18
        let needed = PlanReference.roundedUp(Double(total) / 60
                                             / Double(PlanReference.weeks(inMonths: limit, from: "2026-11-22")))
        let perWeek = Int((hours * 60).rounded())
        let taken = PlanReference.monthsNeeded(forWeeks: (total + perWeek - 1) / perWeek, from: "2026-11-22")
        let h: (Double) -> String = PlanReference.hoursText
        var arguments = ["--hours-per-week", h(hours)]
        if let months { arguments += ["--months", "\(months)"] }
        try Self.expectRefusal(cli, arguments, stderr: """
            the \(h(Double(total) / 60)) h left needs \(h(needed)) h/week to finish in \(limit) months; \
            at \(h(hours)) h/week it takes \(taken) months. Choose what gives: --hours-per-week \(h(needed)) or more\
            \(limit < 18 ? ", or --months up to 18" : "")
            """)
        // The advice works: at the hours it names the plan fits.
        let fitted = try cli.runOnFile(["plan", "--hours-per-week", h(needed)] + (months.map { ["--months", "\($0)"] } ?? []))
        #expect(fitted.status == 0, "\(fitted.stderr)")
    }

    @Test func tooFewHoursWrittenOut() throws {
        // 1220 h; 18 months from 2026-11-22 hold 78 weeks: 1220 / 78 = 15.64 → 15.7 h.
        // At 10 h a week, 122 weeks; 28 months from Nov 22 hold 121 weeks, 29 hold 126.
        let cli = try Self.targeted()
        defer { cli.cleanUp() }
        try Self.expectRefusal(cli, ["--hours-per-week", "10"], stderr: "the 1220 h left needs 15.7 h/week to finish in 18 months; "
                               + "at 10 h/week it takes 29 months. Choose what gives: --hours-per-week 15.7 or more")
    }

    /// Too many hours: done in under 12 months.
    @Test(arguments: [30.0, 80, 40])
    func tooManyHoursSayWhatWouldFit(hours: Double) throws {
        let cli = try Self.targeted()
        defer { cli.cleanUp() }
        let total = PlanReference.minutes(of: PlanReference.planSkills("ml-engineer"))
        let perWeek = Int((hours * 60).rounded())
        let taken = PlanReference.wholeMonths(inWeeks: (total + perWeek - 1) / perWeek, from: "2026-11-22")
        #expect(taken < 12)
        let fill = PlanReference.roundedDown(Double(total) / 60 / Double(PlanReference.weeks(inMonths: 12, from: "2026-11-22")))
        let h: (Double) -> String = PlanReference.hoursText
        try Self.expectRefusal(cli, ["--hours-per-week", h(hours)], stderr: """
            the \(h(Double(total) / 60)) h left takes only \(taken) months at \(h(hours)) h/week; \
            plans run 12–18 months, so choose --hours-per-week \(h(fill)) or less
            """)
        #expect(try cli.runOnFile(["plan", "--hours-per-week", h(fill)]).status == 0)
    }

    @Test func tooManyHoursWrittenOut() throws {
        // At 30 h a week, 41 weeks (73200 / 1800 = 40.7); 9 months from Nov 22 hold 39 weeks, 10 hold 43:
        // 9 whole months fit in it.
        // 12 months hold 52 weeks: 1220 / 52 = 23.46 → 23.4 h, rounded down so that it surely fills them.
        let cli = try Self.targeted()
        defer { cli.cleanUp() }
        try Self.expectRefusal(cli, ["--hours-per-week", "30"], stderr: "the 1220 h left takes only 9 months at 30 h/week; "
                               + "plans run 12–18 months, so choose --hours-per-week 23.4 or less")
    }

    /// At 25.9 h a week the 1220 h take 48 weeks, Sun 2026-11-22 to Sat 2027-10-23: short of the
    /// 52 weeks 12 months hold, so refused (it once passed as "12 months"); 11 whole months fit in it.
    @Test func aPlanAMonthShortOf12MonthsIsRefused() throws {
        let cli = try Self.targeted()
        defer { cli.cleanUp() }
        let before = cli.snapshot()
        let result = try cli.runOnFile(["plan", "--hours-per-week", "25.9"])
        #expect(result.status == 64)
        #expect(result.stdout == "")
        #expect(result.stderr == "career-planner: the 1220 h left takes only 11 months at 25.9 h/week; "
                + "plans run 12–18 months, so choose --hours-per-week 23.4 or less\n")
        #expect(cli.snapshot() == before)
    }

    @Test func nothingLeftToPlanIsRefused() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let catalog = PlanReference.catalog
        let closure = catalog.requiredClosure(of: catalog.role("data-analyst"))
        try cli.succeed([["target", "data-analyst"], ["tick"] + closure.prefix(10)])
        try cli.succeed([["tick"] + closure.dropFirst(10) + ["--state", "skipped"]])
        try Self.expectRefusal(cli, [], stderr:
            "nothing is left to plan for Data analyst: every skill it needs is done or skipped")
    }

    @Test(arguments: [["--months", "12"], ["--hours-per-week", "20"], ["--start", "2026-12-01"],
                      ["--nice-to-have"], ["--no-nice-to-have"], ["--months", "15", "--json"]])
    func settingsWithAPlanNeedReplan(arguments: [String]) throws {
        let cli = try Self.targeted()
        defer { cli.cleanUp() }
        try cli.succeed([["plan"]])
        try Self.expectRefusal(cli, arguments, stderr: "you already have a plan (from 2026-11-22); pass --replan "
                               + "to rebuild it with new settings, keeping done work and the log")
    }

    @Test func replanStartsTodayLeavesOutDoneWorkAndKeepsTheLogAndStates() throws {
        let cli = try Self.targeted()
        defer { cli.cleanUp() }
        try cli.succeed([["plan"], ["tick", "linear-algebra"], ["tick", "hadoop-spark", "--state", "skipped"],
                         ["log", "120", "--skill", "calculus", "--note", "limits"]])
        try cli.succeed([["log", "90", "--skill", "probability"], ["log", "30"]],
                        environment: ["CAREER_PLANNER_TODAY": "2026-12-20"])
        let before = try cli.dataText()
        #expect(before.dataFileSection("skills") == """
              "skills": {
                "calculus": {"changed": "2026-11-22", "state": "learning"},
                "hadoop-spark": {"changed": "2026-11-22", "state": "skipped"},
                "linear-algebra": {"changed": "2026-11-22", "state": "done"},
                "probability": {"changed": "2026-12-20", "state": "learning"}
              },
            """)
        #expect(before.dataFileSection("log") == """
              "log": [
                {"date": "2026-11-22", "minutes": 120, "note": "limits", "skill": "calculus"},
                {"date": "2026-12-20", "minutes": 90, "skill": "probability"},
                {"date": "2026-12-20", "minutes": 30}
              ],
            """)

        let january = ["CAREER_PLANNER_TODAY": "2027-01-10"]
        let result = try cli.runOnFile(["plan", "--replan"], environment: january)
        #expect(result.status == 0 && result.stderr == "")
        // Done and skipped skills left out; time logged on a skill comes off its estimate; the old 18.8 h a week kept.
        let skills = PlanReference.planSkills("ml-engineer", leavingOut: ["linear-algebra", "hadoop-spark"])
        let total = PlanReference.minutes(of: skills) - 120 - 90
        #expect(total == 68490)
        let weekCount = (total + 1127) / 1128
        let months = PlanReference.monthsNeeded(forWeeks: weekCount, from: "2027-01-10")
        #expect(result.stdout.hasPrefix(PlanReference.heading(start: "2027-01-10", months: months, hoursPerWeek: 18.8,
                                                              totalMinutes: total) + "\n"))
        // Skills being learned come first.
        #expect(result.stdout.hasPrefix("""
            Plan for Machine learning engineer: 2027-01-10 to 2028-03-11
              61 weeks at 18.8 h a week, 1141.5 h in all (made for 15 months)

            January 2027
              == Foundations ==
            > Week 1  Jan 10  [~] calculus 18.8 h
              Week 2  Jan 17  [~] calculus 18.8 h
              Week 3  Jan 24  [~] calculus 0.4 h, [~] probability 18.4 h

            """))
        #expect(!result.stdout.contains("linear-algebra") && !result.stdout.contains("hadoop-spark"))

        let after = try cli.dataText()
        for section in ["log", "skills", "targetRole"] {
            #expect(after.dataFileSection(section) == before.dataFileSection(section), "\(section) changed")
        }
        #expect(after.dataFileSection("plan").hasSuffix("""
                "hoursPerWeek": 18.8,
                "months": 15,
                "niceToHave": false,
                "role": "ml-engineer",
                "start": "2027-01-10"
              },
            """))
        let json = try JSONOutput.object(try cli.runOnFile(["plan", "--json"], environment: january).stdout)
        let planned = (json["weeks"] as? [[String: Any]] ?? []).flatMap { $0["blocks"] as? [[String: Any]] ?? [] }
        #expect(Set(planned.compactMap { $0["skill"] as? String }) == skills)
        #expect(JSONOutput.int(json["totalMinutes"]) == total)
    }

    @Test func replanWithNewSettingsAndARefusedReplan() throws {
        let cli = try Self.targeted()
        defer { cli.cleanUp() }
        try cli.succeed([["plan"]])
        let before = cli.snapshot()
        let january = ["CAREER_PLANNER_TODAY": "2027-01-10"]
        #expect(try cli.runOnFile(["plan", "--replan", "--hours-per-week", "5"], environment: january) == .init(
            stdout: "", stderr: "career-planner: the 1220 h left needs 15.7 h/week to finish in 18 months; "
                + "at 5 h/week it takes 57 months. Choose what gives: --hours-per-week 15.7 or more\n", status: 64))
        #expect(cli.snapshot() == before)
        let result = try cli.runOnFile(["plan", "--replan", "--months", "12", "--start", "2027-02-01"], environment: january)
        #expect(result.stdout.hasPrefix(PlanReference.heading(start: "2027-02-01", months: 12, totalMinutes: 73200) + "\n"))
        #expect(try cli.dataText().dataFileSection("plan").hasSuffix("""
                "months": 12,
                "niceToHave": false,
                "role": "ml-engineer",
                "start": "2027-02-01"
              },
            """))
    }
}
