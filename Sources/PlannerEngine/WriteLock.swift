import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif

/// An exclusive lock on the data file for one writer at a time, taken with
/// flock(2) on `progress.json.lock`. The kernel drops it when the process ends,
/// however it ends, so a crash never leaves a stale lock; the empty lock file
/// itself stays (removing it would let two writers lock different files).
public final class WriteLock: @unchecked Sendable {
    private var descriptor: Int32

    init(path: String, dataFile: String) throws(StoreError) {
        // The stored descriptor is set only once the lock is held: an initializer that
        // throws after that still runs deinit, which would close the number again
        // (by then perhaps another thread's file) and empty that file.
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw .io(file: path, action: "open the lock file", reason: errnoText())
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            let busy = errno == EWOULDBLOCK
            let reason = errnoText()
            let holder = busy ? Self.readHolder(descriptor) : nil
            close(descriptor)
            if busy { throw .locked(file: dataFile, holder: holder) }
            throw .io(file: path, action: "lock", reason: reason)
        }
        // Say who holds it, for the message the next writer sees.
        let pid = Data("\(getpid())\n".utf8)
        ftruncate(descriptor, 0)
        _ = pid.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
        self.descriptor = descriptor
    }

    /// Lets go of the lock; also done when the lock is released from memory.
    public func release() {
        guard descriptor >= 0 else { return }
        ftruncate(descriptor, 0)
        flock(descriptor, LOCK_UN)
        close(descriptor)
        descriptor = -1
    }

    deinit { release() }

    /// Whether some process holds the lock at `path` right now, and which one
    /// if it said; nil when there is no lock file. Takes nothing and changes nothing.
    public static func holder(ofLockAt path: String) -> (held: Bool, process: Int32?)? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        guard flock(descriptor, LOCK_SH | LOCK_NB) != 0 else {
            flock(descriptor, LOCK_UN)
            return (false, nil)
        }
        return (true, readHolder(descriptor))
    }

    private static func readHolder(_ descriptor: Int32) -> Int32? {
        var buffer = [UInt8](repeating: 0, count: 32)
        let count = pread(descriptor, &buffer, buffer.count, 0)
        guard count > 0 else { return nil }
        return Int32(String(decoding: buffer[..<count], as: UTF8.self).trimmingWhitespace())
    }
}
