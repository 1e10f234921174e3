import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A program the tests start, spawned and reaped directly rather than through
/// Foundation's Process. The tests start hundreds of programs at once from
/// several threads, and Process there has two hazards: waitUntilExit waits
/// on a run loop that can miss the child's end, and a pipe's writing end can
/// leak into a program started at the same moment, so that reading to the
/// end waits as long as that program lives (a tmux server: until killed).
/// So the child gets only its three standard descriptors (every other one
/// is closed in it), its output goes to files, and the test waits with
/// waitpid, which cannot miss the end.
public struct ChildProcess: Sendable {
    public let pid: pid_t

    /// Where one of the child's standard descriptors comes from or goes.
    public enum Stream: Sendable {
        /// /dev/null.
        case null
        /// The file at the path, opened in the child: read for stdin; for stdout
        /// and stderr, created and emptied, or a device such as a terminal or /dev/full.
        case file(String)
    }

    public struct SpawnFailed: Error, CustomStringConvertible {
        public let executable: String
        public let code: Int32
        public var description: String { "cannot start \(executable): \(String(cString: strerror(code)))" }
    }

    /// Starts `executable` with `arguments`, the environment given (this
    /// process's when nil), in `directory` when given, with no signal blocked
    /// or ignored (the test runner's threads block some, and a child would inherit that).
    public static func start(_ executable: String, _ arguments: [String], environment: [String: String]? = nil,
                             directory: String? = nil, stdin: Stream = .null, stdout: Stream = .null,
                             stderr: Stream = .null) throws -> ChildProcess {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for (descriptor, stream) in [(Int32(0), stdin), (1, stdout), (2, stderr)] {
            let path: String, flags: Int32
            switch stream {
            case .null: (path, flags) = ("/dev/null", descriptor == 0 ? O_RDONLY : O_WRONLY)
            case .file(let file): (path, flags) = (file, descriptor == 0 ? O_RDONLY : O_WRONLY | O_CREAT | O_TRUNC | O_NOCTTY)
            }
            posix_spawn_file_actions_addopen(&actions, descriptor, path, flags, 0o600)
        }
        _ = Spawn.closeFrom(&actions, 3)
        if let directory { _ = Spawn.changeDirectory(&actions, directory) }

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t(), allSignals = sigset_t()
        sigemptyset(&noSignals)
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let argv = [executable] + arguments
        let variables = (environment ?? ProcessInfo.processInfo.environment).map { "\($0.key)=\($0.value)" }
        var cArguments = argv.map { strdup($0) } + [nil]
        var cEnvironment = variables.map { strdup($0) } + [nil]
        defer {
            cArguments.forEach { free($0) }
            cEnvironment.forEach { free($0) }
        }
        var pid: pid_t = 0
        // A program just written (a copied binary) is "busy" while a child started meanwhile by
        // another thread still holds the writer's descriptor, until that child's exec closes it:
        // tried again for up to a second.
        var attempts = 0
        while true {
            let spawned = executable.contains("/")
                ? posix_spawn(&pid, executable, &actions, &attributes, &cArguments, &cEnvironment)
                : posix_spawnp(&pid, executable, &actions, &attributes, &cArguments, &cEnvironment)
            if spawned == 0 { return ChildProcess(pid: pid) }
            attempts += 1
            guard spawned == ETXTBSY, attempts < 100 else { throw SpawnFailed(executable: executable, code: spawned) }
            usleep(10_000)
        }
    }

    /// Runs `executable` to its end with stdout and stderr in files in
    /// `folder`, removed afterwards; returns both and the exit status.
    public static func run(_ executable: String, _ arguments: [String], environment: [String: String]? = nil,
                           directory: String? = nil, stdin: Stream = .null,
                           in folder: String) throws -> (stdout: Data, stderr: Data, status: Int32) {
        let name = folder + "/child-\(UUID().uuidString)"
        defer {
            unlink(name + ".out")
            unlink(name + ".err")
        }
        let child = try start(executable, arguments, environment: environment, directory: directory, stdin: stdin,
                              stdout: .file(name + ".out"), stderr: .file(name + ".err"))
        let status = child.wait()
        let out = FileManager.default.contents(atPath: name + ".out") ?? Data()
        let err = FileManager.default.contents(atPath: name + ".err") ?? Data()
        return (out, err, status)
    }

    /// Waits for the child to end; its exit code, or the number of the signal
    /// that ended it (as Process.terminationStatus has it).
    public func wait() -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else { return -1 }
        }
        return Self.decode(status)
    }

    /// The child's status when it has ended (and is reaped now); nil while it runs.
    public func ended() -> Int32? {
        var status: Int32 = 0
        let result = waitpid(pid, &status, WNOHANG)
        return result == pid ? Self.decode(status) : nil
    }

    /// Sends `signal` to the child.
    public func send(_ signal: Int32) {
        kill(pid, signal)
    }

    private static func decode(_ status: Int32) -> Int32 {
        let signal = status & 0x7f
        return signal == 0 ? (status >> 8) & 0xff : signal
    }
}

/// The glibc spawn actions that the Glibc module does not import (glibc 2.34
/// and 2.29), looked up at run time.
private enum Spawn {
    typealias Actions = UnsafeMutablePointer<posix_spawn_file_actions_t>
    static func symbol<T>(_ name: String, as type: T.Type) -> T { CFunction.named(name, as: type) }
    static let closeFrom = symbol("posix_spawn_file_actions_addclosefrom_np", as: (@convention(c) (Actions, Int32) -> Int32).self)
    static let changeDirectory = symbol("posix_spawn_file_actions_addchdir_np", as: (@convention(c) (Actions, UnsafePointer<CChar>) -> Int32).self)
}
