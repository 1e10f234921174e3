import ArgumentParser
import PlannerEngine

struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "Log study time, optionally against a skill (a skill still to do becomes learning).")

    @Argument(help: "Minutes studied, 1 to 1440.")
    var minutes: Int

    @Option(help: ArgumentHelp("The skill studied.", valueName: "id"))
    var skill: String?

    @Option(help: ArgumentHelp("The day studied, YYYY-MM-DD (default today; not in the future).", valueName: "date"))
    var date: Day?

    @Option(help: "A note kept with the entry.")
    var note: String?

    @OptionGroup var data: DataFileOption

    func run() throws {
        try CommandFailure.reporting {
            let context = try RunContext(fileOption: data)
            let day = date ?? context.today
            let planner = try context.change {
                try $0.log(minutes: minutes, skillID: skill, date: day, note: note, today: context.today)
            }
            var line = "Logged \(DurationText.text(minutes: minutes))"
            if let skill { line += " on \(skill)" }
            print(line + " (\(day.iso)).")
            if let summary = WeekSummary(planner: planner, today: context.today) {
                print(summary.loggedLine + ".")
            }
        }
    }
}

/// Study time as people say it: `45 min`, `1 h 30 min`, `2 h`.
enum DurationText {
    static func text(minutes: Int) -> String {
        let hours = minutes / 60, rest = minutes % 60
        if hours == 0 { return "\(rest) min" }
        return rest == 0 ? "\(hours) h" : "\(hours) h \(rest) min"
    }

    /// `1 day`, `9 days`.
    static func days(_ count: Int) -> String { count == 1 ? "1 day" : "\(count) days" }
}
