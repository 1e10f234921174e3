/// Breaks text into lines of at most a number of terminal cells, at spaces
/// where it can and inside a word only when the word alone is too long.
public enum TextWrapper {
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        for word in text.split(separator: " ", omittingEmptySubsequences: true).map(String.init) {
            var word = word
            var wordWidth = TerminalText.width(word)
            if lineWidth > 0 && lineWidth + 1 + wordWidth <= width {
                line += " " + word
                lineWidth += 1 + wordWidth
                continue
            }
            if lineWidth > 0 { lines.append(line) }
            while wordWidth > width {
                let (head, rest) = split(word, at: width)
                lines.append(head)
                word = rest
                wordWidth = TerminalText.width(word)
            }
            line = word
            lineWidth = wordWidth
        }
        if lineWidth > 0 || lines.isEmpty { lines.append(line) }
        return lines
    }

    /// The longest head of `word` that fits in `cells`, and the rest.
    private static func split(_ word: String, at cells: Int) -> (String, String) {
        var used = 0
        var index = word.startIndex
        while index < word.endIndex {
            let w = TerminalText.width(of: word[index])
            if used + w > cells { break }
            used += w
            index = word.index(after: index)
        }
        if index == word.startIndex { index = word.index(after: index) }
        return (String(word[..<index]), String(word[index...]))
    }
}
