import Foundation
import Testing

/// `career-planner tick ID... [--state S] [--note TEXT] [--evidence URL]`.
@Suite struct TickCLITests {
    /// The data file (and its backup) are exactly as they were: nothing written.
    static func expectNothingWritten(_ cli: CLIRunner, before: Data?, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(cli.dataBytes() == before, "the data file changed", sourceLocation: sourceLocation)
        #expect(!CLIRunner.exists(cli.backupFile), "a backup was made, so something was saved", sourceLocation: sourceLocation)
    }

    @Test func tickMarksDoneByDefaultAndAnswersWithTheTargetsProgress() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.runOnFile(["target", "ml-engineer"])
            == .init(stdout: "Machine learning engineer: 0 of 42 skills done (0%)\n", stderr: "", status: 0))
        #expect(try cli.runOnFile(["tick", "python", "numpy", "linear-algebra"]) == .init(stdout: """
            python: done
            numpy: done
            linear-algebra: done
            Machine learning engineer: 3 of 42 skills done (7%)

            """, stderr: "", status: 0))
        #expect(try cli.runOnFile(["tick", "statistics", "--state", "learning"]) == .init(
            stdout: "statistics: learning\nMachine learning engineer: 3 of 42 skills done (7%)\n", stderr: "", status: 0))
        #expect(try cli.runOnFile(["tick", "calculus", "--state", "skipped"]) == .init(
            stdout: "calculus: skipped\nMachine learning engineer: 3 of 41 skills done (7%), 1 skipped\n", stderr: "", status: 0))
        #expect(try cli.runOnFile(["tick", "python", "--state", "todo"]) == .init(
            stdout: "python: todo\nMachine learning engineer: 2 of 41 skills done (4%), 1 skipped\n", stderr: "", status: 0))
    }

    @Test func tickWithoutATargetCountsDoneSkillsAndSaysHowToChooseOne() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.runOnFile(["tick", "python", "sql"]) == .init(stdout: """
            python: done
            sql: done
            2 of 81 skills done; choose a target role with 'career-planner target ROLE' to follow your progress towards it

            """, stderr: "", status: 0))
    }

    @Test func changedIsTheFrozenDateAndMovesOnlyWhenTheStateChanges() throws {
        let november = try CLIRunner()
        defer { november.cleanUp() }
        #expect(try november.runOnFile(["tick", "python", "sql"]).status == 0)
        let december = ["CAREER_PLANNER_TODAY": "2026-12-05"]
        // python is done already: ticking it again keeps its date; sql changes state, so its date moves.
        #expect(try november.runOnFile(["tick", "python"], environment: december).status == 0)
        #expect(try november.runOnFile(["tick", "sql", "--state", "learning"], environment: december).status == 0)
        #expect(try november.dataText() == """
            {
              "schemaVersion": 2,
              "skills": {
                "python": {"changed": "2026-11-22", "state": "done"},
                "sql": {"changed": "2026-12-05", "state": "learning"}
              }
            }

            """)
    }

    @Test func noteReplacesAndEmptyNoteRemovesEvidenceAccumulatesWithoutRepeats() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        for command in [
            ["tick", "sql", "--note", "SQLZoo", "--evidence", "https://example.com/a"],
            ["tick", "sql", "--note", "Mode tutorial \"joins\" done", "--evidence", "https://example.com/b"],
            ["tick", "sql", "--evidence", "https://example.com/a"],
            ["tick", "python", "--note", "daily scripts"],
            ["tick", "python", "--note", ""],
        ] {
            let result = try cli.runOnFile(command)
            #expect(result.status == 0, "\(command): \(result.stderr)")
        }
        #expect(try cli.dataText() == """
            {
              "schemaVersion": 2,
              "skills": {
                "python": {"changed": "2026-11-22", "state": "done"},
                "sql": {"changed": "2026-11-22", "evidence": ["https://example.com/a", "https://example.com/b"], \
            "note": "Mode tutorial \\"joins\\" done", "state": "done"}
              }
            }

            """)
    }

    @Test func aTickThatChangesNothingWritesNothing() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.runOnFile(["tick", "python"]).status == 0)
        let before = cli.dataBytes()
        let result = try cli.runOnFile(["tick", "python"], environment: ["CAREER_PLANNER_TODAY": "2027-01-01"])
        #expect(result.status == 0)
        Self.expectNothingWritten(cli, before: before)
    }

    @Test func unknownSkillSuggestsTheClosestAndLeavesNoDataFile() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.runOnFile(["tick", "pyton"]) == .init(
            stdout: "", stderr: "career-planner: unknown skill \"pyton\"; did you mean \"python\"?\n", status: 64))
        #expect(try cli.runOnFile(["tick", "zzzzqqq"]) == .init(
            stdout: "", stderr: "career-planner: unknown skill \"zzzzqqq\"; 'career-planner skills' lists them\n", status: 64))
        #expect(!CLIRunner.exists(cli.dataFile), "the data file must still be absent")
        #expect(!CLIRunner.exists(cli.backupFile))
    }

    @Test func oneUnknownIdAmongSeveralChangesNothing() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.runOnFile(["target", "data-analyst"]).status == 0)
        let before = cli.dataBytes()
        #expect(try cli.runOnFile(["tick", "python", "pandsa", "sql"]) == .init(
            stdout: "", stderr: "career-planner: unknown skill \"pandsa\"; did you mean \"pandas\"?\n", status: 64))
        Self.expectNothingWritten(cli, before: before)
    }

    @Test(arguments: ["finished", "DONE", "3", ""])
    func invalidStateIsAUsageErrorAndWritesNothing(state: String) throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.runOnFile(["target", "data-analyst"]).status == 0)
        let before = cli.dataBytes()
        let result = try cli.runOnFile(["tick", "python", "--state", state])
        #expect(result.status == 64)
        #expect(result.stdout == "")
        #expect(result.stderr.hasPrefix("Error: The value '\(state)' is invalid for '--state <state>'. "
                                        + "Please provide one of 'todo', 'learning', 'done' or 'skipped'.\n"))
        Self.expectNothingWritten(cli, before: before)
    }

    @Test(arguments: ["line one\nline two", "red \u{1B}[31malert", "tab\there", "carriage\rreturn", "del\u{7F}", "c1\u{85}"])
    func noteWithControlCharactersIsRefusedAndNothingIsWritten(note: String) throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.runOnFile(["tick", "python", "--note", note]) == .init(stdout: "", stderr: """
            career-planner: the note contains control characters (tabs, newlines, escapes); use plain text on one line

            """, status: 64))
        #expect(!CLIRunner.exists(cli.dataFile))
        #expect(try cli.runOnFile(["target", "data-analyst"]).status == 0)
        let before = cli.dataBytes()
        #expect(try cli.runOnFile(["tick", "python", "--note", note]).status == 64)
        Self.expectNothingWritten(cli, before: before)
    }

    @Test(arguments: ["notalink", "github.com/me/project", "ftp:/one-slash", "https://", "https://has space.example",
                      "1http://digit-first.example", ""])
    func evidenceThatIsNotALinkIsRefused(evidence: String) throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.runOnFile(["target", "data-analyst"]).status == 0)
        let before = cli.dataBytes()
        #expect(try cli.runOnFile(["tick", "python", "--evidence", evidence]) == .init(stdout: "", stderr: """
            career-planner: evidence must be a link such as https://github.com/you/project, found "\(evidence)"

            """, status: 64))
        Self.expectNothingWritten(cli, before: before)
    }

    @Test func evidenceLinksOfOtherSchemesAreAccepted() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.runOnFile(["tick", "git-version-control", "--evidence", "file:///home/me/cert.pdf"]).status == 0)
        #expect(try cli.dataText().contains(#""evidence": ["file:///home/me/cert.pdf"]"#))
    }

    @Test func tickWithoutAnIdIsAUsageError() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let result = try cli.runOnFile(["tick"])
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("Error: Missing expected argument '<id> ...'\n"))
        #expect(!CLIRunner.exists(cli.dataFile))
    }

    @Test(arguments: ["2026-13-01", "2026-02-30", "22/11/2026", "2026-1-5", "today"])
    func invalidFrozenDateIsAUsageErrorForReadsAndWrites(today: String) throws {
        let cli = try CLIRunner(today: today)
        defer { cli.cleanUp() }
        let message = "career-planner: CAREER_PLANNER_TODAY must be a date as YYYY-MM-DD, found \"\(today)\"\n"
        #expect(try cli.runOnFile(["status"]) == .init(stdout: "", stderr: message, status: 64))
        #expect(try cli.runOnFile(["tick", "python"]) == .init(stdout: "", stderr: message, status: 64))
        #expect(!CLIRunner.exists(cli.dataFile))
    }
}
