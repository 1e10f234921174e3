import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif

/// The data file as a long-running window (the full-screen interface) shares
/// it with other writers (the command line, an editor, a sync tool). It
/// remembers the progress it last read or wrote and a hash of those bytes;
/// the write lock is held only while saving. A save first checks the hash:
/// if someone else wrote the file meanwhile, the two versions are merged
/// three ways when they do not clash, and otherwise nothing is written and
/// the caller asks the user (reload, keep mine, or save mine as a copy).
public struct SharedDataFile: Sendable {
    public let store: ProgressStore
    /// The progress the file held when this window last read or wrote it.
    public private(set) var base: UserProgress
    /// The hash of those bytes; nil when there was no file.
    private var hash: ContentHash?
    /// The file's stamp when last looked at, so that an unchanged file is not read again.
    private var stamp: FileStamp?

    public init(store: ProgressStore) throws(StoreError) {
        self.store = store
        let stamp = FileStamp(path: store.path)
        let bytes = try store.readBytes()
        base = try bytes.map { (data) throws(StoreError) in try store.decode(data) } ?? UserProgress()
        hash = bytes.map(ContentHash.init(of:))
        self.stamp = stamp
    }

    /// Saves `mine`, a change made from `base`: as it is when the file is
    /// unchanged, merged with the other side's changes when they do not clash.
    public mutating func save(_ mine: UserProgress) throws(StoreError) -> SaveOutcome {
        let lock = try lockWaiting()
        defer { lock.release() }
        let bytes = try store.readBytes()
        if bytes.map(ContentHash.init(of:)) == hash {
            try write(mine)
            return .saved
        }
        guard let bytes else { return .conflict(SaveConflict(problem: "it was deleted or moved away")) }
        let theirs: UserProgress
        do {
            theirs = try store.decode(bytes)
        } catch {
            return .conflict(SaveConflict(problem: error.where))
        }
        let merge = ProgressMerge(base: base, mine: mine, theirs: theirs)
        guard merge.clashes.isEmpty else { return .conflict(SaveConflict(clashes: merge.clashes)) }
        let outside = ProgressDifference.describe(from: base, to: theirs)
        try write(merge.merged)
        return .merged(merge.merged, outside: outside)
    }

    /// Looks whether someone else wrote the file since this window last read
    /// or wrote it; cheap when nothing changed (one stat). A readable new
    /// version becomes the starting point; call this only with nothing unsaved.
    public mutating func reloadIfChanged() -> OutsideChange {
        let now = FileStamp(path: store.path)
        guard now != stamp else { return .none }
        stamp = now
        let bytes: Data?
        do {
            bytes = try store.readBytes()
        } catch {
            return .unreadable(error.where)
        }
        let newHash = bytes.map(ContentHash.init(of:))
        if newHash == hash { return .none }
        guard let bytes else { return .unreadable("\(store.path) was deleted or moved away") }
        do {
            let theirs = try store.decode(bytes)
            let changes = ProgressDifference.describe(from: base, to: theirs)
            base = theirs
            hash = newHash
            return .reloaded(theirs, changes: changes)
        } catch {
            return .unreadable(error.where)
        }
    }

    /// Takes the file's version as it is now, dropping this window's unsaved change.
    public mutating func reload() throws(StoreError) -> UserProgress {
        stamp = FileStamp(path: store.path)
        let bytes = try store.readBytes()
        let theirs = try bytes.map { (data) throws(StoreError) in try store.decode(data) } ?? UserProgress()
        base = theirs
        hash = bytes.map(ContentHash.init(of:))
        return theirs
    }

    /// Writes `mine` over whatever the file holds now (the old file stays as `.bak`).
    public mutating func overwrite(with mine: UserProgress) throws(StoreError) {
        let lock = try lockWaiting()
        defer { lock.release() }
        try write(mine)
    }

    /// Writes `mine` as a data file of its own beside the data file,
    /// `progress.mine-2026-12-01.json` (or `-2`, `-3`, … when taken), and
    /// returns its path. The data file is not touched.
    public func saveCopy(of mine: UserProgress, today: Day) throws(StoreError) -> String {
        let target = store.resolvedPath
        let name = FilePath.name(of: target)
        let stem = name.hasSuffix(".json") ? String(name.dropLast(5)) : name
        let temporary: String
        do {
            temporary = try AtomicFile.writeTemporary(ProgressFileFormat.encode(mine), beside: target, mode: 0o600)
        } catch {
            throw .io(file: target, action: "save a copy of", reason: error.reason)
        }
        defer { unlink(temporary) }
        for number in 1...99 {
            let copy = FilePath.join(FilePath.folder(of: target), "\(stem).mine-\(today)\(number == 1 ? "" : "-\(number)").json")
            if link(temporary, copy) == 0 { return copy }
            guard errno == EEXIST else { throw .io(file: copy, action: "write", reason: errnoText()) }
        }
        throw .io(file: target, action: "save a copy of", reason: "99 copies from today are there already")
    }

    /// The write lock, waited for while another writer holds it: up to 100
    /// tries 20 ms apart, about two seconds (a command-line save takes well
    /// under one); then the `.locked` error, and the change stays unsaved on
    /// screen. Counted in tries, so the engine never reads the clock.
    private func lockWaiting(tries: Int = 100) throws(StoreError) -> WriteLock {
        for _ in 1..<tries {
            do {
                return try store.lockForWriting()
            } catch {
                guard case .locked = error else { throw error }
                usleep(20_000)
            }
        }
        return try store.lockForWriting()
    }

    private mutating func write(_ progress: UserProgress) throws(StoreError) {
        let bytes = try store.save(progress)
        base = progress
        hash = ContentHash(of: bytes)
        stamp = FileStamp(path: store.path)
    }
}

extension StoreError {
    /// The first line of the message: the file, the place and what is wrong,
    /// without the advice meant for the command line.
    var `where`: String { String(description.prefix { $0 != "\n" }) }
}
