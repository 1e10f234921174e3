import PlannerEngine

/// A horizontal bar chart of study time: a line per bar with its label, the
/// bar (in eighths of a cell where the locale allows) and the hours.
public enum BarChartLines {
    public struct Bar: Equatable, Sendable {
        public var label: String
        public var minutes: Int
        /// Drawn as a heading (this week).
        public var highlighted: Bool

        public init(label: String, minutes: Int, highlighted: Bool = false) {
            self.label = label
            self.minutes = minutes
            self.highlighted = highlighted
        }
    }

    /// Bars scaled so that the longest (or the target, when longer) fills the
    /// room; the target shows as a marker where a bar does not reach it.
    public static func lines(_ bars: [Bar], width: Int, targetMinutes: Int? = nil, glyphs: Glyphs) -> [StyledLine] {
        let labelWidth = min(24, bars.map { TerminalText.width(TerminalText.sanitized($0.label)) }.max() ?? 0)
        let values = bars.map { HoursText.hours(minutes: $0.minutes) + " h" }
        let valueWidth = values.map(\.count).max() ?? 0
        let room = max(1, width - labelWidth - valueWidth - 2)
        let scale = Double(max(1, bars.map(\.minutes).max() ?? 0, targetMinutes ?? 0))
        let markerColumn = targetMinutes.map { min(room - 1, max(0, Int((Double($0) / scale * Double(room)).rounded()) - 1)) }
        return zip(bars, values).map { bar, value in
            var line = StyledLine(TerminalText.padded(TerminalText.sanitized(bar.label), to: labelWidth, ellipsis: glyphs.ellipsis) + " ",
                                  bar.highlighted ? .heading : .normal)
            let (body, cells) = self.bar(Double(bar.minutes) / scale * Double(room), glyphs: glyphs)
            line.append(body, .bar)
            var used = cells
            if let markerColumn, markerColumn >= cells {
                line.append(String(repeating: " ", count: markerColumn - cells))
                line.append(glyphs.marker, .dim)
                used = markerColumn + 1
            }
            line.append(String(repeating: " ", count: max(0, room - used)) + " " + String(repeating: " ", count: valueWidth - value.count) + value)
            return line
        }
    }

    /// A bar `length` cells long, rounded down to an eighth (a whole cell in
    /// ASCII), and the cells it takes.
    static func bar(_ length: Double, glyphs: Glyphs) -> (String, Int) {
        let eighths = glyphs.eighths.isEmpty ? Int(length) * 8 : Int((length * 8).rounded(.down))
        let whole = eighths / 8, part = eighths % 8
        let text = String(repeating: glyphs.barFull, count: whole) + (part > 0 ? glyphs.eighths[part - 1] : "")
        return (text, whole + (part > 0 ? 1 : 0))
    }
}
