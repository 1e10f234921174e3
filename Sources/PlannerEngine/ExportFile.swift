import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif

/// Writes an export to a file whole or not at all, and never over a file that
/// is already there unless asked to.
public enum ExportFile {
    public enum Failure: Error, Equatable, Sendable, CustomStringConvertible {
        /// Something is already at the path and replacing was not asked for.
        case exists(String)
        /// A folder stands at the path.
        case isFolder(String)
        case io(file: String, reason: String)

        public var description: String {
            switch self {
            case .exists(let file): return "\(file) already exists and was left as it is"
            case .isFolder(let file): return "cannot write \(file): it is a folder"
            case .io(let file, let reason): return "cannot write \(file): \(reason)"
            }
        }
    }

    /// Writes `data` to `path` (mode 0644 before the umask's say): a flushed
    /// temporary file is linked into place, which fails rather than replaces
    /// when the name is taken, or renamed over the old file when `replacing`.
    public static func write(_ data: Data, to path: String, replacing: Bool) throws(Failure) {
        var info = stat()
        if stat(path, &info) == 0 {
            if (info.st_mode & S_IFMT) == S_IFDIR { throw .isFolder(path) }
            if !replacing { throw .exists(path) }
        }
        let temporary: String
        do {
            temporary = try AtomicFile.writeTemporary(data, beside: path, mode: 0o644 & ~currentUmask())
        } catch {
            throw .io(file: path, reason: error.reason)
        }
        defer { unlink(temporary) }
        if replacing {
            guard rename(temporary, path) == 0 else { throw .io(file: path, reason: errnoText()) }
        } else if link(temporary, path) != 0 {
            // Taken between the check above and now, by someone else.
            if errno == EEXIST { throw .exists(path) }
            // A file system without hard links: claim the name, then rename over the claim.
            let claim = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
            guard claim >= 0 else { throw errno == EEXIST ? .exists(path) : .io(file: path, reason: errnoText()) }
            close(claim)
            guard rename(temporary, path) == 0 else {
                let reason = errnoText()
                unlink(path)
                throw .io(file: path, reason: reason)
            }
        }
        AtomicFile.syncFolder(FilePath.folder(of: path))
    }

    /// The process's file-creation mask, read without changing it for long.
    private static func currentUmask() -> mode_t {
        let mask = umask(0o022)
        umask(mask)
        return mask
    }
}
