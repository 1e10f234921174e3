/// The characters the interface draws with: Unicode when the locale is UTF-8,
/// plain ASCII otherwise, so that nothing turns into mojibake.
public struct Glyphs: Equatable, Sendable {
    public var barFull: String
    public var barEmpty: String
    public var arrow: String
    public var ellipsis: String
    public var rangeDash: String

    public static let unicode = Glyphs(barFull: "█", barEmpty: "░", arrow: "→", ellipsis: "…",
                                       rangeDash: "–")
    public static let ascii = Glyphs(barFull: "#", barEmpty: ".", arrow: "->", ellipsis: "...",
                                     rangeDash: "-")

    /// The interface's own text as this locale can show it: in ASCII, arrows
    /// become words and dashes hyphens.
    public func plain(_ text: String) -> String {
        guard self == .ascii else { return text }
        let replacements: [Character: String] = ["—": "-", "–": "-", "↑": "Up", "↓": "Down", "←": "Left", "→": "Right",
                                                 "·": "-", "★": "*", "…": "...", "─": "-", "│": "|"]
        return text.reduce(into: "") { $0 += replacements[$1] ?? String($1) }
    }

    /// Unicode when the first set of LC_ALL, LC_CTYPE, LANG names UTF-8.
    public static func forLocale(_ environment: [String: String]) -> Glyphs {
        let locale = ["LC_ALL", "LC_CTYPE", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? ""
        let normalized = locale.lowercased().filter { $0 != "-" }
        return normalized.contains("utf8") ? .unicode : .ascii
    }
}
