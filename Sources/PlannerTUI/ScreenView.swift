import PlannerEngine

/// Draws the whole screen for a state: a pure function of the state onto a surface.
public enum ScreenView {
    public static let tooSmallMessage = "Terminal too small — need 80x24"

    public static func draw(_ state: AppState, on surface: inout some Surface) {
        let layout = Layout(width: surface.width, height: surface.height, focus: state.focus)
        if layout.tooSmall {
            let message = TerminalText.truncated(state.glyphs.plain(tooSmallMessage), to: surface.width, ellipsis: state.glyphs.ellipsis)
            let column = max(0, (surface.width - TerminalText.width(message)) / 2)
            surface.put(message, row: surface.height / 2, column: column, role: .error, limit: nil)
            return
        }
        HeaderView.draw(state, layout: layout, on: &surface)
        for pane in Pane.allCases {
            guard let whole = layout.panes[pane], let area = layout.listArea(pane) else { continue }
            let focused = pane == state.focus
            if layout.sideBySide {
                if whole.x > 0 {
                    for row in whole.y..<(whole.y + whole.height) {
                        surface.put(state.glyphs == .unicode ? "│" : "|", row: row, column: whole.x, role: .border, limit: 1)
                    }
                }
                let title = " \(pane.rawValue + 1) \(pane.title)" + titleDetail(pane, state) + " "
                surface.put(title, row: whole.y, column: area.x, role: focused ? .tabActive : .heading, limit: area.width)
            }
            switch pane {
            case .roles: RolesPane.draw(state, in: area, focused: focused, on: &surface)
            case .skills: SkillsPane.draw(state, in: area, details: layout.skillDetailsArea(), focused: focused, on: &surface)
            case .schedule: SchedulePane.draw(state, in: area, focused: focused, on: &surface)
            case .progress: ProgressPane.draw(state, in: area, on: &surface)
            }
        }
        BottomBar.draw(state, layout: layout, on: &surface)
        if let overlay = state.overlay { OverlayView.draw(overlay, state, on: &surface) }
    }

    /// What the Skills title says it shows.
    static func titleDetail(_ pane: Pane, _ state: AppState) -> String {
        if pane == .schedule, let plan = state.planner.progress.plan, plan.settings.roleID != state.planner.progress.targetRole {
            return ": " + (state.planner.catalog.role(plan.settings.roleID)?.name ?? plan.settings.roleID) + " (not your target: p replans)"
        }
        guard pane == .skills else { return "" }
        if state.showAllSkills { return ": all" }
        return PaneContent.selectedRole(state).map { ": " + $0.name } ?? ""
    }
}
