/// A key press or terminal event, as the curses driver reports it.
public enum Key: Hashable, Sendable {
    case character(Character)
    case up, down, left, right, pageUp, pageDown, home, end
    case enter, escape, backspace, delete, tab, backTab
    /// Ctrl plus a letter, e.g. `.control("r")`.
    case control(Character)
    case resize(width: Int, height: Int)
    case click(row: Int, column: Int)
    case wheelUp, wheelDown
}
