/// A one-line text editor: the text and the cursor in it, in characters.
public struct LineEditor: Equatable, Sendable {
    public private(set) var text: String
    public private(set) var cursor: Int
    public var maximumLength: Int

    public init(_ text: String = "", maximumLength: Int = 500) {
        self.text = String(text.prefix(maximumLength))
        self.cursor = self.text.count
        self.maximumLength = maximumLength
    }

    public mutating func insert(_ character: Character) {
        guard text.count < maximumLength, !character.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else { return }
        let index = text.index(text.startIndex, offsetBy: cursor)
        text.insert(character, at: index)
        cursor += 1
    }

    public mutating func deleteBackward() {
        guard cursor > 0 else { return }
        let index = text.index(text.startIndex, offsetBy: cursor - 1)
        text.remove(at: index)
        cursor -= 1
    }

    public mutating func deleteForward() {
        guard cursor < text.count else { return }
        text.remove(at: text.index(text.startIndex, offsetBy: cursor))
    }

    public mutating func moveLeft() { cursor = max(0, cursor - 1) }
    public mutating func moveRight() { cursor = min(text.count, cursor + 1) }
}
