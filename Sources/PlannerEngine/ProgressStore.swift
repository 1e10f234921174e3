import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif

/// Reads and writes the data file safely: a save either happens whole or not
/// at all, the previous version is kept as `.bak`, and a file that cannot be
/// read is never written over.
public struct ProgressStore: Sendable {
    /// The file as the user named it.
    public let path: String

    public init(path: String) {
        self.path = path
    }

    /// Where writes really go: a symlinked data file (say, into a dotfiles
    /// repository) is written through, not replaced by a plain file, even
    /// when the file it points to does not exist yet.
    public var resolvedPath: String {
        var current = path
        for _ in 0..<40 {
            guard let destination = try? FileManager.default.destinationOfSymbolicLink(atPath: current) else { break }
            current = FilePath.join(FilePath.folder(of: current), destination)
        }
        return current
    }

    public var backupPath: String { resolvedPath + ".bak" }
    public var lockPath: String { resolvedPath + ".lock" }

    /// The progress in the file; a file that does not exist yet is empty progress.
    public func load() throws(StoreError) -> UserProgress {
        guard let data = try readBytes() else { return UserProgress() }
        return try decode(data)
    }

    /// The progress in bytes read from the file.
    func decode(_ data: Data) throws(StoreError) -> UserProgress {
        do {
            return try ProgressFileFormat.decode(data, file: path)
        } catch {
            switch error {
            case .unreadable(let problem): throw .unreadable(problem)
            case .newerSchema(let file, let found): throw .newerSchema(file: file, found: found)
            }
        }
    }

    /// The file's bytes, or nil when there is no file yet.
    func readBytes() throws(StoreError) -> Data? {
        switch FileBytes.read(path) {
        case .success(let data): return data
        case .failure(.missing): return nil
        case .failure(.folder): throw .notAFile(path)
        case .failure(.notPlain): throw .io(file: path, action: "read", reason: "it is not a plain file (a pipe or a device?)")
        case .failure(.failed(let reason)): throw .io(file: path, action: "read", reason: reason)
        }
    }

    /// Takes the write lock; hold the result while reading, changing and saving.
    /// With the lock held no other career-planner is saving, so temporary
    /// files beside the data file are what a killed save left: they go.
    public func lockForWriting() throws(StoreError) -> WriteLock {
        let target = resolvedPath
        try makeFolder(FilePath.folder(of: target))
        let lock = try WriteLock(path: target + ".lock", dataFile: path)
        for leftover in leftoverTemporaryFiles() { unlink(leftover) }
        return lock
    }

    /// Half-written files a save killed part-way through leaves beside the data
    /// file (`.progress.json.tmp-XXXXXX`, `progress.json.bak.tmp`); never the data itself.
    public func leftoverTemporaryFiles() -> [String] {
        let target = resolvedPath
        let folder = FilePath.folder(of: target), name = FilePath.name(of: target)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasPrefix(".\(name).tmp-") || $0 == name + ".bak.tmp" }.sorted()
            .map { FilePath.join(folder, $0) }
    }

    /// Writes atomically: a temporary file in the same folder, fsync, the old
    /// file kept as `.bak`, rename over the old file, fsync the folder. Mode 0600.
    /// Returns the bytes written.
    @discardableResult
    public func save(_ progress: UserProgress) throws(StoreError) -> Data {
        let target = resolvedPath
        try makeFolder(FilePath.folder(of: target))
        try refuseReadOnly(target)
        let bytes = ProgressFileFormat.encode(progress)
        let temporary = try writeTemporaryCopy(of: bytes, beside: target)
        do throws(StoreError) {
            if FileManager.default.fileExists(atPath: target) { try keepBackup(of: target) }
            guard rename(temporary, target) == 0 else { throw posixError("replace") }
            AtomicFile.syncFolder(FilePath.folder(of: target))
        } catch {
            unlink(temporary)
            throw error
        }
        return bytes
    }

    // MARK: Steps of a save

    /// Makes the data file's folder and any missing parents, private to the user.
    private func makeFolder(_ folder: String) throws(StoreError) {
        var info = stat()
        if stat(folder, &info) == 0 { return }
        let parent = FilePath.folder(of: folder)
        if parent != folder { try makeFolder(parent) }
        if mkdir(folder, 0o700) != 0 && errno != EEXIST {
            throw .io(file: folder, action: "create the folder", reason: errnoText())
        }
    }

    /// A new file next to `target` holding `data`, flushed to disk, private to the user; returns its path.
    private func writeTemporaryCopy(of data: Data, beside target: String) throws(StoreError) -> String {
        do {
            return try AtomicFile.writeTemporary(data, beside: target, mode: 0o600)
        } catch {
            throw .io(file: path, action: "write", reason: error.reason)
        }
    }

    /// Makes `.bak` the current file's contents, atomically: a hard link when
    /// the file system allows it, a flushed copy otherwise.
    private func keepBackup(of target: String) throws(StoreError) {
        let staging = target + ".bak.tmp"
        unlink(staging)
        if link(target, staging) != 0 {
            guard let bytes = FileManager.default.contents(atPath: target) else { throw posixError("back up") }
            let copy = try writeTemporaryCopy(of: bytes, beside: target)
            guard rename(copy, staging) == 0 else { unlink(copy); throw posixError("back up") }
        }
        guard rename(staging, target + ".bak") == 0 else {
            let failure = posixError("back up")
            unlink(staging)
            throw failure
        }
    }

    /// A data file the user made read-only stays unwritten.
    private func refuseReadOnly(_ target: String) throws(StoreError) {
        var info = stat()
        if stat(target, &info) == 0, info.st_mode & S_IWUSR == 0 {
            throw .io(file: path, action: "write", reason: "the file is read-only (make it writable to save changes)")
        }
    }

    private func posixError(_ action: String) -> StoreError {
        .io(file: path, action: action, reason: errnoText())
    }
}

/// The system's words for an errno value.
func errnoText(_ code: Int32 = errno) -> String {
    strerror(code).flatMap { String(validatingCString: $0) } ?? "error \(code)"
}
