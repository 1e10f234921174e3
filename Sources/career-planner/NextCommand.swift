import ArgumentParser
import PlannerEngine
import PlannerTUI

struct NextCommand: ReportCommand {
    static let configuration = CommandConfiguration(
        commandName: "next",
        abstract: "List the skills to learn next, best first, each with why.",
        discussion: """
        Skills whose prerequisites are all done or skipped, on the target role's path (every skill without a \
        target), ranked by: due in the plan, already learning, required rather than nice to have, in the current \
        phase, how many skills finishing it unlocks, fitting the hours left this week.
        """)

    @Option(help: "How many to list (1-100).")
    var count = 5

    @OptionGroup var data: DataFileOption
    @OptionGroup var output: JSONOption

    func validate() throws {
        guard (1...100).contains(count) else { throw ValidationError("--count must be between 1 and 100, found \(count)") }
    }

    func report(_ planner: Planner, context: RunContext) throws {
        let next = planner.nextSkills(today: context.today)
        if output.json {
            try JSONViews.printJSON(JSONViews.nextList(next, count: count, planner: planner))
            return
        }
        let style = context.style
        var heading = "Next to learn"
        if let target = planner.targetRole { heading += " for \(style.clean(target.name))" }
        var details: [String] = []
        if let phase = next.currentPhase { details.append("phase: \(style.clean(phase.name))") }
        if let minutes = next.minutesLeftThisWeek { details.append("\(HoursText.hours(minutes: minutes)) h left in this week's plan") }
        if !details.isEmpty { heading += " (" + details.joined(separator: "; ") + ")" }
        var lines = [style.paint(heading, .heading)]
        if planner.targetRole == nil {
            lines.append("  No target role: every skill in the catalog is in the list; choose one with 'career-planner target ROLE'.")
        }
        let items = NextSkillLines.lines(next, count: count, progress: planner.progress, width: 76, glyphs: style.glyphs)
        lines += items.isEmpty ? ["  Nothing left to learn: every skill in scope is done or skipped."] : items.map { "  " + style.paint($0) }
        print(lines.joined(separator: "\n"))
    }
}
