import ArgumentParser
import PlannerEngine

extension ExportFormat: ExpressibleByArgument {}

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write your progress as Markdown, CSV, iCalendar or JSON.",
        discussion: """
        markdown  a progress report for a README: target and readiness, skills by category, the plan by month, study time
        csv       every skill with its state, date, note and evidence (--log: the study log instead)
        ics       the plan as calendar events: one all-day event a week, milestones on their day
        json      the whole data file, as 'career-planner import' reads it back

        Without --output the export goes to stdout. An existing file is never replaced without --force.
        """)

    @Option(help: ArgumentHelp("markdown, csv, ics or json (default: from the --output file's ending).", valueName: "format"))
    var format: ExportFormat?

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of stdout ('-' is stdout).", valueName: "path"))
    var output: String?

    @Flag(help: "Replace the --output file if it exists.")
    var force = false

    @Flag(help: "With --format csv: the study log instead of the skills.")
    var log = false

    @OptionGroup var data: DataFileOption

    func validate() throws {
        if format == nil && Self.format(ofFile: destination) == nil {
            throw ValidationError("say which format: --format markdown, csv, ics or json")
        }
        if log && chosenFormat != .csv {
            throw ValidationError("--log goes with --format csv")
        }
    }

    /// The file to write, or nil for stdout.
    private var destination: String? { output == "-" ? nil : output }

    private var chosenFormat: ExportFormat? { format ?? Self.format(ofFile: destination) }

    /// `report.md` is Markdown, `plan.ics` a calendar.
    static func format(ofFile path: String?) -> ExportFormat? {
        guard let path, let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        let ending = path[path.index(after: dot)...].lowercased()
        if ending == "markdown" { return .markdown }
        return ExportFormat.allCases.first { $0.fileExtension == ending }
    }

    func run() throws {
        try CommandFailure.reporting {
            let context = try RunContext(fileOption: data)
            guard let format = chosenFormat else { return }
            let bytes = try ProgressExport.render(format, planner: try context.planner(), today: context.today, log: log)
            guard let path = destination else {
                print(String(decoding: bytes, as: UTF8.self), terminator: "")
                return
            }
            do throws(ExportFile.Failure) {
                try ExportFile.write(bytes, to: path, replacing: force)
            } catch {
                switch error {
                case .exists:
                    throw CommandFailure("\(error); add --force to replace it", code: CommandFailure.cannotCreate)
                case .isFolder:
                    throw CommandFailure(error.description, code: CommandFailure.cannotCreate)
                case .io:
                    throw CommandFailure(error.description, code: CommandFailure.ioError)
                }
            }
            print("Exported \(format.rawValue)\(log ? " (the study log)" : "") to \(path)")
        }
    }
}
