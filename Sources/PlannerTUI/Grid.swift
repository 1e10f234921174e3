/// An in-memory screen: the surface the tests draw on and compare as text,
/// and the frame the curses driver copies to the terminal.
public struct Grid: Surface, Equatable, Sendable {
    public struct Cell: Equatable, Sendable {
        /// The character shown; empty for the second cell of a wide character.
        public var text: String
        public var role: StyleRole
    }

    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: Cell(text: " ", role: .normal), count: self.width * self.height)
    }

    public subscript(row: Int, column: Int) -> Cell { cells[row * width + column] }

    @discardableResult
    public mutating func put(_ text: String, row: Int, column: Int, role: StyleRole, limit: Int?) -> Int {
        guard row >= 0, row < height, column < width else { return 0 }
        let end = min(width, limit.map { column + max(0, $0) } ?? width)
        var x = column
        for character in TerminalText.sanitized(text) {
            let cells = TerminalText.width(of: character)
            if cells == 0 { continue }
            if x + cells > end { break }
            if x >= 0 {
                clearWideCharacter(row: row, column: x)
                if cells == 2 { clearWideCharacter(row: row, column: x + 1) }
                self.cells[row * width + x] = Cell(text: String(character), role: role)
                if cells == 2 { self.cells[row * width + x + 1] = Cell(text: "", role: role) }
            }
            x += cells
        }
        return max(0, x - column)
    }

    /// Before a cell is written over: a wide character it is half of becomes a space.
    private mutating func clearWideCharacter(row: Int, column: Int) {
        let index = row * width + column
        if cells[index].text.isEmpty, column > 0 {
            cells[index - 1].text = " "
        } else if column + 1 < width, cells[index + 1].text.isEmpty, TerminalText.width(cells[index].text) == 2 {
            cells[index + 1].text = " "
        }
    }

    public mutating func paint(row: Int, column: Int, width: Int, role: StyleRole) {
        guard row >= 0, row < height else { return }
        for x in max(0, column)..<min(self.width, column + width) { cells[row * self.width + x].role = role }
    }

    /// Each row as text, trailing spaces kept (so that widths can be checked).
    public var rows: [String] {
        (0..<height).map { row in (0..<width).map { cells[row * width + $0].text }.joined() }
    }

    /// Each row's roles, one character a cell (see `StyleRole`'s raw values).
    public var roleRows: [String] {
        (0..<height).map { row in String((0..<width).map { cells[row * width + $0].role.rawValue }) }
    }
}
