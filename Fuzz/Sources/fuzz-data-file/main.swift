import Foundation
import CFuzzDriver
import PlannerEngine

/// One input as a data file: reading it must either refuse it with a message
/// that names the file and a place, or give progress that writes back and
/// reads again as the same progress. Anything else (a crash, a trap, a
/// memory error, a message without a place) stops the fuzzer.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzDataFile(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let data = bytes.map { Data(bytes: $0, count: count) } ?? Data()
    do {
        let progress = try ProgressFileFormat.decode(data, file: "fuzz.json")
        let written = ProgressFileFormat.encode(progress)
        guard let again = try? ProgressFileFormat.decode(written, file: "again.json"), again == progress else {
            fatalError("read, written and read again, the progress changed:\n\(String(decoding: written, as: UTF8.self))")
        }
    } catch {
        switch error {
        case .unreadable(let problem):
            guard problem.description.hasPrefix("fuzz.json") else { fatalError("a refusal that does not name the file: \(problem)") }
        case .newerSchema(let file, _):
            guard file == "fuzz.json" else { fatalError("a refusal that does not name the file: \(error)") }
        }
    }
    return 0
}

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv) { fuzzDataFile($0, $1) })
