import Foundation
import TestSupport
import Testing

/// The catalog is compiled into the binary, so a copy of it runs anywhere.
@Suite struct PortableBinaryTests {
    @Test func aCopiedBinaryRunsFromAnotherFolder() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let copy = cli.folder.appendingPathComponent("elsewhere/career-planner")
        try FileManager.default.createDirectory(at: copy.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: CLIRunner.binary, to: copy)

        let result = try ChildProcess.run(copy.path, ["roles", "--json", "--file", cli.dataFile.path], environment: cli.environment,
                                          directory: copy.deletingLastPathComponent().path, in: cli.folder.path)

        #expect(result.status == 0)
        let roles = try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [[String: Any]])
        #expect(roles.count == 9)
    }
}
