import ArgumentParser
import PlannerEngine

struct TargetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "target",
        abstract: "Choose the role you are aiming for.")

    @Argument(help: "The role's id, as 'career-planner roles' lists it.")
    var id: String

    @OptionGroup var data: DataFileOption

    func run() throws {
        try CommandFailure.reporting {
            let context = try RunContext(fileOption: data)
            let planner = try context.change { try $0.setTarget(id) }
            print(Self.progressLine(planner, style: context.style))
        }
    }

    /// What a change answers with: the target role's progress, or a hint to choose one.
    static func progressLine(_ planner: Planner, style: OutputStyle) -> String {
        guard let target = planner.targetRole else {
            let done = planner.countsByState()[.done] ?? 0
            return "\(done) of \(planner.catalog.skills.count) skills done; choose a target role with 'career-planner target ROLE' to follow your progress towards it"
        }
        return StatusCommand.targetLine(planner, target, style: style)
    }
}
