/// The skills' "needs first" relation, for finding cycles.
struct PrerequisiteGraph {
    private let order: [String]
    private let edges: [String: [String]]

    init(_ skills: [Skill]) {
        order = skills.map(\.id)
        edges = Dictionary(skills.map { ($0.id, $0.prerequisites) }, uniquingKeysWith: { first, _ in first })
    }

    /// Each cycle once, as the ids along it ending where it started.
    func cycles() -> [[String]] {
        enum Mark { case visiting, done }
        var marks: [String: Mark] = [:]
        var stack: [String] = []
        var found: [[String]] = []

        func visit(_ id: String) {
            marks[id] = .visiting
            stack.append(id)
            for next in edges[id] ?? [] where edges[next] != nil && next != id {
                switch marks[next] {
                case .visiting:
                    let start = stack.firstIndex(of: next)!
                    found.append(Array(stack[start...]) + [next])
                case .done: continue
                case nil: visit(next)
                }
            }
            stack.removeLast()
            marks[id] = .done
        }
        for id in order where marks[id] == nil { visit(id) }
        return found
    }
}
