/// How far a user is towards a role: done ÷ required, where "required" is the
/// role's required skills with everything they need first, less the skipped ones.
public struct Readiness: Equatable, Sendable {
    public var roleID: String
    public var done: Int
    public var learning: Int
    public var todo: Int
    /// Left out of `total` and reported apart.
    public var skipped: Int
    /// Hours of study left in the skills not done and not skipped.
    public var hoursLeft: Double

    /// Required skills that count: done, learning and todo.
    public var total: Int { done + learning + todo }

    /// 0...1; a role whose every skill is skipped counts as 0.
    public var fraction: Double { total == 0 ? 0 : Double(done) / Double(total) }

    /// Whole percent, rounded down so that 100% means all done.
    public var percent: Int { total == 0 ? 0 : done * 100 / total }

    public init(role: Role, catalog: Catalog, progress: UserProgress) {
        roleID = role.id
        (done, learning, todo, skipped, hoursLeft) = (0, 0, 0, 0, 0)
        // By catalog position: the user's marked skills are looked up once,
        // not every skill of a role that may need thousands.
        var states = [SkillState?](repeating: nil, count: catalog.skills.count)
        for (id, record) in progress.skills {
            if let position = catalog.position(of: id) { states[position] = record.state }
        }
        for position in catalog.closurePositions(of: role.requiredSkills) {
            switch states[position] ?? .todo {
            case .done: done += 1
            case .learning: learning += 1; hoursLeft += catalog.skills[position].hours
            case .todo: todo += 1; hoursLeft += catalog.skills[position].hours
            case .skipped: skipped += 1
            }
        }
    }
}
