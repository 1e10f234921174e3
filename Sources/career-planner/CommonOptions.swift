import ArgumentParser
import PlannerEngine

/// `--file PATH` and `--catalog PATH`, taken by every command: the files a run works on.
struct DataFileOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The data file (default: $CAREER_PLANNER_FILE, else $XDG_DATA_HOME/career-planner/progress.json, else ~/.local/share/career-planner/progress.json).",
        valueName: "path"))
    var file: String?

    @Option(name: .long, help: ArgumentHelp(
        "A custom catalog over the built-in one, or in its place if it says \"replace\": true (default: $CAREER_PLANNER_CATALOG, else $XDG_CONFIG_HOME/career-planner/catalog.json or ~/.config/career-planner/catalog.json if it exists).",
        valueName: "path"))
    var catalog: String?
}

/// `--json`, taken by every listing.
struct JSONOption: ParsableArguments {
    @Flag(name: .long, help: "Print JSON (field names in the README) instead of text.")
    var json = false
}

/// A command that only reads: it loads the catalog and the data file, then
/// prints a report of them.
protocol ReportCommand: ParsableCommand {
    var data: DataFileOption { get }
    func report(_ planner: Planner, context: RunContext) throws
}

extension ReportCommand {
    func run() throws {
        try CommandFailure.reporting {
            let context = try RunContext(fileOption: data)
            try report(try context.planner(), context: context)
        }
    }
}
