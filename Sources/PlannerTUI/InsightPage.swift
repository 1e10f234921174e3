import PlannerEngine

/// The progress page: habit, pace, readiness, the heatmap, the weekly and
/// category charts and what to learn next. The Progress pane shows it and
/// `career-planner stats` prints it.
public enum InsightPage {
    /// Who reads the page: the hints name keys in the interface and commands on the command line.
    public enum Audience: Sendable { case commandLine, interface }

    public static func lines(_ planner: Planner, _ insights: ProgressInsights, today: Day, width: Int, glyphs: Glyphs,
                             audience: Audience, nextCount: Int) -> [StyledLine] {
        // Text wraps at the pane's width up to 96 cells; charts stop at 76, past which bars only get harder to compare.
        let body = max(20, min(width - 2, 96))
        let chartWidth = min(body, 76)
        var lines: [StyledLine] = []
        func section(_ title: String, _ content: [StyledLine]) {
            if !lines.isEmpty { lines.append(StyledLine()) }
            lines.append(StyledLine(glyphs.plain(title), .heading))
            lines += content.map { StyledLine("  ") + $0 }
        }
        func plain(_ texts: String...) -> [StyledLine] {
            texts.flatMap { TextWrapper.wrap(glyphs.plain($0), width: body) }.map { StyledLine($0) }
        }
        let hint: (String, String) -> String = { key, command in audience == .interface ? "press \(key)" : "'career-planner \(command)'" }

        let inWindow = insights.heatmap.totalMinutes
        section("Habit", plain(InsightText.streak(insights.streaks, glyphs: glyphs), InsightText.rules(insights.rules))
                + plain("Logged: \(HoursText.hours(minutes: insights.totalMinutes)) h in all; \(HoursText.hours(minutes: inWindow)) h on "
                        + InsightText.count(insights.heatmap.daysStudied, "day") + " in the last 52 weeks."))

        if let pace = insights.pace, let plan = planner.progress.plan {
            var text = pace.slackText.prefix(1).uppercased() + pace.slackText.dropFirst()
            if let week = plan.week(containing: today) { text += glyphs.separator + "week \(week) of \(plan.weekCount)" }
            text += glyphs.separator + "\(HoursText.hours(plan.settings.hoursPerWeek)) h a week planned"
            let finish = pace.projectedFinish.map { "Projected finish at your recent pace: \($0.iso) (plan ends \(plan.end.iso))." }
                ?? "No projected finish until study is logged in the last four weeks."
            section("Pace", plain(text, finish))
        } else if let plan = planner.progress.plan {
            let role = planner.catalog.role(plan.settings.roleID)?.name ?? plan.settings.roleID
            section("Pace", plain("Your plan is for \(TerminalText.sanitized(role)), not your target: "
                                  + hint("p", "plan --replan") + " to plan for your target."))
        } else {
            section("Pace", plain("No plan yet: " + hint("p", "plan") + " to make one."))
        }

        var readiness: [String] = []
        if let target = planner.targetRole {
            let ready = planner.readiness(for: target)
            readiness.append("\(TerminalText.sanitized(target.name)): \(ready.done) of \(ready.total) skills done (\(ready.percent)%), "
                             + "\(HoursText.hours(ready.hoursLeft)) h left.")
        } else {
            readiness.append("No target role yet: " + hint("t in Roles", "target ROLE") + " to choose one.")
        }
        if let closest = insights.closestRole {
            let ready = planner.readiness(for: closest)
            readiness.append("Closest role: \(TerminalText.sanitized(closest.name)) (\(ready.percent)%, \(ready.done) of \(ready.total) skills done).")
        }
        section("Readiness", readiness.flatMap { plain($0) })

        section("Study in the last 52 weeks", HeatmapLines.lines(insights.heatmap, rules: insights.rules, glyphs: glyphs))

        let plannedWeek = planner.progress.plan.map { Int(($0.settings.hoursPerWeek * 60).rounded()) }
        let weekBars = insights.weeks.enumerated().map { index, week in
            BarChartLines.Bar(label: week.monday.shortText, minutes: week.minutes, highlighted: index == insights.weeks.count - 1)
        }
        var weekTitle = "Hours a week, last \(ProgressInsights.chartWeeks) weeks (from Monday)"
        if let plannedWeek { weekTitle += ", \(glyphs.marker) the plan's \(HoursText.hours(minutes: plannedWeek)) h" }
        section(weekTitle, BarChartLines.lines(weekBars, width: chartWidth, targetMinutes: plannedWeek, glyphs: glyphs))

        let categoryBars = insights.categories.map { BarChartLines.Bar(label: $0.bucket.name, minutes: $0.minutes) }
        section("Hours by category", categoryBars.isEmpty
                ? plain("Nothing logged yet: " + hint("L", "log MINUTES --skill SKILL") + " to log study time.")
                : BarChartLines.lines(categoryBars, width: chartWidth, glyphs: glyphs))

        var nextTitle = "Next to learn"
        if let phase = insights.next.currentPhase { nextTitle += " (phase: \(TerminalText.sanitized(phase.name)))" }
        let next = NextSkillLines.lines(insights.next, count: nextCount, progress: planner.progress, width: body, glyphs: glyphs)
        section(nextTitle, next.isEmpty ? plain("Nothing left to learn here: every skill in scope is done or skipped.") : next)
        return lines
    }
}
