import Foundation
import TestSupport
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Small helpers the CLI tests share: reading and writing the data file,
/// parsing JSON output, and running the binary on a pseudo-terminal.
extension CLIRunner {
    /// The data file's bytes, or nil when it does not exist.
    func dataBytes() -> Data? {
        FileManager.default.contents(atPath: dataFile.path)
    }

    /// The data file's text; fails the test when it does not exist.
    func dataText() throws -> String {
        String(decoding: try Data(contentsOf: dataFile), as: UTF8.self)
    }

    /// Puts `text` in the data file as it is.
    func writeData(_ text: String) throws {
        try Data(text.utf8).write(to: dataFile)
    }

    var backupFile: URL { URL(fileURLWithPath: dataFile.path + ".bak") }
    var lockFile: URL { URL(fileURLWithPath: dataFile.path + ".lock") }

    /// Whether anything (file or folder) exists at `url`.
    static func exists(_ url: URL) -> Bool {
        FileManager.default.fileExists(atPath: url.path)
    }

    /// Runs the binary with its stdout and stderr on a pseudo-terminal, so that
    /// it believes it talks to a person; with `answer`, stdin too, and the
    /// answer typed once the prompt shows. Returns everything the terminal showed.
    func runOnTerminal(_ arguments: [String], environment extra: [String: String] = [:],
                       answer: (prompt: String, input: String)? = nil) throws -> (output: Data, status: Int32) {
        let master = Terminal.openpt(O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard master >= 0, Terminal.grantpt(master) == 0, Terminal.unlockpt(master) == 0 else {
            throw TerminalUnavailable()
        }
        defer { close(master) }
        var name = [CChar](repeating: 0, count: 128)
        guard Terminal.ptsname_r(master, &name, name.count) == 0 else { throw TerminalUnavailable() }
        let path = String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        // The child opens the terminal itself; this process needs only the master.
        let child = try ChildProcess.start(Self.binary.path, arguments, environment: environment.merging(extra) { _, new in new },
                                           stdin: answer == nil ? .null : .file(path), stdout: .file(path), stderr: .file(path))
        var pending = answer
        // Read until the child's end of the terminal closes (EIO on Linux).
        var output = Data()
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = read(master, &buffer, buffer.count)
            if count > 0 {
                output.append(contentsOf: buffer[..<count])
                if let typed = pending, String(decoding: output, as: UTF8.self).contains(typed.prompt) {
                    _ = Array(typed.input.utf8).withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
                    pending = nil
                }
            } else if count < 0 && errno == EINTR {
                continue
            } else {
                break
            }
        }
        return (output, child.wait())
    }

    struct TerminalUnavailable: Error {}

    /// The bytes of the data file and of its backup (nil where absent): equal
    /// snapshots before and after a command show that it wrote nothing.
    struct Snapshot: Equatable {
        var data: Data?
        var backup: Data?
    }

    func snapshot() -> Snapshot {
        Snapshot(data: dataBytes(), backup: FileManager.default.contents(atPath: backupFile.path))
    }

    /// Runs each command on the data file and fails the test when one does not exit 0.
    func succeed(_ commands: [[String]], environment extra: [String: String] = [:],
                 sourceLocation: SourceLocation = #_sourceLocation) throws {
        for command in commands {
            let result = try runOnFile(command, environment: extra)
            #expect(result.status == 0, "\(command): \(result.stderr)", sourceLocation: sourceLocation)
        }
    }
}

/// The pseudo-terminal calls of the C library, which the Glibc module does
/// not import, looked up at run time.
private enum Terminal {
    static func symbol<T>(_ name: String, as type: T.Type) -> T { CFunction.named(name, as: type) }
    static let openpt = symbol("posix_openpt", as: (@convention(c) (Int32) -> Int32).self)
    static let grantpt = symbol("grantpt", as: (@convention(c) (Int32) -> Int32).self)
    static let unlockpt = symbol("unlockpt", as: (@convention(c) (Int32) -> Int32).self)
    static let ptsname_r = symbol("ptsname_r", as: (@convention(c) (Int32, UnsafeMutablePointer<CChar>, Int) -> Int32).self)
}

/// JSON printed by the program, parsed the way any other client would.
enum JSONOutput {
    static func object(_ text: String) throws -> [String: Any] {
        guard let value = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] else {
            throw Unexpected(text: text)
        }
        return value
    }

    static func array(_ text: String) throws -> [[String: Any]] {
        guard let value = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]] else {
            throw Unexpected(text: text)
        }
        return value
    }

    static func int(_ value: Any?) -> Int? { (value as? NSNumber)?.intValue }
    static func double(_ value: Any?) -> Double? { (value as? NSNumber)?.doubleValue }

    struct Unexpected: Error { var text: String }
}

extension Data {
    /// True when the bytes hold an escape character (the start of every colour code).
    var containsEscape: Bool { contains(0x1B) }
}

extension String {
    var containsEscape: Bool { utf8.contains(0x1B) }
}
