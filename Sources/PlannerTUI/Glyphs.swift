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

    /// Unicode when the first set of LC_ALL, LC_CTYPE, LANG names UTF-8.
    public static func forLocale(_ environment: [String: String]) -> Glyphs {
        let locale = ["LC_ALL", "LC_CTYPE", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? ""
        let normalized = locale.lowercased().filter { $0 != "-" }
        return normalized.contains("utf8") ? .unicode : .ascii
    }
}
