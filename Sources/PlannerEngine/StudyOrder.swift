/// The order to study a set of skills in: every prerequisite before what needs
/// it, and otherwise skills already being learned first, then by phase, by
/// category and by their place in the catalog.
enum StudyOrder {
    static func order(_ skills: [Skill], catalog: Catalog, progress: UserProgress) -> [Skill] {
        let phaseRank = Dictionary(catalog.phases.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let categoryRank = Dictionary(catalog.categories.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let catalogRank = Dictionary(catalog.skills.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        func key(_ skill: Skill) -> [Int] {
            let category = catalog.category(skill.category)
            return [progress.state(of: skill.id) == .learning ? 0 : 1,
                    category.flatMap { phaseRank[$0.phase] } ?? Int.max,
                    categoryRank[skill.category] ?? Int.max,
                    catalogRank[skill.id] ?? Int.max]
        }

        let index = Dictionary(skills.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        var waitingOn = [Int](repeating: 0, count: skills.count)
        var unlocks = [[Int]](repeating: [], count: skills.count)
        for (position, skill) in skills.enumerated() {
            for prerequisite in Set(skill.prerequisites) {
                guard let before = index[prerequisite], before != position else { continue }
                waitingOn[position] += 1
                unlocks[before].append(position)
            }
        }
        let keys = skills.map(key)
        var ready = MinHeap<Int> { keys[$0].lexicographicallyPrecedes(keys[$1]) }
        for position in skills.indices where waitingOn[position] == 0 { ready.push(position) }
        var ordered: [Skill] = []
        ordered.reserveCapacity(skills.count)
        while let next = ready.pop() {
            ordered.append(skills[next])
            for after in unlocks[next] {
                waitingOn[after] -= 1
                if waitingOn[after] == 0 { ready.push(after) }
            }
        }
        // A cycle (which the catalog validator reports) leaves skills unordered: put them last.
        if ordered.count < skills.count {
            let placed = Set(ordered.map(\.id))
            ordered += skills.filter { !placed.contains($0.id) }
        }
        return ordered
    }
}
