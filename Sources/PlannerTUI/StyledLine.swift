/// A line of text in parts, each with what it means: what the insight views
/// build, the Progress pane draws and the command line paints.
public struct StyledLine: Equatable, Sendable {
    public struct Span: Equatable, Sendable {
        public var text: String
        public var role: StyleRole
    }

    public var spans: [Span] = []

    public init(_ text: String = "", _ role: StyleRole = .normal) {
        if !text.isEmpty { spans = [Span(text: text, role: role)] }
    }

    public mutating func append(_ text: String, _ role: StyleRole = .normal) {
        guard !text.isEmpty else { return }
        if let last = spans.last, last.role == role {
            spans[spans.count - 1].text += text
        } else {
            spans.append(Span(text: text, role: role))
        }
    }

    public static func + (line: StyledLine, more: StyledLine) -> StyledLine {
        var joined = line
        for span in more.spans { joined.append(span.text, span.role) }
        return joined
    }

    /// The text without its styles.
    public var text: String { spans.map(\.text).joined() }
}

extension Surface {
    /// Draws a styled line on a row of an area, cut at the area's right edge.
    mutating func draw(_ line: StyledLine, in area: Rect, row: Int) {
        guard row >= 0, row < area.height else { return }
        var column = area.x
        for span in line.spans {
            let room = area.x + area.width - column
            guard room > 0 else { return }
            column += put(span.text, row: area.y + row, column: column, role: span.role, limit: room)
        }
    }
}
