import Foundation
import Testing

/// `career-planner export`: where the export goes, which format, and what it
/// refuses, with exact messages and exit codes.
@Suite struct ExportCLITests {
    /// A target, two ticks and a plan made on the frozen day.
    func user() throws -> CLIRunner {
        let cli = try CLIRunner()
        try cli.succeed([["target", "data-analyst"], ["tick", "python", "sql"], ["plan", "--months", "12"]])
        return cli
    }

    func file(_ name: String, in cli: CLIRunner) -> URL { cli.folder.appendingPathComponent(name) }

    @Test func jsonGoesToStdoutAsTheDataFilesOwnBytes() throws {
        let cli = try user()
        defer { cli.cleanUp() }
        #expect(try cli.runOnFile(["export", "--format", "json"]) == .init(stdout: try cli.dataText(), stderr: "", status: 0))
        #expect(try cli.runOnFile(["export", "--format", "json", "--output", "-"]).stdout == (try cli.dataText()))
    }

    @Test func anOutputFileIsWrittenAndNamedAndTheFormatFollowsItsEnding() throws {
        let cli = try user()
        defer { cli.cleanUp() }
        let stdout = try cli.runOnFile(["export", "--format", "markdown"]).stdout
        for (name, format) in [("report.md", "markdown"), ("REPORT.MARKDOWN", "markdown"), ("plan.ics", "ics"),
                               ("skills.csv", "csv"), ("copy.json", "json")] {
            let path = file(name, in: cli).path
            #expect(try cli.runOnFile(["export", "-o", path]) == .init(stdout: "Exported \(format) to \(path)\n", stderr: "", status: 0))
            #expect(FileManager.default.fileExists(atPath: path))
        }
        #expect(String(decoding: try Data(contentsOf: file("report.md", in: cli)), as: UTF8.self) == stdout)
        #expect(try Data(contentsOf: file("copy.json", in: cli)) == cli.dataBytes())
        let mode = try FileManager.default.attributesOfItem(atPath: file("plan.ics", in: cli).path)[.posixPermissions] as? Int
        #expect(mode == 0o644)
    }

    @Test func theLogSpreadsheetIsSaidSo() throws {
        let cli = try user()
        defer { cli.cleanUp() }
        let path = file("log.csv", in: cli).path
        #expect(try cli.runOnFile(["export", "--log", "-o", path]) ==
                .init(stdout: "Exported csv (the study log) to \(path)\n", stderr: "", status: 0))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "date,minutes,skill,note\r\n")
    }

    @Test func anExistingFileIsLeftAloneWithoutForceAndReplacedWithIt() throws {
        let cli = try user()
        defer { cli.cleanUp() }
        let target = file("report.md", in: cli)
        try Data("my own notes\n".utf8).write(to: target)
        #expect(try cli.runOnFile(["export", "-o", target.path]) == .init(
            stdout: "", stderr: "career-planner: \(target.path) already exists and was left as it is; add --force to replace it\n",
            status: 73))
        #expect(try Data(contentsOf: target) == Data("my own notes\n".utf8))
        #expect(try cli.runOnFile(["export", "-o", target.path, "--force"]).status == 0)
        #expect(String(decoding: try Data(contentsOf: target), as: UTF8.self).hasPrefix("# Career progress: Data analyst\n"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: cli.folder.path).sorted()
                == ["progress.json", "progress.json.bak", "progress.json.lock", "report.md"])
    }

    @Test func aFolderOrAMissingFolderIsRefusedWithTheReason() throws {
        let cli = try user()
        defer { cli.cleanUp() }
        let folder = file("reports", in: cli)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        #expect(try cli.runOnFile(["export", "--format", "csv", "-o", folder.path, "--force"]) == .init(
            stdout: "", stderr: "career-planner: cannot write \(folder.path): it is a folder\n", status: 73))
        let nowhere = file("nowhere/report.md", in: cli).path
        #expect(try cli.runOnFile(["export", "-o", nowhere]) == .init(
            stdout: "", stderr: "career-planner: cannot write \(nowhere): No such file or directory\n", status: 74))
    }

    @Test func withoutAFormatOrWithLogOutsideCSVItIsAUsageError() throws {
        let cli = try user()
        defer { cli.cleanUp() }
        let before = cli.snapshot()
        for (arguments, message) in [
            (["export"], "say which format: --format markdown, csv, ics or json"),
            (["export", "-o", "report.txt"], "say which format: --format markdown, csv, ics or json"),
            (["export", "--format", "ics", "--log"], "--log goes with --format csv"),
            (["export", "-o", "plan.json", "--log"], "--log goes with --format csv"),
        ] {
            let result = try cli.runOnFile(arguments)
            #expect(result.status == 64)
            #expect(result.stderr.hasPrefix("Error: \(message)\n"), "\(arguments)")
        }
        let unknown = try cli.runOnFile(["export", "--format", "pdf"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("'pdf'"))
        #expect(cli.snapshot() == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: cli.folder.path).sorted()
                == ["progress.json", "progress.json.bak", "progress.json.lock"])
    }

    @Test func aCalendarWithoutAPlanSaysHowToMakeOne() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.succeed([["target", "data-analyst"]])
        let path = file("plan.ics", in: cli)
        #expect(try cli.runOnFile(["export", "-o", path.path]) == .init(
            stdout: "", stderr: "career-planner: there is no plan to put in a calendar yet; make one with 'career-planner plan'\n",
            status: 64))
        #expect(!CLIRunner.exists(path))
    }

    @Test func aDataFileThatCannotBeReadExportsNothing() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.writeData("{\"schemaVersion\": 2, \"skills\": {\"python\": {\"state\": \"finished\"}}}\n")
        let path = file("copy.json", in: cli)
        let result = try cli.runOnFile(["export", "-o", path.path])
        #expect(result.status == 65)
        #expect(result.stderr.hasPrefix("career-planner: \(cli.dataFile.path): field skills.python.state: "))
        #expect(!CLIRunner.exists(path))
    }
}
