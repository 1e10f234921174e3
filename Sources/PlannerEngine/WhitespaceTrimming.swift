extension StringProtocol {
    /// The text without white space (spaces, tabs, line ends) at either end:
    /// Foundation's `trimmingCharacters(in: .whitespacesAndNewlines)`, which
    /// FoundationEssentials does not have.
    public func trimmingWhitespace() -> String {
        guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[first...last])
    }
}
