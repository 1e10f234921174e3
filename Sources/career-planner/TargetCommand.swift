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
            print(StatusCommand.progressLine(planner, style: context.style))
        }
    }
}
