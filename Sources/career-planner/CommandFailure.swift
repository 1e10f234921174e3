import ArgumentParser
import PlannerEngine
import PlannerTUI

/// A failure the user can act on: one line (or a few) on stderr and an exit
/// code from sysexits.h.
struct CommandFailure: Error, CustomStringConvertible {
    static let usage: Int32 = 64
    static let dataError: Int32 = 65
    static let noInput: Int32 = 66
    static let unavailable: Int32 = 69
    static let software: Int32 = 70
    static let cannotCreate: Int32 = 73
    static let ioError: Int32 = 74
    static let busy: Int32 = 75

    var message: String
    var code: Int32

    var description: String { message }

    init(_ message: String, code: Int32) {
        self.message = message
        self.code = code
    }

    init(_ error: Error) {
        switch error {
        case let failure as CommandFailure:
            self = failure
        case let error as PlannerError:
            self.init(error.description, code: Self.usage)
        case let error as ScheduleRefusal:
            self.init(error.description, code: Self.usage)
        case let error as DataFileLocation.Failure:
            self.init(error.description, code: Self.usage)
        case let error as StoreError:
            switch error {
            case .unreadable, .newerSchema: self.init(error.description, code: Self.dataError)
            case .locked: self.init(error.description, code: Self.busy)
            case .io, .notAFile: self.init(error.description, code: Self.ioError)
            }
        default:
            self.init("\(error)", code: Self.software)
        }
    }

    /// Output that could not be written (a full disk, a closed pipe) is a failure, not a success.
    private static func flushOutput() throws {
        if let reason = StandardOutput.flushFailure() {
            throw CommandFailure("cannot write the output: \(reason)", code: ioError)
        }
    }

    /// Runs `body`, turning what it throws into a message and an exit code.
    /// Errors of the argument parser itself pass through untouched.
    static func reporting(_ body: () throws -> Void) throws {
        do {
            try body()
            try flushOutput()
        } catch let error as ExitCode {
            throw error
        } catch {
            let failure = CommandFailure(error)
            // Messages quote what the user typed and what the file holds: no control characters.
            let safe = failure.message.split(separator: "\n", omittingEmptySubsequences: false)
                .map { TerminalText.sanitized(String($0)) }.joined(separator: "\n")
            StandardOutput.writeToStandardError("career-planner: \(safe)\n")
            throw ExitCode(failure.code)
        }
    }
}
