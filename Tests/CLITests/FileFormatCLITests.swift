import Foundation
import Testing

/// The data file as written: its exact text, its mode, its backup, and the
/// records it keeps that this catalog does not know.
@Suite struct FileFormatCLITests {
    static func mode(_ url: URL) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
        return (attributes[.posixPermissions] as! NSNumber).intValue
    }

    @Test func fileTextHasSchemaVersionFirstSortedSkillsOnePerLineAndTheTarget() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        for command in [["tick", "statistics", "python"], ["target", "ml-engineer"],
                        ["tick", "calculus", "--state", "skipped", "--note", "later, maybe"],
                        ["tick", "numpy", "--state", "learning", "--evidence", "https://github.com/me/numpy"]] {
            #expect(try cli.runOnFile(command).status == 0, "\(command)")
        }
        #expect(try cli.dataText() == """
            {
              "schemaVersion": 2,
              "skills": {
                "calculus": {"changed": "2026-11-22", "note": "later, maybe", "state": "skipped"},
                "numpy": {"changed": "2026-11-22", "evidence": ["https://github.com/me/numpy"], "state": "learning"},
                "python": {"changed": "2026-11-22", "state": "done"},
                "statistics": {"changed": "2026-11-22", "state": "done"}
              },
              "targetRole": "ml-engineer"
            }

            """)
    }

    @Test func nonASCIINoteIsKeptAsItIs() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.runOnFile(["tick", "python", "--note", "Übung für 日本語 ✓"]).status == 0)
        #expect(try cli.dataText() == """
            {
              "schemaVersion": 2,
              "skills": {
                "python": {"changed": "2026-11-22", "note": "Übung für 日本語 ✓", "state": "done"}
              }
            }

            """)
    }

    @Test func dataFileIsReadableOnlyByItsOwner() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.runOnFile(["tick", "python"]).status == 0)
        #expect(try Self.mode(cli.dataFile) == 0o600)
        #expect(try cli.runOnFile(["tick", "sql"]).status == 0)
        #expect(try Self.mode(cli.dataFile) == 0o600)
        #expect(try Self.mode(cli.backupFile) == 0o600)
    }

    @Test func aFolderTheProgramCreatesIsPrivateToo() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let file = cli.folder.appendingPathComponent("new/career-planner/progress.json")
        #expect(try cli.run(["target", "nlp-engineer", "--file", file.path]).status == 0)
        #expect(try Self.mode(file.deletingLastPathComponent()) == 0o700)
        #expect(try Self.mode(file) == 0o600)
    }

    @Test func backupHoldsThePreviousVersionAfterASecondSave() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.runOnFile(["tick", "python"]).status == 0)
        #expect(!CLIRunner.exists(cli.backupFile), "nothing to back up on the first save")
        let first = try #require(cli.dataBytes())
        #expect(try cli.runOnFile(["tick", "sql"]).status == 0)
        let second = try #require(cli.dataBytes())
        #expect(try Data(contentsOf: cli.backupFile) == first)
        #expect(try cli.runOnFile(["target", "data-analyst"]).status == 0)
        #expect(try Data(contentsOf: cli.backupFile) == second)
        #expect(String(decoding: second, as: UTF8.self) == """
            {
              "schemaVersion": 2,
              "skills": {
                "python": {"changed": "2026-11-22", "state": "done"},
                "sql": {"changed": "2026-11-22", "state": "done"}
              }
            }

            """)
    }

    @Test func unknownSkillIdsInTheFileSurviveATickOfAnotherSkill() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.writeData("""
            {
              "schemaVersion": 1,
              "skills": {
                "python": {"changed": "2026-01-10", "state": "learning"},
                "retired-skill": {"changed": "2025-01-02", "evidence": ["https://example.com/old"], "note": "kept", "state": "done"},
                "zz-future-skill": {"state": "skipped"}
              },
              "targetRole": "data-analyst"
            }

            """)
        let result = try cli.runOnFile(["tick", "sql"])
        // The unknown ids are not counted: 1 of 22 is sql alone.
        #expect(result == .init(stdout: "sql: done\nData analyst: 1 of 22 skills done (4%)\n", stderr: "", status: 0))
        #expect(try cli.dataText() == """
            {
              "schemaVersion": 2,
              "skills": {
                "python": {"changed": "2026-01-10", "state": "learning"},
                "retired-skill": {"changed": "2025-01-02", "evidence": ["https://example.com/old"], "note": "kept", "state": "done"},
                "sql": {"changed": "2026-11-22", "state": "done"},
                "zz-future-skill": {"state": "skipped"}
              },
              "targetRole": "data-analyst"
            }

            """)
        let status = try JSONOutput.object(try cli.runOnFile(["status", "--json"]).stdout)
        let counts = try #require(status["counts"] as? [String: Any])
        #expect(counts.mapValues { JSONOutput.int($0) ?? -1 } == ["done": 1, "learning": 1, "todo": 79, "skipped": 0])
    }

    @Test func aSymlinkedDataFileIsWrittenThroughNotReplaced() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let real = cli.folder.appendingPathComponent("dotfiles/progress.json")
        try FileManager.default.createDirectory(at: real.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("{\"schemaVersion\": 1, \"skills\": {}}\n".utf8).write(to: real)
        try FileManager.default.createSymbolicLink(at: cli.dataFile, withDestinationURL: real)
        #expect(try cli.runOnFile(["tick", "python"]).status == 0)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: cli.dataFile.path) == real.path)
        #expect(String(decoding: try Data(contentsOf: real), as: UTF8.self).contains("\"python\""))
    }
}
