import ArgumentParser
import FoundationEssentials
import Glibc
import PlannerEngine
import PlannerTUI

@main
struct CareerPlanner: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "career-planner",
        abstract: "Plan a move into machine learning: roles, skills, a study plan, progress.",
        discussion: """
        With no subcommand, opens the full-screen interface (press ? in it for the keys).

        Environment:
          CAREER_PLANNER_FILE   data file to use when --file is not given
          CAREER_PLANNER_TODAY  the date to take as today (YYYY-MM-DD)
          XDG_DATA_HOME         data folder (default ~/.local/share)
          CAREER_PLANNER_CATALOG  custom catalog to use when --catalog is not given
          XDG_CONFIG_HOME       config folder (default ~/.config); a catalog.json in
                                its career-planner folder is used when it exists
          NO_COLOR              no colours, even on a terminal

        Exit codes: 0 done, 64 bad usage or unknown id, 65 unreadable data or catalog,
        66 a named file (catalog, import) does not exist, 69 no terminal for the
        interface, 73 an output file is already there (see --force), 74 cannot read
        or write, 75 another career-planner is writing the file.
        """,
        subcommands: [
            StatusCommand.self, RolesCommand.self, RoleCommand.self, SkillsCommand.self,
            TickCommand.self, TargetCommand.self, PlanCommand.self, LogCommand.self, TodayCommand.self,
            WeekCommand.self, StatsCommand.self, NextCommand.self, CompareCommand.self, HabitCommand.self,
            ExportCommand.self, ImportCommand.self, RestoreCommand.self, DoctorCommand.self, CatalogCommand.self,
        ]
    )

    @OptionGroup var data: DataFileOption

    /// Opens the interface straight away when the arguments only name the
    /// files (`--file PATH`, `--catalog PATH`, each at most once): parsing
    /// them with ArgumentParser, which first looks through the program's
    /// protocol conformances, took a sixth of the time to the first frame.
    /// Anything else, `--help` and mistakes included, goes to ArgumentParser.
    static func main() {
        guard let files = InterfaceFiles(arguments: CommandLine.arguments.dropFirst()) else {
            main(nil)
            return
        }
        do {
            try openInterface(file: files.file, catalog: files.catalog)
        } catch {
            exit(withError: error)
        }
    }

    /// No subcommand: the full-screen interface.
    func run() throws {
        try Self.openInterface(file: data.file, catalog: data.catalog)
    }

    static func openInterface(file: String?, catalog: String?) throws {
        try CommandFailure.reporting {
            let environment = ProcessInfo.processInfo.environment
            guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw Self.noTerminal }
            // The data file is read on the other core while the catalog is read and checked on this one;
            // errors come in the same order as before, the catalog's first.
            let dataFile = (try? DataFileLocation.resolve(explicit: file, environment: environment)).map { path in
                ReadAhead { try SharedDataFile(store: ProgressStore(path: path)) }
            }
            let context = try RunContext(file: file, catalogFile: catalog, environment: environment)
            let file = try dataFile?.value() ?? SharedDataFile(store: context.store)
            let state = AppState(planner: Planner(catalog: context.catalog, progress: file.base), today: context.today,
                                 width: 80, height: 24, glyphs: Glyphs.forLocale(environment))
            var session = TUISession(state: state, storage: file, export: { data, path in
                try ExportFile.write(data, to: ExportDialog.fullPath(path, home: environment["HOME"]), replacing: false)
            })
            do {
                try CursesDriver.run(&session, environment: environment)
            } catch CursesDriver.Failure.notATerminal {
                throw Self.noTerminal
            } catch CursesDriver.Failure.unknownTerminal(let name) {
                throw CommandFailure("the terminal type \"\(name)\" is unknown, so the full-screen interface cannot start; "
                                     + "set TERM (e.g. TERM=xterm-256color) or use a subcommand", code: CommandFailure.unavailable)
            }
        }
    }

    static let noTerminal = CommandFailure(
        "the full-screen interface needs a terminal on stdin and stdout; in scripts use a subcommand, e.g. 'career-planner status'",
        code: CommandFailure.unavailable)
}
