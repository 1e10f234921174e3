import ArgumentParser
import PlannerEngine
import PlannerTUI

struct StatusCommand: ReportCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show the target role, readiness for every role, and skills by state.")

    @OptionGroup var data: DataFileOption
    @OptionGroup var output: JSONOption

    @Flag(help: "Print one line for a shell prompt or status bar: target readiness, pace and streak.")
    var short = false

    func validate() throws {
        if short && output.json { throw ValidationError("--short and --json cannot be used together") }
    }

    func report(_ planner: Planner, context: RunContext) throws {
        if short {
            print(InsightText.statusLine(planner, today: context.today, glyphs: context.style.glyphs))
        } else if output.json {
            var counts: [String: Int] = [:]
            for (state, count) in planner.countsByState() { counts[state.rawValue] = count }
            try JSONViews.printJSON(JSONViews.StatusView(
                today: context.today, file: context.store.path, targetRole: planner.progress.targetRole,
                roles: JSONViews.roleSummaries(planner), counts: counts, skills: planner.catalog.skills.count,
                pace: planner.pace(today: context.today).map(JSONViews.PaceView.init)))
        } else {
            print(Self.render(planner, today: context.today, style: context.style).joined(separator: "\n"))
        }
    }

    static func render(_ planner: Planner, today: Day, style: OutputStyle) -> [String] {
        var lines: [String] = []
        lines.append(style.paint("Target role", .heading))
        if let target = planner.targetRole {
            lines.append("  " + targetLine(planner, target, style: style))
        } else if let missing = planner.progress.targetRole {
            lines.append("  \"\(style.clean(missing))\" is not in the catalog; choose another with 'career-planner target ROLE'")
        } else {
            lines.append("  none yet (choose one with 'career-planner target ROLE')")
        }
        lines.append("")
        lines += planLines(planner, today: today, style: style)
        lines.append("")
        lines.append(style.paint("Readiness for each role", .heading))
        let nameWidth = min(34, planner.catalog.roles.map { TerminalText.width(style.clean($0.name)) }.max() ?? 0)
        for role in planner.catalog.roles {
            let readiness = planner.readiness(for: role)
            let isTarget = role.id == planner.progress.targetRole
            var line = (isTarget ? "* " : "  ") + style.column(role.name, nameWidth, isTarget ? .target : nil)
            line += "  " + ProgressBar.render(readiness.fraction, width: 20, glyphs: style.glyphs)
            line += "  " + style.rightAligned("\(readiness.percent)%", 4) + "  \(readiness.done)/\(readiness.total)"
            if readiness.skipped > 0 { line += " (\(readiness.skipped) skipped)" }
            lines.append(line)
        }
        lines.append("")
        let counts = planner.countsByState()
        let summary = [SkillState.done, .learning, .todo, .skipped].map { state -> String in
            let text = "\(counts[state] ?? 0) \(state.rawValue)"
            return style.tone(for: state).map { style.paint(text, $0) } ?? text
        }
        lines.append(style.paint("Skills: ", .heading) + summary.joined(separator: ", ")
                     + " (\(planner.catalog.skills.count) in the catalog)")
        return lines
    }

    /// The plan, the pace against it and the projected finish.
    static func planLines(_ planner: Planner, today: Day, style: OutputStyle) -> [String] {
        var lines = [style.paint("Plan", .heading)]
        guard let plan = planner.progress.plan, let pace = planner.pace(today: today) else {
            return lines + ["  none yet (make one with 'career-planner plan')"]
        }
        var span = "\(plan.settings.start.iso) to \(plan.end.iso), \(HoursText.hours(plan.settings.hoursPerWeek)) h a week"
        if let week = plan.week(containing: today) { span += "; week \(week) of \(plan.weekCount)" }
        lines.append("  " + span)
        let tone: OutputStyle.Tone = pace.slackDays < 0 ? .behind : .done
        lines.append("  Pace: " + style.paint(pace.slackText, tone)
                     + " (hours: \(HoursText.hours(minutes: pace.loggedMinutes)) logged of \(HoursText.hours(minutes: pace.expectedMinutes)) due; "
                     + "skills: \(pace.skillsDone) done of \(pace.skillsPlannedByNow) due, \(pace.skillsInPlan) in the plan)")
        if let finish = pace.projectedFinish {
            lines.append("  Projected finish: \(finish.iso) at \(HoursText.hours(minutes: Int(pace.recentMinutesPerWeek.rounded()))) h a week "
                         + "(your pace over the last four weeks)")
        } else {
            lines.append("  Projected finish: none until study is logged in the plan's last four weeks")
        }
        return lines
    }

    /// `Machine learning engineer: 14 of 52 skills done (27%)`, plus the skipped count when there is one.
    static func targetLine(_ planner: Planner, _ role: Role, style: OutputStyle) -> String {
        let readiness = planner.readiness(for: role)
        var line = "\(style.clean(role.name)): \(readiness.done) of \(readiness.total) skills done (\(readiness.percent)%)"
        if readiness.skipped > 0 { line += ", \(readiness.skipped) skipped" }
        return line
    }

    /// What a change answers with: the target role's progress, or a hint to choose one.
    static func progressLine(_ planner: Planner, style: OutputStyle) -> String {
        guard let target = planner.targetRole else {
            let done = planner.countsByState()[.done] ?? 0
            return "\(done) of \(planner.catalog.skills.count) skills done; choose a target role with 'career-planner target ROLE' to follow your progress towards it"
        }
        return targetLine(planner, target, style: style)
    }
}
