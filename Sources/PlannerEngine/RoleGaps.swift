/// What a user still has to learn for a role: the required skills (with all
/// they need first) that are neither done nor skipped, by category.
public struct RoleGaps: Equatable, Sendable {
    public struct Group: Equatable, Sendable {
        public var category: Category
        public var skills: [Skill]
    }

    public var readiness: Readiness
    /// In catalog category order; categories with nothing missing are left out.
    public var missing: [Group]

    public init(role: Role, catalog: Catalog, progress: UserProgress) {
        readiness = Readiness(role: role, catalog: catalog, progress: progress)
        let open = catalog.requiredClosure(of: role).filter { progress.state(of: $0.id).isOpen }
        missing = catalog.categories.compactMap { category in
            let skills = open.filter { $0.category == category.id }
            return skills.isEmpty ? nil : Group(category: category, skills: skills)
        }
    }

    public var missingCount: Int { missing.reduce(0) { $0 + $1.skills.count } }
}

extension Planner {
    public func gaps(for role: Role) -> RoleGaps {
        RoleGaps(role: role, catalog: catalog, progress: progress)
    }

    /// The role the done skills cover best: the highest share of its required
    /// skills done, then the fewest hours left, then catalog order. A role whose
    /// every skill is skipped is not a role to aim for, so it is left out.
    public var closestRole: Role? {
        let ranked = catalog.roles.map { ($0, readiness(for: $0)) }.filter { $0.1.total > 0 }
        return ranked.min { a, b in
            if a.1.fraction != b.1.fraction { return a.1.fraction > b.1.fraction }
            return a.1.hoursLeft < b.1.hoursLeft
        }?.0
    }
}
