#if canImport(Glibc)
@preconcurrency import Glibc  // stdout is a C global that Swift 6 otherwise refuses to touch
#endif

enum StandardOutput {
    /// Flushes what was printed; the system's reason when some of it could not
    /// be written (a full disk, a closed pipe), nil when all of it was.
    static func flushFailure() -> String? {
        guard fflush(stdout) != 0 || ferror(stdout) != 0 else { return nil }
        return String(validatingCString: strerror(errno)) ?? "error \(errno)"
    }
}
