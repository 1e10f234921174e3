import ArgumentParser
import PlannerEngine
import PlannerTUI

extension SkillState: ExpressibleByArgument {}

struct SkillsCommand: ReportCommand {
    static let configuration = CommandConfiguration(
        commandName: "skills",
        abstract: "List skills by category with their state; narrow by role, category or state.")

    @Option(help: ArgumentHelp("Only the skills this role needs (with their prerequisites) and its nice-to-have ones.",
                               valueName: "id"))
    var role: String?

    @Option(help: ArgumentHelp("Only this category (e.g. mathematics, deep-learning).", valueName: "id"))
    var category: String?

    @Option(help: "Only skills in this state: todo, learning, done or skipped.")
    var state: SkillState?

    @OptionGroup var data: DataFileOption
    @OptionGroup var output: JSONOption

    func report(_ planner: Planner, context: RunContext) throws {
        let role = try role.map(planner.role)
        let skills = planner.skills(role: role, category: try category.map(planner.category), state: state)
        if output.json {
            try JSONViews.printJSON(skills.map { JSONViews.SkillView($0, progress: planner.progress) })
            return
        }
        if skills.isEmpty {
            print("No skills match.")
            return
        }
        let style = context.style
        let idWidth = skills.map { TerminalText.width(style.clean($0.id)) }.max() ?? 0
        let nameWidth = min(40, skills.map { TerminalText.width(style.clean($0.name)) }.max() ?? 0)
        var lines: [String] = []
        for category in planner.catalog.categories {
            let group = skills.filter { $0.category == category.id }
            guard !group.isEmpty else { continue }
            // The heading counts the whole category (within --role), not only the rows a --state filter shows.
            let whole = planner.skills(role: role, category: category).map { planner.progress.state(of: $0.id) }
            let counted = whole.filter { $0 != .skipped }.count
            let done = whole.filter { $0 == .done }.count
            if !lines.isEmpty { lines.append("") }
            lines.append(style.paint(style.clean(category.name), .heading) + "  \(done)/\(counted) done")
            for skill in group {
                lines.append("  " + style.mark(planner.progress.state(of: skill.id)) + " " + style.column(skill.id, idWidth) + "  "
                             + style.column(skill.name, nameWidth) + "  " + style.rightAligned(Self.hours(skill.hours), 5) + " h")
            }
        }
        print(lines.joined(separator: "\n"))
    }

    /// `40` or `2.5`.
    static func hours(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : PrintfText.format("%.1f", value)
    }
}
