import CStandardOutput
import Foundation

enum StandardOutput {
    /// Flushes what was printed; the system's reason when some of it could not
    /// be written (a full disk, a closed pipe), nil when all of it was.
    static func flushFailure() -> String? {
        let code = cp_flush_standard_output()
        guard code != 0 else { return nil }
        return String(validatingCString: strerror(code)) ?? "error \(code)"
    }
}
