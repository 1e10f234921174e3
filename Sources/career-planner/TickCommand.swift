import ArgumentParser
import PlannerEngine

struct TickCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tick",
        abstract: "Mark skills done (or learning, todo, skipped), with a note or an evidence link.")

    @Argument(help: ArgumentHelp("One or more skill ids, as 'career-planner skills' lists them.", valueName: "id"))
    var ids: [String]

    @Option(help: "The new state: done, learning, todo or skipped.")
    var state: SkillState = .done

    @Option(help: "A note kept with the skill (replaces the old one; an empty note removes it).")
    var note: String?

    @Option(help: ArgumentHelp("A link that shows the work (a repository, a post, a certificate).", valueName: "url"))
    var evidence: String?

    @OptionGroup var data: DataFileOption

    func validate() throws {
        if ids.isEmpty { throw ValidationError("name at least one skill id") }
    }

    func run() throws {
        try CommandFailure.reporting {
            let context = try RunContext(fileOption: data)
            let planner = try context.change { planner in
                try planner.mark(ids, as: state, note: note, evidence: evidence, today: context.today)
            }
            let style = context.style
            var seen = Set<String>()
            for id in ids where seen.insert(id).inserted {
                print("\(id): " + (style.tone(for: state).map { style.paint(state.rawValue, $0) } ?? state.rawValue))
            }
            print(StatusCommand.progressLine(planner, style: style))
        }
    }
}
