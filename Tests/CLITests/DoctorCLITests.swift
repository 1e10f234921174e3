import Foundation
import Testing

/// `career-planner doctor`: one line per check, what to do where something is
/// wrong, and nothing changed.
@Suite struct DoctorCLITests {
    @Test func aHealthyFileAndItsBackupAreAllOK() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.succeed([["target", "ml-engineer"], ["tick", "python"], ["log", "30"]])
        let path = cli.dataFile.path
        let size = try #require(cli.dataBytes()).count
        let before = cli.snapshot()
        #expect(try cli.runOnFile(["doctor"]) == .init(stdout: """
            ok       data file: \(path) reads well: target ml-engineer, 1 skill, 1 log entry (\(size) bytes, schema 2)
            ok       backup: \(path).bak reads well: target ml-engineer, 1 skill, 0 log entries
            ok       permissions: the file is yours alone
            ok       lock: no career-planner is writing the file now
            ok       catalog: the built-in one (9 roles, 81 skills)

            """, stderr: "", status: 0))
        #expect(cli.snapshot() == before)
    }

    @Test func noFileYetIsFine() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let path = cli.dataFile.path
        #expect(try cli.runOnFile(["doctor"]) == .init(stdout: """
            ok       data file: \(path) is not there yet; the first change makes it
            ok       backup: none yet (each save keeps the file before it as \(path).bak)
            ok       permissions: the file is yours alone
            ok       lock: no career-planner is writing the file now
            ok       catalog: the built-in one (9 roles, 81 skills)

            """, stderr: "", status: 0))
        #expect(!CLIRunner.exists(cli.dataFile))
    }

    @Test func aDamagedFileWithAGoodBackupPointsToRestoreAndWarnsOfWhatIsWrongAround() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.succeed([["target", "ml-engineer"], ["tick", "python"]])
        try cli.writeData("{\"schemaVersion\": 2")
        let path = cli.dataFile.path
        #expect(chmod(path, 0o644) == 0)
        let leftover = cli.folder.appendingPathComponent(".progress.json.tmp-Ab12Cd").path
        try Data("half".utf8).write(to: URL(fileURLWithPath: leftover))
        let before = cli.snapshot()
        #expect(try cli.runOnFile(["doctor"]) == .init(stdout: """
            problem  data file: \(path):1:20: the file ends too early (cut off?); the backup is good: 'career-planner restore --from-backup' puts it back
            ok       backup: \(path).bak reads well: target ml-engineer, 0 skills, 0 log entries
            warning  permissions: \(path) can be read by others (mode 644); 'chmod 600 \(path)' makes it yours alone
            ok       lock: no career-planner is writing the file now
            warning  leftover: \(leftover) is half a save that was cut off; it is not your data, and the next change removes it
            ok       catalog: the built-in one (9 roles, 81 skills)

            """, stderr: "", status: 65))
        #expect(cli.snapshot() == before)
        #expect(CLIRunner.exists(URL(fileURLWithPath: leftover)))
    }

    @Test func aBadOrMissingCustomCatalogIsAProblem() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let catalog = cli.folder.appendingPathComponent("catalog.json").path
        try Data("{\"formatVersion\": 1, \"skills\": [{\"id\": \"x\"}]}".utf8).write(to: URL(fileURLWithPath: catalog))
        let result = try cli.runOnFile(["doctor", "--catalog", catalog])
        #expect(result.status == 65)
        #expect(result.stdout.hasSuffix("problem  catalog: \(catalog) has 1 problem, so every command stops; "
                                        + "'career-planner catalog check \(catalog)' lists them\n"))
        let missing = try cli.runOnFile(["doctor", "--catalog", cli.folder.appendingPathComponent("nope.json").path])
        #expect(missing.stdout.hasSuffix("problem  catalog: cannot find the catalog \(cli.folder.path)/nope.json\n"))
        #expect(missing.status == 65)
    }
}
