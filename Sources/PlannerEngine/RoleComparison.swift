/// Two roles side by side: the skills both need, the skills only one needs,
/// and what is left of each.
public struct RoleComparison: Equatable, Sendable {
    /// A set of skills with how far the user is through it.
    public struct Part: Equatable, Sendable {
        /// In catalog order.
        public var skills: [Skill]
        public var done: Int
        public var skipped: Int
        /// Hours of study in the skills neither done nor skipped.
        public var hoursLeft: Double

        init(_ skills: [Skill], progress: UserProgress) {
            self.skills = skills
            (done, skipped, hoursLeft) = (0, 0, 0)
            for skill in skills {
                switch progress.state(of: skill.id) {
                case .done: done += 1
                case .skipped: skipped += 1
                case .todo, .learning: hoursLeft += skill.hours
                }
            }
        }
    }

    public var first: Role
    public var second: Role
    public var firstReadiness: Readiness
    public var secondReadiness: Readiness
    public var shared: Part
    public var onlyFirst: Part
    public var onlySecond: Part

    public init(_ first: Role, _ second: Role, catalog: Catalog, progress: UserProgress) {
        self.first = first
        self.second = second
        firstReadiness = Readiness(role: first, catalog: catalog, progress: progress)
        secondReadiness = Readiness(role: second, catalog: catalog, progress: progress)
        let a = catalog.requiredClosure(of: first), b = catalog.requiredClosure(of: second)
        let aIDs = Set(a.map(\.id)), bIDs = Set(b.map(\.id))
        shared = Part(a.filter { bIDs.contains($0.id) }, progress: progress)
        onlyFirst = Part(a.filter { !bIDs.contains($0.id) }, progress: progress)
        onlySecond = Part(b.filter { !aIDs.contains($0.id) }, progress: progress)
    }
}

extension Planner {
    /// Compares two different roles, by id.
    public func compare(_ firstID: String, _ secondID: String) throws -> RoleComparison {
        let first = try role(firstID), second = try role(secondID)
        guard first.id != second.id else { throw PlannerError.sameRole(first.id) }
        return RoleComparison(first, second, catalog: catalog, progress: progress)
    }
}
