import ArgumentParser
import PlannerEngine
import PlannerTUI

struct HabitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "habit",
        abstract: "Show or change what keeps a study streak going.",
        discussion: "With no option, shows the rules. The standard ones: a day counts from 20 minutes, and 1 rest day a week keeps a streak.")

    @Option(help: ArgumentHelp("Minutes of study that make a day count (1-1440).", valueName: "minutes"))
    var minutes: Int?

    @Option(name: .customLong("rest-days"), help: ArgumentHelp("Days a week without study that keep a streak (0-6).", valueName: "days"))
    var restDays: Int?

    @OptionGroup var data: DataFileOption

    func run() throws {
        try CommandFailure.reporting {
            let context = try RunContext(fileOption: data)
            let planner: Planner
            if minutes == nil && restDays == nil {
                planner = try context.planner()
            } else {
                planner = try context.change { try $0.setHabit(minutesPerDay: minutes, restDaysPerWeek: restDays) }
            }
            print(InsightText.rules(planner.habitRules))
            let streaks = Streaks(daily: DailyMinutes(planner.progress.log), rules: planner.habitRules, today: context.today)
            print(InsightText.streak(streaks, glyphs: context.style.glyphs))
        }
    }
}
