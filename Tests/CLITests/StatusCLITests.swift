import Foundation
import Testing

/// `career-planner status`, and the same page with no subcommand.
@Suite struct StatusCLITests {
    static let freshStatus = """
        Target role
          none yet (choose one with 'career-planner target ROLE')

        Plan
          none yet (make one with 'career-planner plan')

        Readiness for each role
          Machine learning engineer  ░░░░░░░░░░░░░░░░░░░░    0%  0/42
          AI research scientist      ░░░░░░░░░░░░░░░░░░░░    0%  0/33
          NLP engineer               ░░░░░░░░░░░░░░░░░░░░    0%  0/34
          Computer vision engineer   ░░░░░░░░░░░░░░░░░░░░    0%  0/34
          Data scientist             ░░░░░░░░░░░░░░░░░░░░    0%  0/29
          MLOps engineer             ░░░░░░░░░░░░░░░░░░░░    0%  0/29
          AutoML engineer            ░░░░░░░░░░░░░░░░░░░░    0%  0/33
          AI ethics specialist       ░░░░░░░░░░░░░░░░░░░░    0%  0/28
          Data analyst               ░░░░░░░░░░░░░░░░░░░░    0%  0/22

        Skills: 0 done, 0 learning, 81 todo, 0 skipped (81 in the catalog)

        """

    /// Target ml-engineer; python, numpy, linear-algebra done; statistics learning; calculus skipped.
    static let statusWithProgress = """
        Target role
          Machine learning engineer: 3 of 41 skills done (7%), 1 skipped

        Plan
          none yet (make one with 'career-planner plan')

        Readiness for each role
        * Machine learning engineer  █░░░░░░░░░░░░░░░░░░░    7%  3/41 (1 skipped)
          AI research scientist      █░░░░░░░░░░░░░░░░░░░    9%  3/32 (1 skipped)
          NLP engineer               █░░░░░░░░░░░░░░░░░░░    9%  3/33 (1 skipped)
          Computer vision engineer   █░░░░░░░░░░░░░░░░░░░    9%  3/33 (1 skipped)
          Data scientist             ██░░░░░░░░░░░░░░░░░░   10%  3/29
          MLOps engineer             ██░░░░░░░░░░░░░░░░░░   10%  3/29
          AutoML engineer            █░░░░░░░░░░░░░░░░░░░    9%  3/32 (1 skipped)
          AI ethics specialist       ██░░░░░░░░░░░░░░░░░░   10%  3/28
          Data analyst               ██░░░░░░░░░░░░░░░░░░   13%  3/22

        Skills: 3 done, 1 learning, 76 todo, 1 skipped (81 in the catalog)

        """

    static func recordProgress(_ cli: CLIRunner) throws {
        for command in [["target", "ml-engineer"], ["tick", "python", "numpy", "linear-algebra"],
                        ["tick", "statistics", "--state", "learning"], ["tick", "calculus", "--state", "skipped"]] {
            let result = try cli.runOnFile(command)
            #expect(result.status == 0, "\(command): \(result.stderr)")
        }
    }

    @Test func statusWithoutADataFileShowsEveryRoleAtZero() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let result = try cli.runOnFile(["status"])
        #expect(result == .init(stdout: Self.freshStatus, stderr: "", status: 0))
        #expect(cli.dataBytes() == nil, "reading must not create the data file")
    }

    @Test func statusShowsTargetBarsAndCountsWithSkippedApart() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try Self.recordProgress(cli)
        let result = try cli.runOnFile(["status"])
        #expect(result == .init(stdout: Self.statusWithProgress, stderr: "", status: 0))
    }

    /// No subcommand opens the full-screen interface, which needs a terminal:
    /// without one it says so, exits 69 and touches nothing.
    @Test func noSubcommandWithoutATerminalRefusesToStart() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.runOnFile([]) == .init(stdout: "", stderr: """
            career-planner: the full-screen interface needs a terminal on stdin and stdout; \
            in scripts use a subcommand, e.g. 'career-planner status'

            """, status: 69))
        #expect(!CLIRunner.exists(cli.dataFile))
    }

    @Test func statusSaysWhenTheTargetRoleIsNoLongerInTheCatalog() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.writeData("""
            {
              "schemaVersion": 1,
              "skills": {},
              "targetRole": "retired-role"
            }

            """)
        let expected = Self.freshStatus.replacingOccurrences(
            of: "  none yet (choose one with 'career-planner target ROLE')",
            with: "  \"retired-role\" is not in the catalog; choose another with 'career-planner target ROLE'")
        #expect(try cli.runOnFile(["status"]) == .init(stdout: expected, stderr: "", status: 0))
        // A tick keeps it as it is.
        #expect(try cli.runOnFile(["tick", "python"]).status == 0)
        #expect(try cli.dataText().hasSuffix("  \"targetRole\": \"retired-role\"\n}\n"))
    }

    @Test func statusJSONHasTheDocumentedFields() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try Self.recordProgress(cli)
        let result = try cli.runOnFile(["status", "--json"])
        #expect(result.status == 0 && result.stderr == "")
        let status = try JSONOutput.object(result.stdout)
        #expect(Set(status.keys) == ["today", "file", "targetRole", "roles", "counts", "skills"])
        #expect(status["today"] as? String == "2026-11-22")
        #expect(status["file"] as? String == cli.dataFile.path)
        #expect(status["targetRole"] as? String == "ml-engineer")
        #expect(JSONOutput.int(status["skills"]) == 81)
        let counts = try #require(status["counts"] as? [String: Any])
        #expect(counts.mapValues { JSONOutput.int($0) ?? -1 } == ["done": 3, "learning": 1, "todo": 76, "skipped": 1])

        let roles = try #require(status["roles"] as? [[String: Any]])
        #expect(roles.map { $0["id"] as? String } == [
            "ml-engineer", "ai-research-scientist", "nlp-engineer", "computer-vision-engineer", "data-scientist",
            "mlops-engineer", "automl-engineer", "ai-ethics-specialist", "data-analyst",
        ])
        let first = roles[0]
        #expect(Set(first.keys) == ["id", "name", "steppingStone", "target", "readiness", "pay"])
        #expect(first["name"] as? String == "Machine learning engineer")
        #expect(first["target"] as? Bool == true)
        #expect(first["steppingStone"] as? Bool == false)
        #expect(roles.filter { $0["target"] as? Bool == true }.count == 1)
        let readiness = try #require(first["readiness"] as? [String: Any])
        #expect(Set(readiness.keys) == ["done", "learning", "todo", "skipped", "total", "percent", "hoursLeft"])
        #expect(readiness.mapValues { JSONOutput.double($0) ?? -1 } == [
            "done": 3, "learning": 1, "todo": 37, "skipped": 1, "total": 41, "percent": 7,
            // 1220 hours in all, less python 60, numpy 15, linear algebra 40 (done) and calculus 40 (skipped).
            "hoursLeft": 1065,
        ])
    }

    @Test func statusJSONWithoutATargetHasNullTargetRole() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let result = try cli.runOnFile(["status", "--json"])
        #expect(result.status == 0)
        let status = try JSONOutput.object(result.stdout)
        #expect(status["targetRole"] == nil || status["targetRole"] is NSNull)
        let counts = try #require(status["counts"] as? [String: Any])
        #expect(counts.mapValues { JSONOutput.int($0) ?? -1 } == ["done": 0, "learning": 0, "todo": 81, "skipped": 0])
    }
}
