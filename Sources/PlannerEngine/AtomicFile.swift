import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif

/// The steps every safe write shares: the new bytes go to a temporary file in
/// the target's folder and are flushed to disk before anything is renamed.
enum AtomicFile {
    /// The system call that failed, as errno.
    struct Failure: Error {
        var code: Int32
        var reason: String { errnoText(code) }
    }

    /// A new file next to `target` holding `data`, flushed to disk, with
    /// `mode`; returns its path. Nothing is left behind when this throws.
    static func writeTemporary(_ data: Data, beside target: String, mode: mode_t) throws(Failure) -> String {
        var template = Array(FilePath.join(FilePath.folder(of: target), ".\(FilePath.name(of: target)).tmp-XXXXXX").utf8CString)
        let descriptor = mkstemp(&template)
        guard descriptor >= 0 else { throw Failure(code: errno) }
        let temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        defer { close(descriptor) }
        let written = data.withUnsafeBytes { buffer -> Bool in
            var offset = 0
            while offset < buffer.count {
                let result = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if result < 0 { if errno == EINTR { continue }; return false }
                offset += result
            }
            return true
        }
        guard written, fchmod(descriptor, mode) == 0, fsync(descriptor) == 0 else {
            let failure = Failure(code: errno)
            unlink(temporary)
            throw failure
        }
        return temporary
    }

    /// Makes a rename in `folder` survive a power cut.
    static func syncFolder(_ folder: String) {
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }
}
