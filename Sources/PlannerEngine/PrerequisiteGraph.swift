/// The skills' "needs first" relation, for finding cycles. Skills are
/// numbered in catalog order (a repeated id counts once, as its first record
/// does), so that a 10,000-skill catalog is walked with arrays, not by hashing ids.
struct PrerequisiteGraph {
    private let ids: [String]
    /// For each skill, the skills it needs that are in the catalog, itself left out.
    private let edges: [[Int]]

    init(_ skills: [Skill]) {
        var number: [String: Int] = [:]
        number.reserveCapacity(skills.count)
        var ids: [String] = [], needs: [[String]] = []
        for skill in skills where number[skill.id] == nil {
            number[skill.id] = ids.count
            ids.append(skill.id)
            needs.append(skill.prerequisites)
        }
        self.ids = ids
        edges = needs.enumerated().map { skill, needs in needs.compactMap { number[$0].flatMap { $0 == skill ? nil : $0 } } }
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

        for root in ids.indices where marks[root] == unvisited {
            path.append((root, 0))
            placeOnPath[root] = 0
            marks[root] = visiting
            while let top = path.last {
                let needs = edges[top.skill]
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
