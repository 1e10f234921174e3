import FoundationEssentials
import Glibc

/// A whole file read with the system's calls: the data file and a custom
/// catalog. A FIFO in the file's place is refused rather than waited on, and
/// the bytes are read into one buffer of the file's size.
public enum FileBytes {
    public enum Failure: Error, Equatable {
        case missing
        case folder
        /// A pipe, a device or a socket.
        case notPlain
        /// The system's words for what went wrong.
        case failed(String)
    }

    public static func read(_ path: String) -> Result<Data, Failure> {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        if descriptor < 0 { return .failure(errno == ENOENT ? .missing : .failed(errnoText())) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return .failure(.failed(errnoText())) }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: return .failure(.folder)
        default: return .failure(.notPlain)
        }
        // The size it had when opened, plus one byte to see the end; a file that grew meanwhile is read on.
        var data = Data(count: Int(info.st_size) + 1)
        var filled = 0
        while true {
            if filled == data.count { data.count += max(data.count, 1 << 16) }
            let count = data.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress! + filled, $0.count - filled) }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(.failed(errnoText()))
            }
            if count == 0 {
                data.count = filled
                return .success(data)
            }
            filled += count
        }
    }
}
