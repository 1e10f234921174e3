/// The characters the interface draws with: Unicode when the locale is UTF-8,
/// plain ASCII otherwise, so that nothing turns into mojibake.
public struct Glyphs: Equatable, Sendable {
    public var barFull: String
    public var barEmpty: String
    public var arrow: String
    public var ellipsis: String
    public var rangeDash: String
    /// Heatmap cells from no study to the most, one cell wide each.
    public var heat: [String]
    /// Bar ends in eighths of a cell, from one eighth to seven; empty when only whole cells can be drawn.
    public var eighths: [String]
    /// The mark for a target on a bar chart.
    public var marker: String
    public var separator: String

    public static let unicode = Glyphs(barFull: "█", barEmpty: "░", arrow: "→", ellipsis: "…",
                                       rangeDash: "–", heat: ["·", "░", "▒", "▓", "█"],
                                       eighths: ["▏", "▎", "▍", "▌", "▋", "▊", "▉"], marker: "│", separator: " · ")
    public static let ascii = Glyphs(barFull: "#", barEmpty: ".", arrow: "->", ellipsis: "...",
                                     rangeDash: "-", heat: [".", "-", "+", "*", "#"], eighths: [], marker: "|",
                                     separator: " - ")

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
