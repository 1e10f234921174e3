/// What saving through a `SharedDataFile` found and did.
public enum SaveOutcome: Equatable, Sendable {
    /// The file was as this window last saw it; it now holds this window's progress.
    case saved
    /// Someone else had saved in between; the file now holds both sides'
    /// changes (`merged`), and `outside` says what came from the other side.
    case merged(UserProgress, outside: [String])
    /// Someone else's change clashes with this one, or the file no longer
    /// reads: nothing was written, the user chooses.
    case conflict(SaveConflict)
}

/// Why a save stopped to ask.
public struct SaveConflict: Equatable, Sendable {
    /// Each thing both sides changed differently.
    public var clashes: [String]
    /// Why the file cannot be taken in, when it cannot (hand-edited badly, deleted).
    public var problem: String?

    public init(clashes: [String] = [], problem: String? = nil) {
        self.clashes = clashes
        self.problem = problem
    }
}

/// What a look at the file between saves found.
public enum OutsideChange: Equatable, Sendable {
    case none
    /// Someone else saved; this is what the file holds now, taken as the new starting point.
    case reloaded(UserProgress, changes: [String])
    /// The file changed but no longer reads; kept as it is until a save asks.
    case unreadable(String)
}
