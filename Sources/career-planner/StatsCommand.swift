import ArgumentParser
import PlannerEngine
import PlannerTUI

struct StatsCommand: ReportCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Show streaks, a 52-week heatmap, hours by week and category, readiness, gaps and what to learn next.")

    @Option(help: ArgumentHelp("The role whose missing skills to list (default: the target, else the closest role).", valueName: "role"))
    var role: String?

    @OptionGroup var data: DataFileOption
    @OptionGroup var output: JSONOption

    static let nextCount = 5

    func report(_ planner: Planner, context: RunContext) throws {
        let insights = ProgressInsights(planner: planner, today: context.today)
        let gapsRole = try role.map { try planner.role($0) } ?? planner.targetRole ?? insights.closestRole
        let gaps = gapsRole.map(planner.gaps(for:))
        if output.json {
            let days = insights.heatmap.weeks.joined().filter { !$0.future }
                .map { JSONViews.DayView(date: $0.day, minutes: $0.minutes, level: $0.level.rawValue) }
            try JSONViews.printJSON(JSONViews.StatsView(
                today: context.today, rules: .init(insights.rules),
                currentStreak: insights.streaks.current.map(JSONViews.RunView.init),
                longestStreak: insights.streaks.longest.map(JSONViews.RunView.init),
                totalMinutes: insights.totalMinutes, days: days,
                weeks: insights.weeks.map { JSONViews.WeekView(monday: $0.monday, minutes: $0.minutes) },
                categories: insights.categories.map(JSONViews.CategoryView.init),
                pace: insights.pace.map(JSONViews.PaceView.init), roles: JSONViews.roleSummaries(planner),
                closestRole: insights.closestRole?.id, gaps: gaps.map(JSONViews.GapsView.init),
                next: JSONViews.nextList(insights.next, count: Self.nextCount, planner: planner)))
            return
        }
        let style = context.style
        var lines = InsightPage.lines(planner, insights, today: context.today, width: 78, glyphs: style.glyphs,
                                      audience: .commandLine, nextCount: Self.nextCount).map(style.paint)
        lines.append("")
        lines += Self.roleTable(planner, closest: insights.closestRole, style: style)
        if let gaps {
            lines.append("")
            lines += Self.gapLines(gaps, planner: planner, style: style)
        }
        print(lines.joined(separator: "\n"))
    }

    /// Every role with its readiness and hours left; `*` the target, `~` the closest.
    static func roleTable(_ planner: Planner, closest: Role?, style: OutputStyle) -> [String] {
        var lines = [style.paint("Readiness and hours left for each role (* target, ~ closest)", .heading)]
        let nameWidth = min(30, planner.catalog.roles.map { TerminalText.width(style.clean($0.name)) }.max() ?? 0)
        for role in planner.catalog.roles {
            let readiness = planner.readiness(for: role)
            let mark = role.id == planner.progress.targetRole ? "* " : role.id == closest?.id ? "~ " : "  "
            var line = mark + style.column(role.name, nameWidth) + "  " + ProgressBar.render(readiness.fraction, width: 12, glyphs: style.glyphs)
            line += "  " + style.rightAligned("\(readiness.percent)%", 4) + "  " + style.rightAligned("\(readiness.done)/\(readiness.total)", 5)
            line += "  " + style.rightAligned(HoursText.hours(readiness.hoursLeft) + " h left", 11)
            if readiness.skipped > 0 { line += " (\(readiness.skipped) skipped)" }
            lines.append(line)
        }
        return lines
    }

    /// The role's missing skills by category.
    static func gapLines(_ gaps: RoleGaps, planner: Planner, style: OutputStyle) -> [String] {
        let name = planner.catalog.role(gaps.readiness.roleID)?.name ?? gaps.readiness.roleID
        let lines = [style.paint("Still to learn for \(style.clean(name)): "
                                 + InsightText.count(gaps.missingCount, "skill") + ", \(HoursText.hours(gaps.readiness.hoursLeft)) h", .heading)]
        if gaps.missing.isEmpty { return lines + ["  nothing: every skill it needs is done or skipped"] }
        let groups = gaps.missing.map { group in
            (group.category.name, group.skills.map { $0.name + (planner.progress.state(of: $0.id) == .learning ? " (learning)" : "") })
        }
        return lines + ComparisonLines.groupLines(groups, width: 78)
    }
}
