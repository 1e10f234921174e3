import Foundation
import Testing

/// Data files the program cannot read: each one is reported with its path and
/// the line:column or the field, exit 65, and left byte for byte as it was,
/// by a read command (status) and by a write command (tick) alike.
@Suite struct BadFileCLITests {
    struct BadFile: Sendable, CustomTestStringConvertible {
        var name: String
        var text: String
        /// What follows `career-planner: <path>` on stderr.
        var problem: String
        var testDescription: String { name }
    }

    static let keptTrailer = "\nThe file was not changed. Fix it by hand, or put the backup back with "
        + "'career-planner restore --from-backup' ('career-planner doctor' checks both).\n"

    static let cases: [BadFile] = [
        BadFile(name: "invalid JSON (missing comma)",
                text: "{\n  \"schemaVersion\": 1\n  \"skills\": {}\n}\n",
                problem: ":3:3: this is not valid JSON: expected ',' or '}'" + keptTrailer),
        BadFile(name: "invalid JSON (single quotes)",
                text: "{\n  \"schemaVersion\": 1,\n  \"skills\": {\n    \"python\": {\"state\": 'done'}\n  }\n}\n",
                problem: ":4:25: this is not valid JSON: expected a value" + keptTrailer),
        BadFile(name: "invalid JSON (text after the end)",
                text: "{\"schemaVersion\": 1, \"skills\": {}} x",
                problem: ":1:36: this is not valid JSON: expected the end of the file" + keptTrailer),
        BadFile(name: "state is a number",
                text: "{\"schemaVersion\": 1, \"skills\": {\"python\": {\"state\": 3}}}\n",
                problem: ": field skills.python.state: expected text, found a number" + keptTrailer),
        BadFile(name: "state is not one of the four",
                text: "{\"schemaVersion\": 1, \"skills\": {\"python\": {\"state\": \"finished\"}}}\n",
                problem: ": field skills.python.state: expected one of todo, learning, done, skipped, found \"finished\""
                    + keptTrailer),
        BadFile(name: "changed is not a real date",
                text: "{\"schemaVersion\": 1, \"skills\": {\"python\": {\"changed\": \"2026-02-30\", \"state\": \"done\"}}}\n",
                problem: ": field skills.python.changed: expected a date as YYYY-MM-DD, found \"2026-02-30\"" + keptTrailer),
        BadFile(name: "skills is a list",
                text: "{\"schemaVersion\": 1, \"skills\": []}\n",
                problem: ": field skills: expected an object, found a list" + keptTrailer),
        BadFile(name: "targetRole is a number",
                text: "{\n  \"schemaVersion\": 1,\n  \"skills\": {},\n  \"targetRole\": 5\n}\n",
                problem: ": field targetRole: expected text, found a number" + keptTrailer),
        BadFile(name: "schemaVersion missing",
                text: "{\"skills\": {}}\n",
                problem: ": field schemaVersion: this field is missing" + keptTrailer),
        BadFile(name: "schemaVersion 0",
                text: "{\"schemaVersion\": 0, \"skills\": {}}\n",
                problem: ": field schemaVersion: expected a version from 1, found 0" + keptTrailer),
        BadFile(name: "the top level is a list",
                text: "[1, 2]\n",
                problem: ": field (top level): expected an object, found a list" + keptTrailer),
        BadFile(name: "truncated",
                text: "{\n  \"schemaVersion\": 1,\n  \"skills\": {\n    \"python\": {\"state\": \"do",
                problem: ":4:28: the file ends too early (cut off?)" + keptTrailer),
        BadFile(name: "empty",
                text: "",
                problem: ": the file is empty" + keptTrailer),
        BadFile(name: "only whitespace",
                text: "  \n\n",
                problem: ": the file is empty" + keptTrailer),
        BadFile(name: "newer schemaVersion",
                text: "{\"schemaVersion\": 99, \"skills\": {\"python\": {\"state\": \"mastered\"}}, \"goals\": []}\n",
                problem: " was written by a newer career-planner (schema 99; this one reads up to 3). "
                    + "Update career-planner; the file was not changed.\n"),
    ]

    static func expected(_ bad: BadFile, path: String) -> CLIRunner.Result {
        .init(stdout: "", stderr: "career-planner: " + path
              + bad.problem.replacingOccurrences(of: "PATH", with: path), status: 65)
    }

    @Test(arguments: cases)
    func statusReportsTheProblemAndLeavesTheFile(_ bad: BadFile) throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.writeData(bad.text)
        #expect(try cli.runOnFile(["status"]) == Self.expected(bad, path: cli.dataFile.path))
        #expect(try cli.runOnFile(["status", "--json"]) == Self.expected(bad, path: cli.dataFile.path))
        #expect(cli.dataBytes() == Data(bad.text.utf8))
    }

    @Test(arguments: cases)
    func tickReportsTheProblemAndWritesNothing(_ bad: BadFile) throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.writeData(bad.text)
        #expect(try cli.runOnFile(["tick", "python"]) == Self.expected(bad, path: cli.dataFile.path))
        #expect(try cli.runOnFile(["target", "data-analyst"]) == Self.expected(bad, path: cli.dataFile.path))
        #expect(cli.dataBytes() == Data(bad.text.utf8))
        #expect(!CLIRunner.exists(cli.backupFile))
    }

    @Test func theDefaultLocationIsNamedTooWhenNoFileOptionIsGiven() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let file = cli.folder.appendingPathComponent(".local/share/career-planner/progress.json")
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("{\"schemaVersion\": 1, \"skills\": {\"python\": {\"state\": 3}}}\n".utf8).write(to: file)
        #expect(try cli.run(["tick", "python"]) == .init(stdout: "", stderr: """
            career-planner: \(file.path): field skills.python.state: expected text, found a number
            The file was not changed. Fix it by hand, or put the backup back with 'career-planner restore --from-backup' ('career-planner doctor' checks both).

            """, status: 65))
    }

    /// A folder where the data file should be is something the system refuses, like a permission: exit 74.
    @Test(arguments: [["status"], ["tick", "python"]])
    func aFolderInsteadOfTheFileIsReportedWithItsPath(command: [String]) throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try FileManager.default.createDirectory(at: cli.dataFile, withIntermediateDirectories: false)
        let result = try cli.runOnFile(command)
        #expect(result.stdout == "")
        #expect(result.stderr == "career-planner: cannot read \(cli.dataFile.path): it is a folder, not a file\n")
        #expect(result.status == 74)
        var isFolder: ObjCBool = false
        #expect(FileManager.default.fileExists(atPath: cli.dataFile.path, isDirectory: &isFolder) && isFolder.boolValue)
        #expect(try FileManager.default.contentsOfDirectory(atPath: cli.dataFile.path).isEmpty)
    }

    /// Trailing commas are not JSON (RFC 8259); the file must be refused, not read and rewritten.
    @Test(arguments: [["status"], ["tick", "sql"]])
    func aTrailingCommaIsInvalidJSON(command: [String]) throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let text = "{\n  \"schemaVersion\": 1,\n  \"skills\": {\n    \"python\": {\"state\": \"done\"},\n  }\n}\n"
        try cli.writeData(text)
        let result = try cli.runOnFile(command)
        #expect(result.status == 65)
        #expect(result.stdout == "")
        #expect(result.stderr == "career-planner: \(cli.dataFile.path):5:3: this is not valid JSON: "
                + "expected a field name in double quotes"
                + Self.keptTrailer.replacingOccurrences(of: "PATH", with: cli.dataFile.path))
        #expect(cli.dataBytes() == Data(text.utf8))
        #expect(!CLIRunner.exists(cli.backupFile))
    }

    /// A misspelt literal is bad syntax at that spot, not a file that was cut off.
    @Test func aMisspeltLiteralIsNotReportedAsACutOffFile() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let text = "{\"schemaVersion\": 1, \"skills\": {}, \"targetRole\": nul}"
        try cli.writeData(text)
        let result = try cli.runOnFile(["status"])
        #expect(result.status == 65)
        #expect(result.stderr == "career-planner: \(cli.dataFile.path):1:50: this is not valid JSON: "
                + "expected a value (null?)" + Self.keptTrailer.replacingOccurrences(of: "PATH", with: cli.dataFile.path))
        #expect(cli.dataBytes() == Data(text.utf8))
    }
}
