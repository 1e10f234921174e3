@testable import PlannerEngine

/// A small hand-built catalog for tests whose numbers are worked out by hand.
///
///     algebra ─┐
///              ├─> models ─> deploy
///     python ──┘
///     talk (no prerequisites)
enum CatalogFixture {
    static func skill(_ id: String, _ hours: Double = 10, needs: [String] = [], category: String = "core") -> Skill {
        Skill(id: id, name: id.capitalized, category: category, hours: hours, prerequisites: needs,
              learn: "Learn \(id).", show: "Show \(id).", sources: nil)
    }

    static func role(_ id: String, required: [String], niceToHave: [String] = []) -> Role {
        Role(id: id, name: "Role \(id)", steppingStone: false, summary: "A role.", responsibilities: ["Work."],
             typicalDay: nil, pay: [], outlook: [], entryRoutes: ["Apply."], progression: ["Junior", "Senior"],
             industries: ["Tech"], requiredSkills: required, niceToHaveSkills: niceToHave, sources: ["article"])
    }

    static let catalog = Catalog(
        sources: [Source(id: "article", title: "An article", author: nil, publisher: nil, published: nil, seed: "x.txt")],
        phases: [Phase(id: "first", name: "First")],
        categories: [Category(id: "core", name: "Core", phase: "first"),
                     Category(id: "people", name: "People", phase: "first")],
        skills: [
            skill("algebra", 20), skill("python", 30), skill("models", 40, needs: ["algebra", "python"]),
            skill("deploy", 15, needs: ["models"]), skill("talk", 5, category: "people"),
        ],
        roles: [role("engineer", required: ["deploy", "talk"], niceToHave: ["algebra"]),
                role("speaker", required: ["talk"])]
    )
}
