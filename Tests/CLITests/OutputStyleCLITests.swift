import Foundation
import Testing

/// No colour codes off a terminal or with NO_COLOR; ASCII glyphs outside a
/// UTF-8 locale; no escape bytes smuggled in through what the user typed.
@Suite struct OutputStyleCLITests {
    /// Every subcommand (no subcommand opens the full-screen interface, tested on its own).
    static let commands: [[String]] = [
        ["status"], ["roles"], ["role", "ml-engineer"], ["skills"], ["skills", "--role", "data-analyst"],
        ["tick", "statistics", "--state", "learning"], ["tick", "calculus", "--state", "skipped"], ["target", "ml-engineer"],
        ["catalog", "check"],
    ]

    @Test func offATerminalNoCommandPrintsAnEscapeByte() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.runOnFile(["tick", "python"]).status == 0)
        for command in Self.commands {
            let result = try cli.runOnFile(command)
            #expect(result.status == 0, "\(command)")
            #expect(!result.stdout.containsEscape && !result.stderr.containsEscape, "\(command)")
        }
    }

    @Test func onATerminalThereIsColourUnlessNoColorOrADumbTerminal() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.runOnFile(["tick", "python"]).status == 0)
        let file = ["--file", cli.dataFile.path]
        // The check can see colour when there is some: a terminal without NO_COLOR gets it.
        let coloured = try cli.runOnTerminal(["status"] + file, environment: ["TERM": "xterm"])
        #expect(coloured.status == 0)
        #expect(coloured.output.containsEscape)

        for command in Self.commands {
            for environment in [["NO_COLOR": "1", "TERM": "xterm"], ["TERM": "dumb"]] {
                let result = try cli.runOnTerminal(command + file, environment: environment)
                #expect(result.status == 0, "\(command) \(environment)")
                #expect(!result.output.containsEscape, "\(command) \(environment)")
            }
        }
    }

    @Test func jsonIsNeverColouredEvenOnATerminal() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        for command in [["status", "--json"], ["roles", "--json"], ["role", "nlp-engineer", "--json"], ["skills", "--json"]] {
            let result = try cli.runOnTerminal(command + ["--file", cli.dataFile.path], environment: ["TERM": "xterm"])
            #expect(result.status == 0)
            #expect(!result.output.containsEscape, "\(command)")
        }
    }

    @Test func withLangCBarsAreHashesAndDotsAndRangesUseAHyphen() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try StatusCLITests.recordProgress(cli)
        let ascii = ["LANG": "C"]
        #expect(try cli.runOnFile(["status"], environment: ascii) == .init(stdout: """
            Target role
              Machine learning engineer: 3 of 41 skills done (7%), 1 skipped

            Plan
              none yet (make one with 'career-planner plan')

            Readiness for each role
            * Machine learning engineer  #...................    7%  3/41 (1 skipped)
              AI research scientist      #...................    9%  3/32 (1 skipped)
              NLP engineer               #...................    9%  3/33 (1 skipped)
              Computer vision engineer   #...................    9%  3/33 (1 skipped)
              Data scientist             ##..................   10%  3/29
              MLOps engineer             ##..................   10%  3/29
              AutoML engineer            #...................    9%  3/32 (1 skipped)
              AI ethics specialist       ##..................   10%  3/28
              Data analyst               ##..................   13%  3/22

            Skills: 3 done, 1 learning, 76 todo, 1 skipped (81 in the catalog)

            """, stderr: "", status: 0))

        let roles = try cli.runOnFile(["roles"], environment: ascii).stdout
        #expect(roles.contains("* ml-engineer               Machine learning engineer         7%  $134,000-$215,000 (average range)\n"))

        let page = try cli.runOnFile(["role", "ml-engineer"], environment: ascii).stdout
        let payStart = try #require(page.range(of: "PAY (US dollars a year)\n"))
        #expect(page[payStart.upperBound...].hasPrefix("""
              Average range            $134,000-$215,000 [1]
              Entry level (0-2 years)  $80,000-$110,000 [3] Glassdoor, as of December 2024
              Mid level (3-5 years)    $110,000-$140,000 [3] Glassdoor, as of December 2024
              Senior level (5+ years)  $140,000-$180,000+ [3] Glassdoor, as of December 2024

            """))
        #expect(page.contains("  Junior machine learning engineer -> Machine learning engineer -> Senior\n"))

        for command in Self.commands {
            let result = try cli.runOnFile(command, environment: ascii)
            #expect(result.stdout.utf8.allSatisfy { $0 < 0x80 }, "\(command) printed non-ASCII under LANG=C")
        }
    }

    @Test func lcAllTakesPrecedenceOverLang() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let asciiStatus = try cli.runOnFile(["status"], environment: ["LANG": "C.UTF-8", "LC_ALL": "C"]).stdout
        #expect(asciiStatus.contains("  Data analyst               ....................    0%  0/22\n"))
        let unicodeStatus = try cli.runOnFile(["status"], environment: ["LANG": "C", "LC_ALL": "en_US.UTF-8"]).stdout
        #expect(unicodeStatus.contains("  Data analyst               ░░░░░░░░░░░░░░░░░░░░    0%  0/22\n"))
    }

    // MARK: Escape bytes typed by the user must not reach the terminal through messages

    @Test func anUnknownIdWithAnEscapeIsEchoedWithoutIt() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let result = try cli.runOnFile(["tick", "py\u{1B}[2Jthon"])
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("career-planner: unknown skill \"py"))
        #expect(!result.stderr.containsEscape)
    }

    @Test func evidenceWithAnEscapeIsRefusedWithoutEchoingIt() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let result = try cli.runOnFile(["tick", "python", "--evidence", "https://example.com/\u{1B}]0;owned\u{07}"])
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("career-planner: evidence must be a link"))
        #expect(!result.stderr.containsEscape)
        #expect(!CLIRunner.exists(cli.dataFile))
    }

    @Test func aBadValueInTheDataFileIsQuotedWithoutItsEscape() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let text = "{\"schemaVersion\": 1, \"skills\": {\"python\": {\"state\": \"fin\\u001b[2Jished\"}}}\n"
        try cli.writeData(text)
        let result = try cli.runOnFile(["status"])
        #expect(result.status == 65)
        #expect(result.stderr.hasPrefix("career-planner: \(cli.dataFile.path): field skills.python.state: "))
        #expect(!result.stderr.containsEscape)
        #expect(cli.dataBytes() == Data(text.utf8))
    }

    @Test func aBadFrozenDateIsQuotedWithoutItsEscape() throws {
        let cli = try CLIRunner(today: "2026-11-22\u{1B}[2J")
        defer { cli.cleanUp() }
        let result = try cli.runOnFile(["status"])
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("career-planner: CAREER_PLANNER_TODAY must be a date as YYYY-MM-DD"))
        #expect(!result.stderr.containsEscape)
    }
}
