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
