import PlannerEngine

/// The next-best list as lines: a numbered skill with its hours left, and
/// under it the reasons it ranks there.
public enum NextSkillLines {
    public static func lines(_ next: NextSkills, count: Int, progress: UserProgress, width: Int, glyphs: Glyphs) -> [StyledLine] {
        let shown = next.suggestions.prefix(max(0, count))
        let numberWidth = String(shown.count).count
        var lines: [StyledLine] = []
        for (index, suggestion) in shown.enumerated() {
            let state = progress.state(of: suggestion.skill.id)
            let number = String(repeating: " ", count: numberWidth - String(index + 1).count) + "\(index + 1). "
            var line = StyledLine(number)
            line.append(StateMark.text(state), StateMark.role(state))
            let title = " \(TerminalText.sanitized(suggestion.skill.name)) (\(suggestion.skill.id))"
                + glyphs.separator + "\(HoursText.hours(minutes: suggestion.minutesLeft)) h left"
            // The title wraps under itself rather than losing the hours at its end.
            let lead = TerminalText.width(line.text)
            let wrapped = TextWrapper.wrap(String(title.dropFirst()), width: max(10, width - lead - 1))
            line.append(" " + (wrapped.first ?? ""))
            lines.append(line)
            lines += wrapped.dropFirst().map { StyledLine(String(repeating: " ", count: lead + 1) + $0) }
            let indent = String(repeating: " ", count: numberWidth + 2)
            let reasons = suggestion.reasons.map { TerminalText.sanitized($0.text) }.joined(separator: glyphs.separator)
            for wrapped in TextWrapper.wrap(reasons, width: max(10, width - indent.count - 4)) {
                lines.append(StyledLine(indent + "    " + wrapped, .dim))
            }
        }
        return lines
    }
}
