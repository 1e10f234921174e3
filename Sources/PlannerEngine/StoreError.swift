/// Why the data file could not be read, locked or written.
public enum StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Bad JSON, wrong types, cut off, empty: the file is left exactly as it was.
    case unreadable(FileProblem)
    /// Written by a newer career-planner; never written over.
    case newerSchema(file: String, found: Int)
    /// Something other than a file (a folder) stands where the data file should be.
    case notAFile(String)
    /// Another process holds the write lock.
    case locked(file: String, holder: Int32?)
    /// The operating system refused (permissions, disk full, not a file...).
    case io(file: String, action: String, reason: String)

    public var description: String {
        switch self {
        case .unreadable(let problem):
            return "\(problem)\nThe file was not changed. Fix it by hand, or put the backup back with "
                + "'career-planner restore --from-backup' ('career-planner doctor' checks both)."
        case .newerSchema(let file, let found):
            return "\(file) was written by a newer career-planner (schema \(found); this one reads up to \(UserProgress.schemaVersion)). "
                + "Update career-planner; the file was not changed."
        case .notAFile(let file):
            return "cannot read \(file): it is a folder, not a file"
        case .locked(let file, let holder):
            let who = holder.map { "another career-planner (process \($0))" } ?? "another career-planner"
            return "\(who) is changing \(file) right now; try again when it is done. Nothing was written."
        case .io(let file, let action, let reason):
            return "cannot \(action) \(file): \(reason)"
        }
    }
}
