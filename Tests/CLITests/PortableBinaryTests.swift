import Foundation
import Testing

/// The catalog is compiled into the binary, so a copy of it runs anywhere.
@Suite struct PortableBinaryTests {
    @Test func aCopiedBinaryRunsFromAnotherFolder() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let copy = cli.folder.appendingPathComponent("elsewhere/career-planner")
        try FileManager.default.createDirectory(at: copy.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: CLIRunner.binary, to: copy)

        let process = Process()
        process.executableURL = copy
        process.arguments = ["roles", "--json", "--file", cli.dataFile.path]
        process.currentDirectoryURL = copy.deletingLastPathComponent()
        process.environment = cli.environment
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()

        #expect(process.terminationStatus == 0)
        let roles = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        #expect(roles.count == 9)
    }
}
