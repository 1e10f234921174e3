import PlannerEngine

/// An export the user asked for in the dialog: the session renders it and
/// writes it, outside the pure update.
public struct ExportRequest: Equatable, Sendable {
    public var format: ExportFormat
    /// The path as typed (a leading `~/` not yet expanded).
    public var path: String

    public init(format: ExportFormat, path: String) {
        self.format = format
        self.path = path
    }
}
