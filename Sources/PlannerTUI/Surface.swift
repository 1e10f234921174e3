/// What a cell means; the theme decides how that looks (colour, or bold and
/// reverse on a monochrome terminal).
public enum StyleRole: Character, CaseIterable, Sendable {
    case normal = " "
    case heading = "H"
    case selected = "S"
    case done = "D"
    case learning = "L"
    case skipped = "K"
    case behind = "B"
    case dim = "M"
    case border = "|"
    case tabActive = "T"
    case bar = "R"
    case error = "E"
    /// The most intense heatmap cells: bold green.
    case strong = "G"
}

/// Something views draw text on: the in-memory `Grid` in tests, the terminal
/// through the curses driver. Rows and columns count terminal cells.
public protocol Surface {
    var width: Int { get }
    var height: Int { get }
    /// Draws `text` from (row, column), cut at `limit` cells from there (and at the
    /// right edge); control characters are written out (`\e[`). Returns the cells used.
    @discardableResult
    mutating func put(_ text: String, row: Int, column: Int, role: StyleRole, limit: Int?) -> Int
    /// Sets the role of cells without changing their text (a highlighted row).
    mutating func paint(row: Int, column: Int, width: Int, role: StyleRole)
}

extension Surface {
    @discardableResult
    public mutating func put(_ text: String, row: Int, column: Int, role: StyleRole = .normal) -> Int {
        put(text, row: row, column: column, role: role, limit: nil)
    }
}
