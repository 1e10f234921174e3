import PlannerEngine

/// The 52-week heatmap as text: a row of month names, a row per weekday with a
/// cell per week, and the legend.
public enum HeatmapLines {
    static let weekdayLabels = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    /// The weekday label and the space after it.
    public static let labelWidth = 4

    public static func lines(_ heatmap: StudyHeatmap, rules: HabitRules, glyphs: Glyphs) -> [StyledLine] {
        var months = String(repeating: " ", count: labelWidth + heatmap.weeks.count + 3)
        let starts = heatmap.monthStarts
        for (index, start) in starts.enumerated() {
            let name = String(Day(year: 2000, month: start.month, day: 1)!.monthName.prefix(3))
            // A name needs a blank after it, except the last, which may run past the graph.
            let room = index + 1 < starts.count ? starts[index + 1].column - start.column : name.count + 1
            guard room > name.count else { continue }
            let at = months.index(months.startIndex, offsetBy: labelWidth + start.column)
            months.replaceSubrange(at..<months.index(at, offsetBy: name.count), with: name)
        }
        var lines = [StyledLine(String(months.reversed().drop { $0 == " " }.reversed()), .dim)]
        for row in 0..<7 {
            var line = StyledLine(weekdayLabels[row] + " ", .dim)
            for week in heatmap.weeks {
                let cell = week[row]
                if cell.future { line.append(" ") } else { line.append(glyph(cell.level, glyphs), role(cell.level)) }
            }
            lines.append(line)
        }
        return lines + [legend(rules: rules, glyphs: glyphs)]
    }

    public static func glyph(_ level: StudyHeatmap.Level, _ glyphs: Glyphs) -> String { glyphs.heat[level.rawValue] }

    public static func role(_ level: StudyHeatmap.Level) -> StyleRole {
        switch level {
        case .none, .light: return .dim
        case .steady: return .bar
        case .strong: return .done
        case .intense: return .strong
        }
    }

    /// `· none  ░ under 20 min  ▒ 20 min to 1 h  ▓ 1 to 2 h  █ 2 h or more`, with
    /// only the bands the rules leave room for.
    public static func legend(rules: HabitRules, glyphs: Glyphs) -> StyledLine {
        var line = StyledLine(String(repeating: " ", count: labelWidth))
        var first = true
        for level in StudyHeatmap.Level.allCases {
            guard let text = bandText(level, rules: rules) else { continue }
            if !first { line.append("  ") }
            first = false
            line.append(glyph(level, glyphs), role(level))
            line.append(" " + text, .dim)
        }
        return line
    }

    /// What a level means under the rules; nil when no number of minutes falls in it.
    static func bandText(_ level: StudyHeatmap.Level, rules: HabitRules) -> String? {
        let minimum = rules.minutesPerDay
        let (hour, twoHours) = (max(minimum, 60), max(minimum, 120))
        switch level {
        case .none: return "none"
        case .light: return minimum > 1 ? "under \(duration(minimum))" : nil
        case .steady: return minimum < hour ? "\(duration(minimum)) to \(duration(hour))" : nil
        case .strong: return hour < twoHours ? "\(duration(hour)) to \(duration(twoHours))" : nil
        case .intense: return "\(duration(twoHours)) or more"
        }
    }

    /// `20 min`, `1 h`, `1 h 30 min`.
    public static func duration(_ minutes: Int) -> String {
        let (hours, rest) = (minutes / 60, minutes % 60)
        if hours == 0 { return "\(rest) min" }
        return rest == 0 ? "\(hours) h" : "\(hours) h \(rest) min"
    }
}
