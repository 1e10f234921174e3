import PlannerEngine

/// The checklist: the selected role's skills (or all), by category with
/// done/total, and the selected skill's details underneath.
enum SkillsPane {
    static func draw(_ state: AppState, in area: Rect, details: Rect?, focused: Bool, on surface: inout some Surface) {
        let rows = PaneContent.skillRows(state)
        if rows.isEmpty { surface.line("No skill matches the filter", in: area, row: 0, role: .dim) }
        let items = PaneContent.itemRows(.skills, state)
        let selectedRow = items.isEmpty ? -1 : items[min(state.cursor(in: .skills), items.count - 1)]
        let scroll = state.scroll[.skills] ?? 0
        for row in 0..<area.height {
            let index = scroll + row
            guard index < rows.count else { break }
            switch rows[index] {
            case .category(let category, let done, let counted):
                let count = "\(done)/\(counted)"
                surface.line(TerminalText.truncated(category.name, to: area.width - count.count - 1, ellipsis: state.glyphs.ellipsis),
                             in: area, row: row, role: .heading)
                surface.rightAligned(count, in: area, row: row, role: .heading)
            case .skill(let skill):
                let skillState = state.planner.progress.state(of: skill.id)
                surface.line("  " + StateMark.text(skillState), in: area, row: row, role: StateMark.role(skillState))
                let hours = HoursText.hours(skill.hours) + " h"
                let room = area.width - 7 - hours.count - 1
                surface.put(TerminalText.truncated(skill.name, to: room, ellipsis: state.glyphs.ellipsis),
                            row: area.y + row, column: area.x + 6, role: .normal, limit: room)
                surface.rightAligned(hours, in: area, row: row, role: .dim)
            }
            if index == selectedRow { surface.highlight(in: area, row: row, role: focused ? .selected : .dim) }
        }
        if let details, let skill = PaneContent.selectedSkill(state) { drawDetails(skill, state, in: details, on: &surface) }
    }

    static func drawDetails(_ skill: Skill, _ state: AppState, in area: Rect, on surface: inout some Surface) {
        let rule = String(repeating: state.glyphs == .unicode ? "─" : "-", count: area.width)
        surface.line(rule, in: area, row: 0, role: .border)
        var lines: [(String, StyleRole)] = [(TerminalText.truncated(skill.name + " (" + skill.id + ")", to: area.width,
                                                                     ellipsis: state.glyphs.ellipsis), .heading)]
        for (label, text) in SkillDetail.fields(skill, state) {
            for (index, line) in TextWrapper.wrap(label + text, width: max(1, area.width - 2)).enumerated() {
                lines.append((index == 0 ? line : "  " + line, .normal))
            }
        }
        for (offset, line) in lines.prefix(area.height - 1).enumerated() {
            surface.line(line.0, in: area, row: offset + 1, role: line.1)
        }
    }
}

/// The parts of a skill's details, as label and text.
enum SkillDetail {
    static func fields(_ skill: Skill, _ state: AppState) -> [(String, String)] {
        let record = state.planner.progress.skills[skill.id]
        var fields: [(String, String)] = []
        let needs = skill.prerequisites.map { id -> String in
            let mark = StateMark.text(state.planner.progress.state(of: id))
            return "\(mark) \(id)"
        }
        // What the user wrote comes first, so that the box shows it even when it is short.
        if let note = record?.note { fields.append(("Note: ", note)) }
        if let evidence = record?.evidence, !evidence.isEmpty { fields.append(("Evidence: ", evidence.joined(separator: " "))) }
        fields.append(("Needs: ", needs.isEmpty ? "nothing first" : needs.joined(separator: ", ")))
        fields.append(("Learn: ", skill.learn))
        fields.append(("Show: ", skill.show))
        return fields
    }
}
