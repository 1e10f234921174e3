/// What a look at the file between saves found.
public enum OutsideChange: Equatable, Sendable {
    case none
    /// Someone else saved; this is what the file holds now, taken as the new starting point.
    case reloaded(UserProgress, changes: [String])
    /// The file changed but no longer reads; kept as it is until a save asks.
    case unreadable(String)
}
