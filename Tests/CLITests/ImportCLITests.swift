import Foundation
import Testing

/// `career-planner import`: back from a JSON export byte for byte, and never
/// over progress (or from a bad file) by accident.
@Suite struct ImportCLITests {
    /// A user with a bit of everything: target, ticks with a note and evidence, a plan, a log, changed habit rules.
    func user() throws -> CLIRunner {
        let cli = try CLIRunner()
        try cli.succeed([
            ["target", "ml-engineer"],
            ["tick", "python", "--note", "café, \"quoted\"", "--evidence", "https://github.com/me/py"],
            ["tick", "sql", "--state", "learning"],
            ["plan", "--months", "14"],
            ["log", "45", "--skill", "sql", "--note", "joins"],
            ["habit", "--minutes", "30"],
        ])
        return cli
    }

    func exported(_ cli: CLIRunner, name: String = "export.json") throws -> URL {
        let url = cli.folder.appendingPathComponent(name)
        #expect(try cli.runOnFile(["export", "--format", "json", "-o", url.path]).status == 0)
        return url
    }

    @Test func exportImportExportGivesTheSameBytes() throws {
        let cli = try user()
        defer { cli.cleanUp() }
        let first = try exported(cli)
        let other = cli.folder.appendingPathComponent("other.json")
        #expect(try cli.run(["import", first.path, "--file", other.path]) == .init(
            stdout: "Imported \(first.path) into \(other.path): target ml-engineer, 2 skills, 1 log entry, a 60-week plan\n",
            stderr: "", status: 0))
        let again = try cli.run(["export", "--format", "json", "--file", other.path])
        #expect(Data(again.stdout.utf8) == (try Data(contentsOf: first)))
        #expect(try Data(contentsOf: other) == cli.dataBytes())
        #expect(try cli.run(["status", "--file", other.path]).stdout == (try cli.runOnFile(["status"])).stdout)
    }

    @Test func existingProgressIsNotReplacedWithoutForce() throws {
        let cli = try user()
        defer { cli.cleanUp() }
        let incoming = cli.folder.appendingPathComponent("incoming.json")
        try Data("{\"schemaVersion\": 2, \"skills\": {\"git-version-control\": {\"state\": \"done\"}}}\n".utf8).write(to: incoming)
        let before = cli.snapshot()
        let path = cli.dataFile.path
        #expect(try cli.runOnFile(["import", incoming.path]) == .init(
            stdout: "", stderr: "career-planner: \(path) already holds progress (target ml-engineer, 2 skills, 1 log entry, "
                + "a 60-week plan); add --force to replace it (the old file is then kept as \(path).bak)\n", status: 73))
        #expect(cli.snapshot() == before)

        let old = cli.dataBytes()
        #expect(try cli.runOnFile(["import", incoming.path, "--force"]) == .init(
            stdout: "Imported \(incoming.path) into \(path): 1 skill, 0 log entries\n", stderr: "", status: 0))
        #expect(try Data(contentsOf: cli.backupFile) == old)
        #expect(try cli.dataText() == "{\n  \"schemaVersion\": 2,\n  \"skills\": {\n    \"git-version-control\": {\"state\": \"done\"}\n  }\n}\n")
    }

    @Test func importingWhatIsAlreadyThereChangesNothing() throws {
        let cli = try user()
        defer { cli.cleanUp() }
        let copy = try exported(cli)
        let before = cli.snapshot()
        #expect(try cli.runOnFile(["import", copy.path]) == .init(
            stdout: "\(cli.dataFile.path) already holds exactly this; nothing changed\n", stderr: "", status: 0))
        #expect(cli.snapshot() == before)
    }

    @Test func aDamagedDataFileIsReplacedOnlyWithForce() throws {
        let cli = try user()
        defer { cli.cleanUp() }
        let copy = try exported(cli)
        let good = cli.dataBytes()!
        try cli.writeData("{\"schemaVersion\": 2, \"skills\": {")
        let path = cli.dataFile.path
        #expect(try cli.runOnFile(["import", copy.path]) == .init(stdout: "", stderr: """
            career-planner: \(path):1:33: the file ends too early (cut off?)
            The data file cannot be read, so nothing was imported; add --force to replace it (it is then kept as \(path).bak)

            """, status: 65))
        #expect(try cli.dataText() == "{\"schemaVersion\": 2, \"skills\": {")
        #expect(try cli.runOnFile(["import", copy.path, "--force"]).status == 0)
        #expect(cli.dataBytes() == good)
        #expect(try String(contentsOf: cli.backupFile, encoding: .utf8) == "{\"schemaVersion\": 2, \"skills\": {")
    }

    @Test func aBadImportFileIsRefusedWithItsPlaceAndNothingIsWritten() throws {
        let cli = try user()
        defer { cli.cleanUp() }
        let before = cli.snapshot()
        let incoming = cli.folder.appendingPathComponent("in.json")
        for (text, message) in [
            ("", "\(incoming.path): the file is empty"),
            ("{\"schemaVersion\": 2, \"skills\": {}", "\(incoming.path):1:34: the file ends too early (cut off?)"),
            ("{\"schemaVersion\": 2, \"skills\": {\"python\": {\"state\": 3}}}",
             "\(incoming.path): field skills.python.state: expected text, found a number"),
            ("{\"schemaVersion\": 2, \"skills\": {}, \"colour\": \"red\"}",
             "\(incoming.path): field colour: unknown field (this career-planner would lose it on the next save; remove or rename it)"),
        ] {
            try Data(text.utf8).write(to: incoming)
            let result = try cli.runOnFile(["import", incoming.path, "--force"])
            #expect(result == .init(stdout: "", stderr: "career-planner: \(message)\nNothing was imported.\n", status: 65), "\(text)")
        }
        try Data("{\"schemaVersion\": 9, \"skills\": {}}".utf8).write(to: incoming)
        #expect(try cli.runOnFile(["import", incoming.path, "--force"]) == .init(stdout: "", stderr:
            "career-planner: \(incoming.path) was written by a newer career-planner (schema 9; this one reads up to 3); "
            + "nothing was imported\n", status: 65))
        let missing = cli.folder.appendingPathComponent("missing.json").path
        #expect(try cli.runOnFile(["import", missing]) == .init(
            stdout: "", stderr: "career-planner: cannot read \(missing): no such file\n", status: 66))
        #expect(cli.snapshot() == before)
    }

    @Test func idsTheCatalogDoesNotKnowAreKeptAndNamed() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let incoming = cli.folder.appendingPathComponent("web.json")
        let text = "{\n  \"schemaVersion\": 2,\n  \"log\": [\n    {\"date\": \"2026-11-01\", \"minutes\": 30, \"skill\": \"css-grid\"}\n  ],\n"
            + "  \"skills\": {\n    \"html\": {\"state\": \"done\"},\n    \"python\": {\"state\": \"learning\"}\n  },\n"
            + "  \"targetRole\": \"frontend-developer\"\n}\n"
        try Data(text.utf8).write(to: incoming)
        #expect(try cli.runOnFile(["import", incoming.path]) == .init(stdout: """
            Imported \(incoming.path) into \(cli.dataFile.path): target frontend-developer, 2 skills, 1 log entry
            Not in the catalog, kept as they are: 2 skills (css-grid, html)
            Not in the catalog, kept as it is: the role frontend-developer

            """, stderr: "", status: 0))
        #expect(try cli.dataText() == text)
    }
}
