import ArgumentParser
import PlannerEngine
import PlannerTUI

struct CompareCommand: ReportCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare two roles: readiness, hours left, the skills both need and those only one needs.")

    @Argument(help: "The first role's id.")
    var first: String

    @Argument(help: "The second role's id.")
    var second: String

    @OptionGroup var data: DataFileOption
    @OptionGroup var output: JSONOption

    func report(_ planner: Planner, context: RunContext) throws {
        let comparison = try planner.compare(first, second)
        if output.json {
            try JSONViews.printJSON(JSONViews.ComparisonView(comparison))
            return
        }
        let lines = ComparisonLines.lines(comparison, catalog: planner.catalog, progress: planner.progress, width: 78,
                                          glyphs: context.style.glyphs)
        print(lines.map(context.style.paint).joined(separator: "\n"))
    }
}
