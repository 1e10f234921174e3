import ArgumentParser
import PlannerEngine

extension Day: ExpressibleByArgument {
    public init?(argument: String) { self.init(iso: argument) }
}

struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Make (or show) a 12–18 month study plan for your target role, week by week.",
        discussion: """
        The first run makes the plan and keeps it in the data file with the settings that made it; \
        later runs show it. --replan rebuilds it from today (or --start), keeping done skills and the log. \
        With no --months or --hours-per-week, a new plan takes 15 months and a replan keeps the old hours a week. \
        If the work does not fit 12–18 months, nothing is written and the message says what would fit.
        """)

    // `.unconditional` takes "-1" as the value (and so gets the range message), not as an option.
    @Option(parsing: .unconditional, help: "Months the plan should take, 12 to 18 (default 15).")
    var months: Int?

    @Option(name: .customLong("hours-per-week"), parsing: .unconditional,
            help: "Study hours a week, more than 0 and at most 80, in tenths.")
    var hoursPerWeek: Double?

    @Option(help: ArgumentHelp("First day of the plan, YYYY-MM-DD (default today).", valueName: "date"))
    var start: Day?

    @Flag(inversion: .prefixedNo, help: "Plan the role's nice-to-have skills too.")
    var niceToHave: Bool?

    @Flag(help: "Rebuild an existing plan from today (or --start).")
    var replan = false

    @OptionGroup var data: DataFileOption
    @OptionGroup var output: JSONOption

    func run() throws {
        try CommandFailure.reporting {
            let context = try RunContext(fileOption: data)
            let options = Planner.PlanOptions(months: months, hoursPerWeek: hoursPerWeek, start: start,
                                              includeNiceToHave: niceToHave, replan: replan)
            var plan: StudyPlan?
            let planner = try context.change { plan = try $0.plan(options, today: context.today) }
            guard let plan else { return }
            if output.json {
                try JSONViews.printJSON(JSONViews.PlanView(plan, planner: planner))
            } else {
                print(PlanPage(planner: planner, plan: plan, today: context.today, style: context.style)
                    .lines().joined(separator: "\n"))
            }
        }
    }
}
