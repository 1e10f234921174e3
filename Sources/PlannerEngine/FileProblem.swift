/// Something wrong in a file the user or the catalog gave us, said so that the
/// user can find it: the file, then a line and column or a field (and the id of
/// the record it belongs to).
public struct FileProblem: Error, Equatable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var column: Int?
    /// The record the problem is in, e.g. `skill "python"`.
    public var record: String?
    /// The field, as a path: `skills.python.state`, `pay[0].min`.
    public var field: String?
    public var message: String

    public init(file: String, line: Int? = nil, column: Int? = nil, record: String? = nil,
                field: String? = nil, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.record = record
        self.field = field
        self.message = message
    }

    public var description: String {
        var place = file
        if let line, let column { place += ":\(line):\(column)" }
        var parts = [place]
        if let record { parts.append(record) }
        if let field { parts.append("field \(field)") }
        return parts.joined(separator: ": ") + ": " + message
    }
}
