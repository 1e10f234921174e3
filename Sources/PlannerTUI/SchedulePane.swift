import PlannerEngine

/// The plan month by month, a row a week with its skills and hours; this week
/// marked, done skills ticked, milestones under the week they fall in.
enum SchedulePane {
    static let noPlan = "No plan yet — press p"

    static func draw(_ state: AppState, in area: Rect, focused: Bool, on surface: inout some Surface) {
        guard let plan = state.planner.progress.plan else {
            surface.line(state.glyphs.plain(noPlan), in: area, row: 0, role: .dim)
            return
        }
        let rows = PaneContent.scheduleRows(state)
        if rows.isEmpty { surface.line("No week matches the filter", in: area, row: 0, role: .dim) }
        let items = PaneContent.itemRows(.schedule, state)
        let selectedRow = items.isEmpty ? -1 : items[min(state.cursor(in: .schedule), items.count - 1)]
        let thisWeek = plan.week(containing: state.today)
        let scroll = state.scroll[.schedule] ?? 0
        for row in 0..<area.height {
            let index = scroll + row
            guard index < rows.count else { break }
            switch rows[index] {
            case .month(let year, let month):
                surface.line("\(Day(year: year, month: month, day: 1)!.monthName) \(year)", in: area, row: row, role: .heading)
            case .week(let week):
                drawWeek(week, plan: plan, current: week == thisWeek, state, in: area, row: row, on: &surface)
            case .milestone(let text):
                surface.line("      " + (state.glyphs == .unicode ? "★ " : "* ") + text, in: area, row: row, role: .done)
            }
            if index == selectedRow { surface.highlight(in: area, row: row, role: focused ? .selected : .dim) }
        }
    }

    static func drawWeek(_ week: Int, plan: StudyPlan, current: Bool, _ state: AppState, in area: Rect, row: Int,
                         on surface: inout some Surface) {
        let lead = (current ? "> " : "  ") + TerminalText.padded("W\(week)", to: 4) + TerminalText.padded(plan.start(ofWeek: week).shortText, to: 7)
        surface.line(lead, in: area, row: row, role: current ? .heading : .normal)
        var column = area.x + TerminalText.width(lead)
        let end = area.x + area.width
        for block in plan.blocks(inWeek: week) {
            let skillState = state.planner.progress.state(of: block.skillID)
            let mark = StateMark.text(skillState)
            let text = " \(block.skillID) \(HoursText.hours(minutes: block.minutes))h "
            guard column < end else { break }
            column += surface.put(mark, row: area.y + row, column: column, role: StateMark.role(skillState), limit: end - column)
            column += surface.put(text, row: area.y + row, column: column, role: .normal, limit: end - column)
        }
    }
}
