import PlannerEngine

/// Drawing helpers shared by the panes.
extension Surface {
    /// Fills a row of an area with text, cut to the area's width.
    mutating func line(_ text: String, in area: Rect, row: Int, role: StyleRole = .normal) {
        guard row >= 0, row < area.height else { return }
        put(text, row: area.y + row, column: area.x, role: role, limit: area.width)
    }

    /// Highlights a whole row of an area.
    mutating func highlight(in area: Rect, row: Int, role: StyleRole = .selected) {
        guard row >= 0, row < area.height else { return }
        paint(row: area.y + row, column: area.x, width: area.width, role: role)
    }

    /// Text pushed to the right end of an area's row.
    mutating func rightAligned(_ text: String, in area: Rect, row: Int, role: StyleRole = .normal) {
        let cells = TerminalText.width(text)
        guard row >= 0, row < area.height, cells <= area.width else { return }
        put(text, row: area.y + row, column: area.x + area.width - cells, role: role, limit: cells)
    }
}

/// How a skill's state shows: `[x]` done, `[~]` learning, `[-]` skipped, `[ ]` todo.
public enum StateMark {
    public static func text(_ state: SkillState) -> String {
        switch state {
        case .done: return "[x]"
        case .learning: return "[~]"
        case .skipped: return "[-]"
        case .todo: return "[ ]"
        }
    }

    public static func role(_ state: SkillState) -> StyleRole {
        switch state {
        case .done: return .done
        case .learning: return .learning
        case .skipped: return .skipped
        case .todo: return .normal
        }
    }
}
