import ArgumentParser
import PlannerEngine

struct WeekCommand: ReportCommand {
    static let configuration = CommandConfiguration(
        commandName: "week",
        abstract: "This week of the plan: each skill's hours planned and logged.")

    @OptionGroup var data: DataFileOption

    func report(_ planner: Planner, context: RunContext) throws {
        print(Self.lines(planner, today: context.today, style: context.style).joined(separator: "\n"))
    }

    static func lines(_ planner: Planner, today: Day, style: OutputStyle) -> [String] {
        guard let plan = planner.progress.plan else { return [noPlan] }
        guard let summary = WeekSummary(planner: planner, today: today) else { return [outside(plan, today: today)] }
        var lines = [style.paint(summary.heading, .heading)]
        lines += summary.skillLines(style: style)
        let onPlan = summary.entries.filter { entry in
            plan.blocks(inWeek: summary.week).contains { $0.skillID == entry.skillID }
        }.reduce(0) { $0 + $1.minutes }
        lines.append(summary.loggedLine + " (\(HoursText.hours(minutes: onPlan)) h on this week's skills, "
                     + "\(HoursText.hours(minutes: summary.loggedMinutes - onPlan)) h on others).")
        return lines
    }

    static let noPlan = "No plan yet: make one with 'career-planner plan'."

    /// What to say on a day the plan does not cover.
    static func outside(_ plan: StudyPlan, today: Day) -> String {
        today < plan.settings.start
            ? "Your plan starts on \(plan.settings.start.iso), in \(DurationText.days(today.days(to: plan.settings.start)))."
            : "Your plan ended on \(plan.end.iso). 'career-planner plan --replan' makes a new one."
    }
}
