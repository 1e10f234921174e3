import Foundation

/// Resources/catalog.json read straight from the source tree with
/// JSONSerialization, not through PlannerEngine, so that the tests can work
/// out the expected numbers on their own.
struct ReferenceCatalog {
    struct Skill {
        var id, name, category: String
        var hours: Double
        var prerequisites: [String]
    }

    struct Role {
        var id, name: String
        var steppingStone: Bool
        var requiredSkills, niceToHaveSkills: [String]
    }

    struct Readiness: Equatable {
        var done = 0, learning = 0, todo = 0, skipped = 0
        var hoursLeft = 0.0
        var total: Int { done + learning + todo }
        var percent: Int { total == 0 ? 0 : done * 100 / total }
    }

    static let path: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Resources/catalog.json")

    let skills: [Skill]
    let roles: [Role]
    /// Category ids and names, in catalog order.
    let categories: [(id: String, name: String)]

    init() throws {
        let root = try JSONSerialization.jsonObject(with: Data(contentsOf: Self.path)) as! [String: Any]
        skills = (root["skills"] as! [[String: Any]]).map { skill in
            Skill(id: skill["id"] as! String, name: skill["name"] as! String, category: skill["category"] as! String,
                  hours: (skill["hours"] as! NSNumber).doubleValue, prerequisites: skill["prerequisites"] as! [String])
        }
        roles = (root["roles"] as! [[String: Any]]).map { role in
            Role(id: role["id"] as! String, name: role["name"] as! String,
                 steppingStone: (role["steppingStone"] as! NSNumber).boolValue,
                 requiredSkills: role["requiredSkills"] as! [String],
                 niceToHaveSkills: role["niceToHaveSkills"] as! [String])
        }
        categories = (root["categories"] as! [[String: Any]]).map { ($0["id"] as! String, $0["name"] as! String) }
    }

    func skill(_ id: String) -> Skill { skills.first { $0.id == id }! }
    func role(_ id: String) -> Role { roles.first { $0.id == id }! }

    /// The role's required skills and everything they need first, transitively,
    /// in catalog order: depth-first here, on purpose a different walk from the program's.
    func requiredClosure(of role: Role) -> [String] {
        var seen = Set<String>()
        func visit(_ id: String) {
            guard seen.insert(id).inserted else { return }
            skill(id).prerequisites.forEach(visit)
        }
        role.requiredSkills.forEach(visit)
        return skills.map(\.id).filter(seen.contains)
    }

    /// What readiness for `role` should be when `states` holds every skill that is not todo.
    func readiness(of role: Role, states: [String: String]) -> Readiness {
        var result = Readiness()
        for id in requiredClosure(of: role) {
            switch states[id] ?? "todo" {
            case "done": result.done += 1
            case "learning": result.learning += 1; result.hoursLeft += skill(id).hours
            case "skipped": result.skipped += 1
            default: result.todo += 1; result.hoursLeft += skill(id).hours
            }
        }
        return result
    }
}
