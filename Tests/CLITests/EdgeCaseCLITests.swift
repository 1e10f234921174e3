import Foundation
import TestSupport
import Testing

/// Paths, outputs and hand-edited files that once went wrong.
@Suite struct EdgeCaseCLITests {
    @Test func aOneLetterFileNameInTheCurrentFolderWorks() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let child = try ChildProcess.start(CLIRunner.binary.path, ["tick", "python", "--file", "p"], environment: cli.environment,
                                           directory: cli.folder.path)
        #expect(child.wait() == 0)
        let written = try String(contentsOf: cli.folder.appendingPathComponent("p"), encoding: .utf8)
        #expect(written.contains(#""python": {"changed": "2026-11-22", "state": "done"}"#))
    }

    @Test func aPathEndingInASlashIsAUsageError() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let folder = cli.folder.path + "/"
        #expect(try cli.run(["tick", "python", "--file", folder]) == .init(
            stdout: "", stderr: "career-planner: \(folder) names a folder; the data file needs a file name, e.g. \(folder)progress.json\n",
            status: 64))
    }

    @Test func outputThatCannotBeWrittenIsAFailure() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let child = try ChildProcess.start(CLIRunner.binary.path, ["roles", "--file", cli.dataFile.path],
                                           environment: cli.environment, stdout: .file("/dev/full"))
        #expect(child.wait() == 74)
    }

    @Test func aCategoryCanBeNamedAsTheListingShowsIt() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let byName = try cli.runOnFile(["skills", "--category", "Deep learning"])
        #expect(byName.status == 0)
        #expect(byName == (try cli.runOnFile(["skills", "--category", "deep-learning"])))
    }

    @Test func fieldsThisVersionDoesNotKnowAreRefusedNotDropped() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let text = #"{"schemaVersion": 1, "skills": {"python": {"state": "done", "hours": 3}}}"#
        try cli.writeData(text)
        #expect(try cli.runOnFile(["tick", "sql"]) == .init(stdout: "", stderr: """
            career-planner: \(cli.dataFile.path): field skills.python.hours: unknown field (this career-planner would lose it on the next save; remove or rename it)
            The file was not changed. Fix it by hand, or put the backup back with 'career-planner restore --from-backup' ('career-planner doctor' checks both).

            """, status: 65))
        #expect(cli.dataBytes() == Data(text.utf8))
    }

    @Test func aSkillTwiceAfterAMergeIsRefused() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let text = """
            {
              "schemaVersion": 1,
              "skills": {
                "python": {"note": "mine", "state": "done"},
                "python": {"note": "theirs", "state": "done"}
              }
            }

            """
        try cli.writeData(text)
        #expect(try cli.runOnFile(["tick", "sql"]) == .init(stdout: "", stderr: """
            career-planner: \(cli.dataFile.path):5:5: "python" appears twice in the same object (left over from a merge?); keep one
            The file was not changed. Fix it by hand, or put the backup back with 'career-planner restore --from-backup' ('career-planner doctor' checks both).

            """, status: 65))
        #expect(cli.dataBytes() == Data(text.utf8))
    }

    @Test func aReadOnlyDataFileIsNotReplaced() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.runOnFile(["tick", "python"]).status == 0)
        let before = cli.dataBytes()
        try FileManager.default.setAttributes([.posixPermissions: 0o400], ofItemAtPath: cli.dataFile.path)
        #expect(try cli.runOnFile(["tick", "sql"]) == .init(
            stdout: "", stderr: "career-planner: cannot write \(cli.dataFile.path): the file is read-only (make it writable to save changes)\n",
            status: 74))
        #expect(cli.dataBytes() == before)
        #expect(try FileManager.default.attributesOfItem(atPath: cli.dataFile.path)[.posixPermissions] as? Int == 0o400)
    }

    @Test func shortTyposSuggestIDsThatStartWithThem() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.runOnFile(["tick", "r"]).stderr == "career-planner: unknown skill \"r\"; did you mean \"r-basics\", \"rl-basics\" or \"rl-robotics\"?\n")
    }
}
