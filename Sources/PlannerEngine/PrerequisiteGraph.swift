/// The skills' "needs first" relation, for finding cycles.
struct PrerequisiteGraph {
    private let order: [String]
    private let edges: [String: [String]]

    init(_ skills: [Skill]) {
        order = skills.map(\.id)
        edges = Dictionary(skills.map { ($0.id, $0.prerequisites) }, uniquingKeysWith: { first, _ in first })
    }

    /// Each cycle once, as the ids along it ending where it started. Walks with
    /// an explicit stack, so a chain of any length cannot overflow the call stack.
    func cycles() -> [[String]] {
        enum Mark { case visiting, done }
        var marks: [String: Mark] = [:]
        var found: [[String]] = []
        // The path being walked, each with the index of the next prerequisite to look at.
        var path: [(id: String, next: Int)] = []
        var onPath: [String: Int] = [:]

        for root in order where marks[root] == nil {
            path.append((root, 0))
            onPath[root] = 0
            marks[root] = .visiting
            while let top = path.last {
                let needs = edges[top.id] ?? []
                guard top.next < needs.count else {
                    path.removeLast()
                    onPath[top.id] = nil
                    marks[top.id] = .done
                    continue
                }
                path[path.count - 1].next += 1
                let next = needs[top.next]
                guard edges[next] != nil, next != top.id else { continue }
                switch marks[next] {
                case .visiting:
                    let start = onPath[next]!
                    found.append(path[start...].map(\.id) + [next])
                case .done:
                    continue
                case nil:
                    marks[next] = .visiting
                    onPath[next] = path.count
                    path.append((next, 0))
                }
            }
        }
        return found
    }
}
