import CStandardOutput
import Glibc

enum StandardOutput {
    /// Flushes what was printed; the system's reason when some of it could not
    /// be written (a full disk, a closed pipe), nil when all of it was.
    static func flushFailure() -> String? {
        let code = cp_flush_standard_output()
        guard code != 0 else { return nil }
        return String(validatingCString: strerror(code)) ?? "error \(code)"
    }

    /// Writes `text` to standard error whole; what cannot be written (a closed pipe) is dropped.
    static func writeToStandardError(_ text: String) {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { return }
            bytes = bytes.dropFirst(written)
        }
    }
}
