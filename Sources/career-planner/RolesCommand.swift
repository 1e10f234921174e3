import ArgumentParser
import PlannerEngine
import PlannerTUI

struct RolesCommand: ReportCommand {
    static let configuration = CommandConfiguration(
        commandName: "roles",
        abstract: "List the roles with your readiness for each and their pay.")

    @OptionGroup var data: DataFileOption
    @OptionGroup var output: JSONOption

    func report(_ planner: Planner, context: RunContext) throws {
        if output.json {
            try JSONViews.printJSON(JSONViews.roleSummaries(planner))
            return
        }
        let style = context.style
        let roles = planner.catalog.roles
        let idWidth = max(2, roles.map { TerminalText.width(style.clean($0.id)) }.max() ?? 0)
        let names = roles.map { $0.name + ($0.steppingStone ? " (stepping stone)" : "") }
        let nameWidth = min(40, max(4, names.map { TerminalText.width(style.clean($0)) }.max() ?? 0))
        print(style.paint("  " + TerminalText.padded("ID", to: idWidth) + "  " + TerminalText.padded("ROLE", to: nameWidth)
                          + "  READY  PAY (US dollars a year)", .heading))
        for (role, name) in zip(roles, names) {
            let isTarget = role.id == planner.progress.targetRole
            let readiness = planner.readiness(for: role)
            print((isTarget ? "* " : "  ") + style.column(role.id, idWidth) + "  "
                  + style.column(name, nameWidth, isTarget ? .target : nil) + "  "
                  + style.rightAligned("\(readiness.percent)%", 5) + "  " + style.clean(PayText.summary(role, glyphs: style.glyphs)))
        }
        print("\n" + "'career-planner role ID' shows a role in full, with the sources of its figures.")
    }
}
