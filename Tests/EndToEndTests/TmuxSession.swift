import Foundation

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

    /// Runs tmux with this session's socket and returns its output. Spawned and
    /// reaped directly, with output through a file: the tmux server that the
    /// first command starts inherits the client's descriptors and outlives it.
    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        let outputPath = folder.appendingPathComponent("tmux-output-\(UUID().uuidString)").path
        defer { unlink(outputPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ["tmux", "-L", socket] + arguments
        var cArguments = argv.map { strdup($0) } + [nil]
        defer { cArguments.forEach { free($0) } }
        // The test runner's threads block signals, and a spawned process inherits that:
        // start tmux (and so the program under test) with none blocked and none ignored.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t(), allSignals = sigset_t()
        sigemptyset(&noSignals)
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, "tmux", &actions, &attributes, &cArguments, environ)
        guard spawned == 0 else { throw TmuxMissing(code: spawned) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
    }

    struct TmuxMissing: Error { var code: Int32 }

    /// Starts `command` (a shell command line) in a new window of the given size.
    func start(_ command: String, width: Int, height: Int) throws {
        try tmux(["new-session", "-d", "-s", "e2e", "-x", "\(width)", "-y", "\(height)", "sh", "-c", command])
    }

    /// Runs a CLI subcommand on this session's data file, outside tmux; returns its exit status.
    func runCommandLine(_ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: TmuxSession.binary)
        process.arguments = arguments + ["--file", dataFile]
        process.environment = ["CAREER_PLANNER_TODAY": "2026-11-22", "HOME": folder.path]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
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
}
