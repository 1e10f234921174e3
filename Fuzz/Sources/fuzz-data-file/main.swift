import Foundation
import CFuzzDriver
import PlannerEngine

/// One input as a data file. The fast reader and the careful decoder must
/// agree: what one takes, the other takes too, as the same progress. Reading must then either refuse the input with a message that
/// names the file, or give progress that is written back and read again as
/// the same progress. Anything else (a disagreement, a crash, a trap, a memory
/// error, a message without the file) stops the fuzzer.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzDataFile(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let data = bytes.map { Data(bytes: $0, count: count) } ?? Data()
    let read = Result { () throws(ProgressFileFormat.Failure) in try ProgressFileFormat.decode(data, file: "fuzz.json") }
    let careful = Result { () throws(ProgressFileFormat.Failure) in try ProgressFileFormat.decodeCarefully(data, file: "fuzz.json") }
    // Both may refuse with different messages: a file with two problems can
    // have either named first (the careful decoder visits skills in hash order).
    switch (read, careful) {
    case (.success(let fast), .success(let slow)) where fast == slow: break
    case (.failure, .failure): break
    default: fatalError("the fast reader and the careful decoder disagree: \(read) against \(careful)")
    }
    switch read {
    case .success(let progress):
        let written = ProgressFileFormat.encode(progress)
        guard let again = try? ProgressFileFormat.decode(written, file: "again.json"), again == progress else {
            fatalError("read, written and read again, the progress changed:\n\(String(decoding: written, as: UTF8.self))")
        }
    case .failure(.unreadable(let problem)):
        guard problem.description.hasPrefix("fuzz.json") else { fatalError("a refusal that does not name the file: \(problem)") }
    case .failure(.newerSchema(let file, _)):
        guard file == "fuzz.json" else { fatalError("a refusal that does not name the file: \(file)") }
    }
    return 0
}

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv) { fuzzDataFile($0, $1) })
