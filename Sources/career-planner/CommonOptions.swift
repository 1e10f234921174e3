import ArgumentParser

/// `--file PATH`, taken by every command.
struct DataFileOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The data file (default: $CAREER_PLANNER_FILE, else $XDG_DATA_HOME/career-planner/progress.json).",
        valueName: "path"))
    var file: String?
}

/// `--json`, taken by every listing.
struct JSONOption: ParsableArguments {
    @Flag(name: .long, help: "Print JSON (field names in the README) instead of text.")
    var json = false
}
