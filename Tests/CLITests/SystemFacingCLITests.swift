import Foundation
import Testing
import TestSupport

/// What the program takes from the system itself, now that it links only
/// FoundationEssentials (not Foundation, its international part and ICU,
/// which cost every start-up about 3 ms): the local date in the user's time
/// zone, files that are not plain files, and the libraries it needs.
@Suite struct SystemFacingCLITests {
    /// The date `date` gives in the time zone `zone`.
    static func systemDate(zone: String) throws -> String {
        let result = try ChildProcess.run("/bin/date", ["+%F"], environment: ["TZ": zone], in: "/")
        return String(decoding: result.stdout, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// UTC+14 and UTC-12 are always a day or two apart: a program that took
    /// either for UTC would log on the wrong day in one of them.
    @Test(arguments: ["Pacific/Kiritimati", "Etc/GMT+12"])
    func studyIsLoggedOnTheLocalDateOfTheTimeZone(zone: String) throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let before = try Self.systemDate(zone: zone)
        let result = try cli.runOnFile(["log", "30"], environment: ["CAREER_PLANNER_TODAY": "", "TZ": zone])
        let after = try Self.systemDate(zone: zone)
        #expect(result.status == 0, "\(result.stderr)")
        let saved = try cli.dataText()
        #expect(saved.contains("\"date\": \"\(before)\"") || saved.contains("\"date\": \"\(after)\""), "\(zone): \(saved)")
    }

    @Test func aPipeInPlaceOfTheCatalogOrAnImportIsRefusedNotWaitedOn() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let pipe = cli.folder.appendingPathComponent("pipe.json").path
        #expect(mkfifo(pipe, 0o600) == 0)
        #expect(try cli.runOnFile(["--catalog", pipe, "status"]) == .init(
            stdout: "", stderr: "career-planner: cannot read the catalog \(pipe): it is not a plain file (a pipe or a device?)\n",
            status: 74))
        #expect(try cli.runOnFile(["import", pipe]) == .init(
            stdout: "", stderr: "career-planner: cannot read \(pipe): it is not a plain file (a pipe or a device?)\n", status: 74))
        #expect(try cli.runOnFile(["import", cli.folder.path]) == .init(
            stdout: "", stderr: "career-planner: cannot read \(cli.folder.path): it is a folder, not a file\n", status: 74))
        #expect(cli.dataBytes() == nil, "nothing written")
    }

    /// The names of the shared libraries a binary needs are in its dynamic
    /// string table, each ended by a zero byte.
    @Test func theProgramNeedsFoundationEssentialsAndNotTheRestOfFoundation() throws {
        let binary = try Data(contentsOf: CLIRunner.binary)
        func needs(_ library: String) -> Bool { binary.range(of: Data((library + "\0").utf8)) != nil }
        #expect(needs("libFoundationEssentials.so"))
        #expect(!needs("libFoundation.so"))
        #expect(!needs("libFoundationInternationalization.so"))
        #expect(!needs("lib_FoundationICU.so"))
    }
}
