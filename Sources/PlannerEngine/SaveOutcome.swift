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
