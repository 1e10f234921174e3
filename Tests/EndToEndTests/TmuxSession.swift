import Foundation
import TestSupport

/// A tmux server of the test's own (its own socket), running the real binary
/// in a real terminal, with keys sent and the screen read back.
struct TmuxSession {
    let socket = "career-planner-e2e-\(UUID().uuidString.prefix(8))"
    let folder: URL

    /// The built `career-planner`, beside the test bundle.
    static let binary: String = {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("career-planner").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        fatalError("career-planner binary not found")
    }()

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("career-planner-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    var dataFile: String { folder.appendingPathComponent("progress.json").path }

    /// The environment the program gets: a frozen date, a UTF-8 locale, a private home.
    var environment: String {
        "env -i PATH=/usr/bin:/bin HOME=\(folder.path) LANG=C.UTF-8 TERM=tmux-256color CAREER_PLANNER_TODAY=2026-11-22"
    }

    /// Runs tmux with this session's socket and returns its output. The tmux
    /// server that the first command starts outlives it, holding what it was
    /// given: ChildProcess gives it no descriptor of this process but its output file.
    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        String(decoding: try ChildProcess.run("tmux", ["-L", socket] + arguments, in: folder.path).stdout, as: UTF8.self)
    }

    /// Starts `command` (a shell command line) in a new window of the given size.
    func start(_ command: String, width: Int, height: Int) throws {
        try tmux(["new-session", "-d", "-s", "e2e", "-x", "\(width)", "-y", "\(height)", "sh", "-c", command])
    }

    /// Runs a CLI subcommand on this session's data file, outside tmux; returns its exit status.
    func runCommandLine(_ arguments: [String]) throws -> Int32 {
        try ChildProcess.start(TmuxSession.binary, arguments + ["--file", dataFile],
                               environment: ["CAREER_PLANNER_TODAY": "2026-11-22", "HOME": folder.path]).wait()
    }

    func send(_ keys: String...) throws { try tmux(["send-keys", "-t", "e2e"] + keys) }

    func screen() throws -> String { try tmux(["capture-pane", "-p", "-t", "e2e"]) }

    /// Waits up to `seconds` for `condition`; true when it came.
    func wait(seconds: Double = 10, for condition: () throws -> Bool) rethrows -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if try condition() { return true }
            Thread.sleep(forTimeInterval: 0.1)
        }
        return try condition()
    }

    func waitForScreen(containing text: String, seconds: Double = 10) throws -> Bool {
        try wait(seconds: seconds) { try screen().contains(text) }
    }

    func file(_ name: String) -> String? {
        try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    }

    func stop() {
        _ = try? tmux(["kill-server"])
        try? FileManager.default.removeItem(at: folder)
    }

    /// A data file with `entries` log entries over five years and a target role.
    func writeLargeDataFile(entries: Int) throws {
        var text = "{\n  \"schemaVersion\": 2,\n  \"log\": [\n"
        for index in 0..<entries {
            let date = String(format: "%04d-%02d-%02d", 2021 + index % 5, 1 + index % 12, 1 + index % 28)
            text += "    {\"date\": \"\(date)\", \"minutes\": \(1 + index % 90), \"skill\": \"python\"}"
            text += index == entries - 1 ? "\n" : ",\n"
        }
        text += "  ],\n  \"skills\": {},\n  \"targetRole\": \"ml-engineer\"\n}\n"
        try text.write(toFile: dataFile, atomically: true, encoding: .utf8)
    }
}
