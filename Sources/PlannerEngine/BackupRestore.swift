import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif

extension ProgressStore {
    /// The progress in the backup, checked as strictly as the data file.
    public func loadBackup() throws(StoreError) -> UserProgress? {
        guard let data = FileManager.default.contents(atPath: backupPath) else { return nil }
        do {
            return try ProgressFileFormat.decode(data, file: backupPath)
        } catch {
            switch error {
            case .unreadable(let problem): throw .unreadable(problem)
            case .newerSchema(let file, let found): throw .newerSchema(file: file, found: found)
            }
        }
    }

    /// Puts the backup's bytes in the data file's place, whole or not at all.
    /// The current file, if there is one, is first kept at `keptAs` (which
    /// must not exist); the backup stays as it is. Hold the write lock.
    public func restoreBackup(keepingCurrentAs keptAs: String) throws(StoreError) {
        let target = resolvedPath
        guard let bytes = FileManager.default.contents(atPath: backupPath) else {
            throw .io(file: backupPath, action: "read", reason: errnoText())
        }
        if FileManager.default.fileExists(atPath: target) {
            do {
                let current = FileManager.default.contents(atPath: target) ?? Data()
                try ExportFile.write(current, to: keptAs, replacing: false)
            } catch {
                throw .io(file: keptAs, action: "keep the current file as", reason: error.description)
            }
        }
        let temporary: String
        do {
            temporary = try AtomicFile.writeTemporary(bytes, beside: target, mode: 0o600)
        } catch {
            throw .io(file: path, action: "write", reason: error.reason)
        }
        guard rename(temporary, target) == 0 else {
            let reason = errnoText()
            unlink(temporary)
            throw .io(file: path, action: "replace", reason: reason)
        }
        AtomicFile.syncFolder(FilePath.folder(of: target))
    }
}
