import Foundation
import Testing

/// `career-planner restore --from-backup`: shows both files, asks, keeps the
/// file it replaces, and refuses to guess.
@Suite struct RestoreCLITests {
    /// A good file with a backup one change older, then the file cut off.
    func damaged() throws -> (CLIRunner, good: Data) {
        let cli = try CLIRunner()
        try cli.succeed([["target", "ml-engineer"], ["tick", "python"]])
        let backup = try Data(contentsOf: cli.backupFile)
        try cli.writeData("{\"schemaVersion\": 2, \"skills\": {")
        return (cli, backup)
    }

    func names(_ cli: CLIRunner) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: cli.folder.path).sorted()
    }

    @Test func askedOnATerminalYesPutsTheBackupBackAndKeepsTheDamagedFile() throws {
        let (cli, good) = try damaged()
        defer { cli.cleanUp() }
        let path = cli.dataFile.path
        let (output, status) = try cli.runOnTerminal(["restore", "--from-backup", "--file", path], answer: ("[y/N] ", "y\n"))
        let text = String(decoding: output, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n")
        #expect(status == 0)
        let kept = try #require(try names(cli).first { $0.hasPrefix("progress.json.broken-") })
        // The local time it was put aside, as year month day - hour minute second.
        let stamp = try #require(kept.wholeMatch(of: /progress\.json\.broken-(\d{4})(\d\d)(\d\d)-(\d\d)(\d\d)(\d\d)/))
        #expect(Int(stamp.1)! >= 2024 && (1...12).contains(Int(stamp.2)!) && (1...31).contains(Int(stamp.3)!))
        #expect(Int(stamp.4)! < 24 && Int(stamp.5)! < 60 && Int(stamp.6)! < 61)
        #expect(text == """
            Backup   \(path).bak: target ml-engineer, 0 skills, 0 log entries
            Current  \(path): cannot be read (\(path):1:33: the file ends too early (cut off?))
            Replace \(path) with its backup? [y/N] y
            Restored \(path) from its backup; the file it replaced is kept as \(cli.folder.path)/\(kept)

            """)
        #expect(cli.dataBytes() == good)
        #expect(try Data(contentsOf: cli.backupFile) == good)
        #expect(try String(contentsOfFile: cli.folder.path + "/" + kept, encoding: .utf8) == "{\"schemaVersion\": 2, \"skills\": {")
        #expect(try cli.runOnFile(["status", "--short"]).stdout == "Machine learning engineer 0% · streak 0\n")
    }

    @Test func anyOtherAnswerChangesNothing() throws {
        let (cli, _) = try damaged()
        defer { cli.cleanUp() }
        let before = cli.snapshot()
        let (output, status) = try cli.runOnTerminal(["restore", "--from-backup", "--file", cli.dataFile.path], answer: ("[y/N] ", "\n"))
        #expect(status == 0)
        #expect(String(decoding: output, as: UTF8.self).hasSuffix("[y/N] \r\nNothing changed.\r\n"))
        #expect(cli.snapshot() == before)
        #expect(try names(cli) == ["progress.json", "progress.json.bak", "progress.json.lock"])
    }

    @Test func withoutATerminalItNeedsYes() throws {
        let (cli, good) = try damaged()
        defer { cli.cleanUp() }
        let before = cli.snapshot()
        let refused = try cli.runOnFile(["restore", "--from-backup"])
        #expect(refused.status == 64)
        #expect(refused.stderr == "career-planner: restore asks before it replaces the data file; add --yes to do it without asking\n")
        #expect(cli.snapshot() == before)
        #expect(try cli.runOnFile(["restore", "--from-backup", "--yes"]).status == 0)
        #expect(cli.dataBytes() == good)
    }

    @Test func noBackupOrABadOneIsSaidAndNothingChanges() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.succeed([["target", "ml-engineer"]])
        #expect(try cli.runOnFile(["restore", "--from-backup", "--yes"]) == .init(stdout: "", stderr:
            "career-planner: there is no backup of \(cli.dataFile.path) (\(cli.dataFile.path).bak); nothing to restore\n", status: 66))
        try Data("[1, 2".utf8).write(to: cli.backupFile)
        let before = cli.snapshot()
        #expect(try cli.runOnFile(["restore", "--from-backup", "--yes"]) == .init(stdout: "", stderr:
            "career-planner: the backup cannot be read either, so nothing was changed: \(cli.dataFile.path).bak:1:6: "
            + "the file ends too early (cut off?)\n", status: 65))
        #expect(cli.snapshot() == before)
        let noSource = try cli.runOnFile(["restore"])
        #expect(noSource.status == 64)
        #expect(noSource.stderr.hasPrefix("Error: say where from: --from-backup (the only source for now)\n"))
    }
}
