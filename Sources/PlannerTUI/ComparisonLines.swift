import PlannerEngine

/// Two roles side by side as lines: readiness and hours left in two columns,
/// then the skills both need and those only one needs, with what is left to learn.
public enum ComparisonLines {
    public static func lines(_ comparison: RoleComparison, catalog: Catalog, progress: UserProgress, width: Int,
                             glyphs: Glyphs) -> [StyledLine] {
        let labelWidth = 12
        let columnWidth = max(10, (width - labelWidth) / 2)
        let (first, second) = (TerminalText.sanitized(comparison.first.name), TerminalText.sanitized(comparison.second.name))
        func row(_ label: String, _ a: String, _ b: String, _ role: StyleRole = .normal) -> StyledLine {
            StyledLine(TerminalText.padded(label, to: labelWidth) + TerminalText.padded(a, to: columnWidth, ellipsis: glyphs.ellipsis)
                       + TerminalText.truncated(b, to: columnWidth, ellipsis: glyphs.ellipsis), role)
        }
        func ready(_ readiness: Readiness) -> String {
            "\(readiness.percent)% (\(readiness.done) of \(readiness.total))" + (readiness.skipped > 0 ? ", \(readiness.skipped) skipped" : "")
        }
        var lines = [
            row("", first, second, .heading),
            row("Readiness", ready(comparison.firstReadiness), ready(comparison.secondReadiness)),
            row("Hours left", "\(HoursText.hours(comparison.firstReadiness.hoursLeft)) h", "\(HoursText.hours(comparison.secondReadiness.hoursLeft)) h"),
        ]
        for (title, part) in [("Both need", comparison.shared), ("Only \(first) needs", comparison.onlyFirst),
                              ("Only \(second) needs", comparison.onlySecond)] {
            lines.append(StyledLine())
            var summary = "\(title): " + InsightText.count(part.skills.count, "skill") + ", \(part.done) done"
            if part.skipped > 0 { summary += ", \(part.skipped) skipped" }
            summary += ", \(HoursText.hours(part.hoursLeft)) h left"
            lines += TextWrapper.wrap(summary, width: width).map { StyledLine($0, .heading) }
            let open = part.skills.filter { progress.state(of: $0.id).isOpen }
            if open.isEmpty {
                lines.append(StyledLine(part.skills.isEmpty ? "  none" : "  nothing left to learn", .dim))
                continue
            }
            let groups = catalog.categories.map { category in
                (category.name, open.filter { $0.category == category.id }.map(\.name))
            }
            lines += groupLines(groups, width: width).map { StyledLine($0) }
        }
        return lines
    }

    /// `  Category: skill, skill, …` wrapped with later lines indented further;
    /// empty groups left out.
    public static func groupLines(_ groups: [(category: String, skills: [String])], width: Int) -> [String] {
        groups.filter { !$0.skills.isEmpty }.flatMap { group in
            let text = TerminalText.sanitized(group.category) + ": " + group.skills.map(TerminalText.sanitized).joined(separator: ", ")
            return TextWrapper.wrap(text, width: max(10, width - 4)).enumerated().map { ($0.offset == 0 ? "  " : "    ") + $0.element }
        }
    }
}
