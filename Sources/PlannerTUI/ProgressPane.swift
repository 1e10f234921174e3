import PlannerEngine

/// The Progress pane: streaks, pace, readiness, the heatmap, the charts and
/// what to learn next, as one page that scrolls.
enum ProgressPane {
    /// Suggestions shown under "Next to learn".
    static let nextCount = 5
    /// From this many log entries and catalog skills together, the page is worked out
    /// off the input path: with the built-in catalog and 1,000 entries it takes about
    /// a millisecond, half the 2 ms a key may take; at 100,000 entries, 20–30 ms.
    static let backgroundFrom = 1_000

    /// The page to show, and whether it is the page for the state as it is now.
    struct Page {
        var lines: [StyledLine]
        var isCurrent: Bool
    }

    /// The page, worked out again only when the progress, the day or the width
    /// changed. With much data it is worked out in the background: until it is
    /// ready, the last page made is shown, marked.
    static func page(_ state: AppState, width: Int) -> Page {
        let key = ProgressPageKey(progress: state.planner.progress, today: state.today, width: width, glyphs: state.glyphs)
        let size = state.planner.progress.log.count + state.planner.catalog.skills.count
        let answer = state.progressPage.value(for: key, inBackground: size >= backgroundFrom) {
            let insights = ProgressInsights(planner: state.planner, today: state.today)
            return InsightPage.lines(state.planner, insights, today: state.today, width: width, glyphs: state.glyphs,
                                     audience: .interface, nextCount: nextCount)
        }
        switch answer {
        case .current(let lines):
            return Page(lines: lines, isCurrent: true)
        case .outOfDate(let lines):
            let waiting = [StyledLine(state.glyphs.plain("Working out your progress") + state.glyphs.ellipsis, .dim)]
            return Page(lines: lines ?? waiting, isCurrent: false)
        }
    }

    static func lines(_ state: AppState, width: Int) -> [StyledLine] {
        page(state, width: width).lines
    }

    static func draw(_ state: AppState, in area: Rect, on surface: inout some Surface) {
        let page = page(state, width: area.width)
        let scroll = state.scroll[.progress] ?? 0
        for row in 0..<area.height where scroll + row < page.lines.count {
            surface.draw(page.lines[scroll + row], in: area, row: row)
        }
        if !page.isCurrent, area.height > 0 {
            let marker = " updating" + state.glyphs.ellipsis + " "
            let width = TerminalText.width(marker)
            surface.put(marker, row: area.y, column: area.x + max(0, area.width - width), role: .dim, limit: area.width)
        }
    }
}
