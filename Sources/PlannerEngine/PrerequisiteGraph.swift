/// The skills' "needs first" relation, for finding cycles. Skills are
/// numbered by their place in the catalog, found through its id index (a
/// repeated id counts once, as its first record does), so that a
/// 10,000-skill catalog is walked with arrays rather than by hashing ids.
struct PrerequisiteGraph {
    private let ids: [String]
    /// For each skill, the skills it needs that are in the catalog, itself left out;
    /// nil for a later record of a repeated id, which is not walked.
    private let edges: [[Int]?]

    init(_ catalog: Catalog) {
        ids = catalog.skills.map(\.id)
        edges = catalog.skills.enumerated().map { place, skill in
            guard catalog.position(of: skill.id) == place else { return nil }
            return skill.prerequisites.compactMap { catalog.position(of: $0).flatMap { $0 == place ? nil : $0 } }
        }
    }

    /// Each cycle once, as the ids along it ending where it started. Walks with
    /// an explicit stack, so a chain of any length cannot overflow the call stack.
    func cycles() -> [[String]] {
        let unvisited: UInt8 = 0, visiting: UInt8 = 1, done: UInt8 = 2
        var marks = [UInt8](repeating: unvisited, count: ids.count)
        var found: [[String]] = []
        // The path being walked, each with the index of the next prerequisite to look at.
        var path: [(skill: Int, next: Int)] = []
        var placeOnPath = [Int](repeating: -1, count: ids.count)

        for root in ids.indices where marks[root] == unvisited && edges[root] != nil {
            path.append((root, 0))
            placeOnPath[root] = 0
            marks[root] = visiting
            while let top = path.last {
                let needs = edges[top.skill]!
                guard top.next < needs.count else {
                    path.removeLast()
                    placeOnPath[top.skill] = -1
                    marks[top.skill] = done
                    continue
                }
                path[path.count - 1].next += 1
                let next = needs[top.next]
                switch marks[next] {
                case visiting:
                    found.append(path[placeOnPath[next]...].map { ids[$0.skill] } + [ids[next]])
                case done:
                    continue
                default:
                    marks[next] = visiting
                    placeOnPath[next] = path.count
                    path.append((next, 0))
                }
            }
        }
        return found
    }
}
