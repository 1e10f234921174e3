import Foundation
import Testing

/// `career-planner log MINUTES [--skill ID] [--date DATE] [--note TEXT]`.
@Suite struct LogCLITests {
    /// A runner whose data file has ml-engineer as the target and the default
    /// plan from 2026-11-22 (18.8 h a week, linear-algebra in week 1).
    static func planned() throws -> CLIRunner {
        let cli = try CLIRunner()
        try cli.succeed([["target", "ml-engineer"], ["plan"]])
        return cli
    }

    @Test func logWithoutAPlanAnswersAndKeepsOneEntryPerLine() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.runOnFile(["log", "45"]) == .init(stdout: "Logged 45 min (2026-11-22).\n", stderr: "", status: 0))
        #expect(try cli.dataText() == """
            {
              "schemaVersion": 2,
              "log": [
                {"date": "2026-11-22", "minutes": 45}
              ],
              "skills": {}
            }

            """)
        #expect(try cli.runOnFile(["log", "90", "--skill", "linear-algebra", "--date", "2026-11-20",
                                   "--note", "MIT 18.06, \"lecture 1\" \\ café"])
            == .init(stdout: "Logged 1 h 30 min on linear-algebra (2026-11-20).\n", stderr: "", status: 0))
        #expect(try cli.runOnFile(["log", "60", "--skill", "sql", "--note", ""])
            == .init(stdout: "Logged 1 h on sql (2026-11-22).\n", stderr: "", status: 0))
        #expect(try cli.runOnFile(["log", "61", "--date", "2026-11-21"])
            == .init(stdout: "Logged 1 h 1 min (2026-11-21).\n", stderr: "", status: 0))
        #expect(try cli.runOnFile(["log", "1440", "--date", "2026-11-19"])
            == .init(stdout: "Logged 24 h (2026-11-19).\n", stderr: "", status: 0))
        // Entries stay in the order logged; an empty note is no note; a todo skill
        // becomes learning, changed on the day of the study, not the day of logging.
        #expect(try cli.dataText() == """
            {
              "schemaVersion": 2,
              "log": [
                {"date": "2026-11-22", "minutes": 45},
                {"date": "2026-11-20", "minutes": 90, "note": "MIT 18.06, \\"lecture 1\\" \\\\ café", "skill": "linear-algebra"},
                {"date": "2026-11-22", "minutes": 60, "skill": "sql"},
                {"date": "2026-11-21", "minutes": 61},
                {"date": "2026-11-19", "minutes": 1440}
              ],
              "skills": {
                "linear-algebra": {"changed": "2026-11-20", "state": "learning"},
                "sql": {"changed": "2026-11-22", "state": "learning"}
              }
            }

            """)
    }

    @Test func logWithAPlanAlsoSaysHowThisWeekStands() throws {
        let cli = try Self.planned()
        defer { cli.cleanUp() }
        // Week 1 runs Sun 2026-11-22 to Sat 2026-11-28 and plans 18.8 h (1128 min).
        #expect(try cli.runOnFile(["log", "50", "--skill", "linear-algebra"]) == .init(stdout: """
            Logged 50 min on linear-algebra (2026-11-22).
            This week: 0.8 h logged of 18.8 h planned.

            """, stderr: "", status: 0))
        let wednesday = ["CAREER_PLANNER_TODAY": "2026-11-25"]
        // 90 more minutes: 140 = 2.3 h.
        #expect(try cli.runOnFile(["log", "90", "--skill", "python", "--date", "2026-11-24"], environment: wednesday)
            == .init(stdout: """
            Logged 1 h 30 min on python (2026-11-24).
            This week: 2.3 h logged of 18.8 h planned.

            """, stderr: "", status: 0))
        // A day before the plan started is not in this week: still 2.3 h.
        #expect(try cli.runOnFile(["log", "120", "--date", "2026-11-21"], environment: wednesday) == .init(stdout: """
            Logged 2 h (2026-11-21).
            This week: 2.3 h logged of 18.8 h planned.

            """, stderr: "", status: 0))
        #expect(try cli.dataText().dataFileSection("log") == """
              "log": [
                {"date": "2026-11-22", "minutes": 50, "skill": "linear-algebra"},
                {"date": "2026-11-24", "minutes": 90, "skill": "python"},
                {"date": "2026-11-21", "minutes": 120}
              ],
            """)
        #expect(try cli.dataText().dataFileSection("skills") == """
              "skills": {
                "linear-algebra": {"changed": "2026-11-22", "state": "learning"},
                "python": {"changed": "2026-11-24", "state": "learning"}
              },
            """)
    }

    @Test func loggingOnADoneOrSkippedSkillLeavesItsState() throws {
        let cli = try Self.planned()
        defer { cli.cleanUp() }
        try cli.succeed([["tick", "python"], ["tick", "calculus", "--state", "skipped"],
                         ["tick", "sql", "--state", "learning", "--note", "SQLZoo"]])
        let december = ["CAREER_PLANNER_TODAY": "2026-12-05"]
        try cli.succeed([["log", "30", "--skill", "python"], ["log", "30", "--skill", "calculus"],
                         ["log", "30", "--skill", "sql"]], environment: december)
        #expect(try cli.dataText().dataFileSection("skills") == """
              "skills": {
                "calculus": {"changed": "2026-11-22", "state": "skipped"},
                "python": {"changed": "2026-11-22", "state": "done"},
                "sql": {"changed": "2026-11-22", "note": "SQLZoo", "state": "learning"}
              },
            """)
    }

    /// Every refusal: exit 64, one line on stderr, the file (and its backup) untouched.
    static func expectRefusal(_ cli: CLIRunner, _ arguments: [String], stderr: String,
                              sourceLocation: SourceLocation = #_sourceLocation) throws {
        let before = cli.snapshot()
        #expect(try cli.runOnFile(["log"] + arguments)
                == .init(stdout: "", stderr: "career-planner: \(stderr)\n", status: 64), sourceLocation: sourceLocation)
        #expect(cli.snapshot() == before, "the data file changed", sourceLocation: sourceLocation)
    }

    @Test(arguments: [0, 1441, 100_000])
    func minutesOutside1To1440AreRefused(minutes: Int) throws {
        let cli = try Self.planned()
        defer { cli.cleanUp() }
        try Self.expectRefusal(cli, ["\(minutes)", "--skill", "python"],
                               stderr: "minutes must be between 1 and 1440 (a whole day), found \(minutes)")
    }

    @Test func negativeMinutesAreRefused() throws {
        let cli = try Self.planned()
        defer { cli.cleanUp() }
        // After `--`, -5 reaches the program and gets its message...
        let before = cli.snapshot()
        #expect(try cli.run(["log", "--file", cli.dataFile.path, "--", "-5"]) == .init(
            stdout: "", stderr: "career-planner: minutes must be between 1 and 1440 (a whole day), found -5\n", status: 64))
        #expect(cli.snapshot() == before)
        // ...without it, the argument parser takes -5 for an option: a usage error all the same.
        let result = try cli.runOnFile(["log", "-5"])
        #expect(result.status == 64)
        #expect(result.stdout == "")
        #expect(result.stderr.hasPrefix("Error: "))
        #expect(cli.snapshot() == before)
    }

    @Test func notANumberIsAUsageError() throws {
        let cli = try Self.planned()
        defer { cli.cleanUp() }
        let before = cli.snapshot()
        for minutes in ["abc", "1.5", "30m"] {
            let result = try cli.runOnFile(["log", minutes])
            #expect(result.status == 64)
            #expect(result.stderr.hasPrefix("Error: The value '\(minutes)' is invalid for '<minutes>'\n"))
        }
        #expect(cli.snapshot() == before)
    }

    @Test(arguments: ["2026-11-23", "2027-01-01"])
    func aDateInTheFutureIsRefused(date: String) throws {
        let cli = try Self.planned()
        defer { cli.cleanUp() }
        try Self.expectRefusal(cli, ["30", "--date", date], stderr: "\(date) is in the future; log study on or before today")
    }

    @Test(arguments: ["2026-02-30", "2026-11-32", "22/11/2026", "yesterday", "2026-1-5", ""])
    func aDateThatDoesNotParseIsAUsageError(date: String) throws {
        let cli = try Self.planned()
        defer { cli.cleanUp() }
        let before = cli.snapshot()
        let result = try cli.runOnFile(["log", "30", "--date", date])
        #expect(result.status == 64)
        #expect(result.stdout == "")
        #expect(result.stderr.hasPrefix("Error: The value '\(date)' is invalid for '--date <date>'\n"))
        #expect(cli.snapshot() == before)
    }

    @Test func anUnknownSkillIsRefusedWithASuggestion() throws {
        let cli = try Self.planned()
        defer { cli.cleanUp() }
        try Self.expectRefusal(cli, ["30", "--skill", "pyton"], stderr: "unknown skill \"pyton\"; did you mean \"python\"?")
        try Self.expectRefusal(cli, ["30", "--skill", "PYTHON"], stderr: "unknown skill \"PYTHON\"; did you mean \"python\"?")
        try Self.expectRefusal(cli, ["30", "--skill", "zzzzqqq"],
                               stderr: "unknown skill \"zzzzqqq\"; 'career-planner skills' lists them")
    }

    @Test(arguments: ["line one\nline two", "red \u{1B}[31malert", "tab\there", "del\u{7F}"])
    func aNoteWithControlCharactersIsRefused(note: String) throws {
        let cli = try Self.planned()
        defer { cli.cleanUp() }
        try Self.expectRefusal(cli, ["30", "--note", note], stderr:
            "the note contains control characters (tabs, newlines, escapes); use plain text on one line")
    }

    @Test func aDayHoldsAtMost1440Minutes() throws {
        let cli = try Self.planned()
        defer { cli.cleanUp() }
        try cli.succeed([["log", "1000"], ["log", "400", "--skill", "linear-algebra"]])
        try Self.expectRefusal(cli, ["41"], stderr: "2026-11-22 already has 1400 minutes logged; a day holds at most 1440")
        try Self.expectRefusal(cli, ["1440", "--skill", "calculus"],
                               stderr: "2026-11-22 already has 1400 minutes logged; a day holds at most 1440")
        // Exactly 1440 is fine; other days are counted apart.
        try cli.succeed([["log", "40"], ["log", "1440", "--date", "2026-11-21"]])
        try Self.expectRefusal(cli, ["1", "--date", "2026-11-21"],
                               stderr: "2026-11-21 already has 1440 minutes logged; a day holds at most 1440")
        try Self.expectRefusal(cli, ["1"], stderr: "2026-11-22 already has 1440 minutes logged; a day holds at most 1440")
    }
}
