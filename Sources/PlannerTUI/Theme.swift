/// How each role looks on a terminal: colours when it has them and `NO_COLOR`
/// is not set, otherwise only bold, reverse and dim.
public struct Theme: Equatable, Sendable {
    public enum Color: Int, Sendable { case black, red, green, yellow, blue, magenta, cyan, white }

    public struct Look: Equatable, Sendable {
        public var foreground: Color?
        public var bold = false
        public var reverse = false
        public var dim = false
    }

    public var looks: [StyleRole: Look]
    public var usesColor: Bool

    public func look(_ role: StyleRole) -> Look { looks[role] ?? Look() }

    public static let color = Theme(looks: [
        .heading: Look(foreground: .cyan, bold: true),
        .selected: Look(reverse: true),
        .done: Look(foreground: .green),
        .learning: Look(foreground: .yellow),
        .skipped: Look(dim: true),
        .behind: Look(foreground: .red, bold: true),
        .dim: Look(dim: true),
        .border: Look(foreground: .blue),
        .tabActive: Look(bold: true, reverse: true),
        .bar: Look(foreground: .green),
        .error: Look(foreground: .red, bold: true),
        .strong: Look(foreground: .green, bold: true),
    ], usesColor: true)

    public static let monochrome = Theme(looks: [
        .heading: Look(bold: true),
        .selected: Look(reverse: true),
        .done: Look(bold: true),
        .learning: Look(),
        .skipped: Look(dim: true),
        .behind: Look(bold: true),
        .dim: Look(dim: true),
        .border: Look(),
        .tabActive: Look(bold: true, reverse: true),
        .bar: Look(),
        .error: Look(bold: true, reverse: true),
        .strong: Look(bold: true),
    ], usesColor: false)

    /// The theme for a terminal: monochrome without colours or with NO_COLOR set.
    public static func forTerminal(hasColors: Bool, environment: [String: String]) -> Theme {
        hasColors && (environment["NO_COLOR"] ?? "").isEmpty ? .color : .monochrome
    }
}
