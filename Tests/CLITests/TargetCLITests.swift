import Foundation
import Testing

/// `career-planner target ID`, and where the data file lives when --file is not given.
@Suite struct TargetCLITests {
    @Test func targetSavesTheRoleAndAnswersWithItsProgress() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.runOnFile(["target", "nlp-engineer"])
            == .init(stdout: "NLP engineer: 0 of 34 skills done (0%)\n", stderr: "", status: 0))
        #expect(try cli.dataText() == """
            {
              "schemaVersion": 2,
              "skills": {},
              "targetRole": "nlp-engineer"
            }

            """)
        #expect(try cli.runOnFile(["tick", "python"]).status == 0)
        #expect(try cli.runOnFile(["target", "data-analyst"])
            == .init(stdout: "Data analyst: 1 of 22 skills done (4%)\n", stderr: "", status: 0))
        #expect(try cli.dataText().hasSuffix("  \"targetRole\": \"data-analyst\"\n}\n"))
    }

    @Test func unknownTargetSuggestsAndChangesNothing() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.runOnFile(["target", "data-scientst"]) == .init(
            stdout: "", stderr: "career-planner: unknown role \"data-scientst\"; did you mean \"data-scientist\"?\n", status: 64))
        #expect(!CLIRunner.exists(cli.dataFile), "the data file must still be absent")

        #expect(try cli.runOnFile(["target", "mlops-engineer"]).status == 0)
        let before = cli.dataBytes()
        #expect(try cli.runOnFile(["target", "ml-ops"]).status == 64)
        TickCLITests.expectNothingWritten(cli, before: before)
    }

    // MARK: Where the data file is

    /// Runs `target data-analyst` with no --file and the given environment,
    /// and returns the data files that exist afterwards under the runner's folder.
    static func filesAfterTarget(_ cli: CLIRunner, arguments: [String] = [],
                                 environment: [String: String]) throws -> [String] {
        let result = try cli.run(["target", "data-analyst"] + arguments, environment: environment)
        #expect(result == .init(stdout: "Data analyst: 0 of 22 skills done (0%)\n", stderr: "", status: 0))
        let root = cli.folder.path
        let files = FileManager.default.enumerator(atPath: root)!.compactMap { $0 as? String }
        return files.filter { $0.hasSuffix(".json") }.sorted()
    }

    @Test func withNothingSetTheFileIsUnderHomeLocalShare() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        #expect(try Self.filesAfterTarget(cli, environment: [:]) == [".local/share/career-planner/progress.json"])
        let status = try JSONOutput.object(try cli.run(["status", "--json"]).stdout)
        #expect(status["file"] as? String == cli.folder.path + "/.local/share/career-planner/progress.json")
        #expect(status["targetRole"] as? String == "data-analyst")
    }

    @Test func xdgDataHomeBeatsHome() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let xdg = cli.folder.appendingPathComponent("xdg").path
        #expect(try Self.filesAfterTarget(cli, environment: ["XDG_DATA_HOME": xdg])
            == ["xdg/career-planner/progress.json"])
    }

    @Test func relativeXDGDataHomeIsIgnored() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        #expect(try Self.filesAfterTarget(cli, environment: ["XDG_DATA_HOME": "relative/xdg"])
            == [".local/share/career-planner/progress.json"])
    }

    @Test func careerPlannerFileBeatsXDGDataHome() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let environment = ["XDG_DATA_HOME": cli.folder.appendingPathComponent("xdg").path,
                           "CAREER_PLANNER_FILE": cli.folder.appendingPathComponent("env/mine.json").path]
        #expect(try Self.filesAfterTarget(cli, environment: environment) == ["env/mine.json"])
    }

    @Test func fileOptionBeatsEverything() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let environment = ["XDG_DATA_HOME": cli.folder.appendingPathComponent("xdg").path,
                           "CAREER_PLANNER_FILE": cli.folder.appendingPathComponent("env/mine.json").path]
        let option = cli.folder.appendingPathComponent("option/chosen.json").path
        #expect(try Self.filesAfterTarget(cli, arguments: ["--file", option], environment: environment)
            == ["option/chosen.json"])
    }

    @Test func everyCommandTakesTheFileOption() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.runOnFile(["target", "data-analyst"]).status == 0)
        #expect(try cli.runOnFile(["tick", "sql"]).status == 0)
        for command in [["status"], ["roles"], ["role", "data-analyst"], ["skills"], ["catalog", "check"], ["plan", "--json"],
                        ["today"], ["week"]] {
            #expect(try cli.runOnFile(command).status == 0, "\(command)")
        }
        #expect(try cli.runOnFile(["roles"]).stdout.contains("* data-analyst"))
        #expect(try cli.runOnFile(["skills", "--state", "done", "--json"]).stdout.contains(#""id" : "sql""#))
        #expect(!CLIRunner.exists(cli.folder.appendingPathComponent(".local")), "the default file was never used")
    }

    @Test func withoutHomeOrAnyOtherSettingItAsksForAFile() throws {
        var cli = try CLIRunner()
        defer { cli.cleanUp() }
        cli.environment["HOME"] = nil
        #expect(try cli.run(["target", "data-analyst"]) == .init(stdout: "", stderr: """
            career-planner: cannot tell where to keep the data file: HOME is not set; \
            pass --file PATH or set CAREER_PLANNER_FILE

            """, status: 64))
    }

    @Test func emptyFileOptionIsAUsageError() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.run(["target", "data-analyst", "--file", ""]) == .init(stdout: "", stderr: """
            career-planner: the data file path is empty; pass --file PATH with a file name

            """, status: 64))
    }
}
