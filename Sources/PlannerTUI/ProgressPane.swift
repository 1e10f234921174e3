import PlannerEngine

/// The Progress pane: streaks, pace, readiness, the heatmap, the charts and
/// what to learn next, as one page that scrolls.
enum ProgressPane {
    /// Suggestions shown under "Next to learn".
    static let nextCount = 5

    /// The page, worked out again only when the progress, the day or the width changed.
    static func lines(_ state: AppState, width: Int) -> [StyledLine] {
        let key = ProgressPageKey(progress: state.planner.progress, today: state.today, width: width, glyphs: state.glyphs)
        return state.progressPage.value(for: key) {
            let insights = ProgressInsights(planner: state.planner, today: state.today)
            return InsightPage.lines(state.planner, insights, today: state.today, width: width, glyphs: state.glyphs,
                                     audience: .interface, nextCount: nextCount)
        }
    }

    static func draw(_ state: AppState, in area: Rect, on surface: inout some Surface) {
        let lines = lines(state, width: area.width)
        let scroll = state.scroll[.progress] ?? 0
        for row in 0..<area.height where scroll + row < lines.count {
            surface.draw(lines[scroll + row], in: area, row: row)
        }
    }
}
