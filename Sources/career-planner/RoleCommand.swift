import ArgumentParser
import PlannerEngine

struct RoleCommand: ReportCommand {
    static let configuration = CommandConfiguration(
        commandName: "role",
        abstract: "Show one role in full: what it does, pay, outlook, routes in, skills, sources.")

    @Argument(help: "The role's id, as 'career-planner roles' lists it.")
    var id: String

    @OptionGroup var data: DataFileOption
    @OptionGroup var output: JSONOption

    func report(_ planner: Planner, context: RunContext) throws {
        let role = try planner.role(id)
        if output.json {
            let skillView = { (skill: Skill) in JSONViews.SkillView(skill, progress: planner.progress) }
            let cited = Set(RolePage.citedSourceIDs(role))
            try JSONViews.printJSON(JSONViews.RoleDetailView(
                role: role, target: role.id == planner.progress.targetRole,
                readiness: .init(planner.readiness(for: role)),
                requiredClosure: planner.catalog.requiredClosure(of: role).map(skillView),
                niceToHave: role.niceToHaveSkills.compactMap(planner.catalog.skill).map(skillView),
                sources: planner.catalog.sources.filter { cited.contains($0.id) }))
        } else {
            print(RolePage(planner: planner, role: role, style: context.style).lines().joined(separator: "\n"))
        }
    }
}
