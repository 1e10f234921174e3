import Foundation
import TestSupport

/// Runs the built `career-planner` binary the way a user would, with a clean
/// environment, a frozen date and a temporary data folder.
struct CLIRunner {
    struct Result: Equatable {
        var stdout: String
        var stderr: String
        var status: Int32
    }

    /// The folder the tests' own executable was built into; the binary sits beside it.
    static let binary: URL = {
        let testBinary = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var folder = testBinary.deletingLastPathComponent()
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("career-planner")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        fatalError("career-planner binary not found near \(testBinary.path)")
    }()

    /// A fresh temporary folder, removed when the runner is released.
    let folder: URL
    /// The data file inside it that `--file` points to by default.
    var dataFile: URL { folder.appendingPathComponent("progress.json") }
    var environment: [String: String]

    init(today: String = "2026-11-22") throws {
        folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("career-planner-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        environment = [
            "PATH": "/usr/bin:/bin",
            "HOME": folder.path,
            "LANG": "C.UTF-8",
            "CAREER_PLANNER_TODAY": today,
        ]
    }

    func cleanUp() {
        try? FileManager.default.removeItem(at: folder)
    }

    /// Runs the binary with `arguments`, stdin empty; stdout and stderr go to
    /// files, so that nothing the child leaves open can keep the test waiting.
    func run(_ arguments: [String], environment extra: [String: String] = [:]) throws -> Result {
        let result = try ChildProcess.run(Self.binary.path, arguments, environment: environment.merging(extra) { _, new in new },
                                          in: folder.path)
        return Result(stdout: String(decoding: result.stdout, as: UTF8.self),
                      stderr: String(decoding: result.stderr, as: UTF8.self),
                      status: result.status)
    }

    /// Runs with `--file` pointing at this runner's data file.
    func runOnFile(_ arguments: [String], environment extra: [String: String] = [:]) throws -> Result {
        try run(arguments + ["--file", dataFile.path], environment: extra)
    }
}
