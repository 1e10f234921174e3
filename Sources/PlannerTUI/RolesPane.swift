import PlannerEngine

/// Every role with a readiness bar; the target is starred.
enum RolesPane {
    static func draw(_ state: AppState, in area: Rect, focused: Bool, on surface: inout some Surface) {
        let roles = PaneContent.roles(state)
        if roles.isEmpty { surface.line("No role matches the filter", in: area, row: 0, role: .dim) }
        let scroll = state.scroll[.roles] ?? 0
        let barWidth = area.width >= 40 ? 10 : 5
        let nameWidth = max(4, area.width - barWidth - 9)
        for row in 0..<area.height {
            let index = scroll + row
            guard index < roles.count else { break }
            let role = roles[index]
            let readiness = state.readiness(of: role)
            let isTarget = role.id == state.planner.progress.targetRole
            surface.line((isTarget ? "* " : "  ") + TerminalText.padded(role.name, to: nameWidth, ellipsis: state.glyphs.ellipsis),
                         in: area, row: row, role: isTarget ? .heading : .normal)
            let bar = ProgressBar.render(readiness.fraction, width: barWidth, glyphs: state.glyphs)
            surface.rightAligned(bar + " " + leftPadded("\(readiness.percent)%", 4), in: area, row: row, role: .bar)
            if index == state.cursor(in: .roles) { surface.highlight(in: area, row: row, role: focused ? .selected : .dim) }
        }
    }

    static func leftPadded(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }
}
