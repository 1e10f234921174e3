import Foundation

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

    /// Runs the binary with `arguments`, and `input` on stdin.
    func run(_ arguments: [String], environment extra: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        process.environment = environment.merging(extra) { _, new in new }
        // stderr goes to a file, stdout through a pipe read to the end, so a
        // large output cannot block the child.
        let errorsFile = folder.appendingPathComponent("stderr-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: errorsFile.path, contents: nil)
        let errors = try FileHandle(forWritingTo: errorsFile)
        defer { try? FileManager.default.removeItem(at: errorsFile) }
        let out = Pipe()
        process.standardOutput = out
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try errors.close()
        let errData = try Data(contentsOf: errorsFile)
        return Result(stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self),
                      status: process.terminationStatus)
    }

    /// Runs with `--file` pointing at this runner's data file.
    func runOnFile(_ arguments: [String], environment extra: [String: String] = [:]) throws -> Result {
        try run(arguments + ["--file", dataFile.path], environment: extra)
    }
}
