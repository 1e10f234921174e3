import ArgumentParser
import PlannerEngine
import PlannerTUI

struct TodayCommand: ReportCommand {
    static let configuration = CommandConfiguration(
        commandName: "today",
        abstract: "What the plan has for today, and what you have logged today.")

    @OptionGroup var data: DataFileOption

    func report(_ planner: Planner, context: RunContext) throws {
        let today = context.today, style = context.style
        guard let plan = planner.progress.plan else { return print(WeekCommand.noPlan) }
        guard let summary = WeekSummary(planner: planner, today: today) else {
            return print(WeekCommand.outside(plan, today: today))
        }
        var lines = [style.paint("Today, \(today.weekdayName) \(today.iso)", .heading) + ": week \(summary.week) of \(plan.weekCount)"]
        let daysLeft = 7 - plan.start(ofWeek: summary.week).days(to: today)
        let minutesLeft = max(0, summary.plannedMinutes - summary.loggedMinutes)
        lines.append("This week's plan:")
        lines += summary.skillLines(style: style)
        if minutesLeft == 0 {
            lines.append("This week's hours are done.")
        } else {
            let perDay = ((minutesLeft + daysLeft - 1) / daysLeft + 4) / 5 * 5
            lines.append("Aim for about \(DurationText.text(minutes: perDay)) today "
                         + "(\(HoursText.hours(minutes: minutesLeft)) h left this week over \(daysLeft) day\(daysLeft == 1 ? "" : "s")).")
        }
        let todays = planner.progress.log.filter { $0.date == today }
        lines.append("Logged today: " + (todays.isEmpty ? "nothing yet" : DurationText.text(minutes: todays.reduce(0) { $0 + $1.minutes })))
        let durations = todays.map { DurationText.text(minutes: $0.minutes) }
        let durationWidth = durations.map(\.count).max() ?? 0
        for (entry, duration) in zip(todays, durations) {
            let details = [entry.skillID, entry.note].compactMap { $0.map(style.clean) }
            lines.append("  " + TerminalText.padded(duration, to: durationWidth) + "  " + details.joined(separator: "  "))
        }
        print(lines.joined(separator: "\n"))
    }
}
