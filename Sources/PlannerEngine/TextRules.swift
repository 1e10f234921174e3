/// What text typed by a user may contain.
public enum TextRules {
    /// True when any character is a control character (C0, DEL, C1), newlines and tabs included.
    public static func hasControlCharacters(_ text: String) -> Bool {
        text.unicodeScalars.contains(where: isControl)
    }

    /// A C0 or C1 control or DEL: what moves a terminal's cursor or starts an escape.
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .control
    }

    /// A link with a scheme and something after it, e.g. `https://…` or `file:///…`, with no spaces.
    public static func isLink(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":"), !hasControlCharacters(text), !text.contains(" ") else { return false }
        let scheme = text[..<colon]
        let rest = text[text.index(after: colon)...]
        return !scheme.isEmpty && scheme.first!.isLetter
            && scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }
            && rest.hasPrefix("//") && rest.count > 2
    }
}
