/// The planner's operations on a user's progress against a catalog. A value:
/// every change returns through `progress`, which the caller saves.
public struct Planner: Sendable {
    public let catalog: Catalog
    public internal(set) var progress: UserProgress

    public init(catalog: Catalog, progress: UserProgress) {
        self.catalog = catalog
        self.progress = progress
    }

    // MARK: Looking things up

    public func skill(_ id: String) throws -> Skill {
        if let skill = catalog.skill(id) { return skill }
        throw PlannerError.unknownSkill(id, suggestions: IdentifierSuggester.suggestions(for: id, among: catalog.skills.map(\.id)))
    }

    public func role(_ id: String) throws -> Role {
        if let role = catalog.role(id) { return role }
        throw PlannerError.unknownRole(id, suggestions: IdentifierSuggester.suggestions(for: id, among: catalog.roles.map(\.id)))
    }

    /// A category by its id or, ignoring case, its name ("Deep learning").
    public func category(_ id: String) throws -> Category {
        if let category = catalog.category(id) { return category }
        if let named = catalog.categories.first(where: { $0.name.lowercased() == id.lowercased() }) { return named }
        throw PlannerError.unknownCategory(id, suggestions: IdentifierSuggester.suggestions(for: id, among: catalog.categories.map(\.id)))
    }

    /// The target role, if the user chose one the catalog still has.
    public var targetRole: Role? { progress.targetRole.flatMap(catalog.role) }

    public func readiness(for role: Role) -> Readiness {
        Readiness(role: role, catalog: catalog, progress: progress)
    }

    /// Skills in catalog order, narrowed to a role's required closure plus its
    /// nice-to-have skills, a category and a state when given.
    public func skills(role: Role? = nil, category: Category? = nil, state: SkillState? = nil) -> [Skill] {
        // A role's skills are looked up by id rather than found among all of the catalog's.
        let candidates = role.map { catalog.skills(withIDs: Set(catalog.requiredClosure(of: $0).map(\.id)).union($0.niceToHaveSkills)) }
        return (candidates ?? catalog.skills).filter { skill in
            (category == nil || skill.category == category!.id)
                && (state == nil || progress.state(of: skill.id) == state!)
        }
    }

    /// How many of the catalog's skills are in each state.
    public func countsByState() -> [SkillState: Int] {
        var counts = Dictionary(uniqueKeysWithValues: SkillState.allCases.map { ($0, 0) })
        for skill in catalog.skills { counts[progress.state(of: skill.id), default: 0] += 1 }
        return counts
    }

    // MARK: Changing things

    /// Sets the state of every skill in `ids` (all checked before any changes),
    /// replacing the note when one is given and adding an evidence link.
    /// `changed` moves to `today` only when the state really changes.
    public mutating func mark(_ ids: [String], as state: SkillState, note: String? = nil,
                              evidence: String? = nil, today: Day) throws {
        let skills = try ids.map { try skill($0) }
        if let note, TextRules.hasControlCharacters(note) { throw PlannerError.controlCharacters(field: "note") }
        if let evidence, !TextRules.isLink(evidence) { throw PlannerError.invalidEvidence(evidence) }
        for skill in skills {
            var record = progress.skills[skill.id] ?? SkillProgress()
            if record.state != state || record.changed == nil {
                record.state = state
                record.changed = today
            }
            if let note { record.note = note.isEmpty ? nil : note }
            if let evidence, !record.evidence.contains(evidence) { record.evidence.append(evidence) }
            progress.skills[skill.id] = record
        }
    }

    /// Puts back an earlier state of the progress (undo and redo).
    public mutating func restore(_ earlier: UserProgress) {
        progress = earlier
    }

    public mutating func setTarget(_ id: String) throws {
        progress.targetRole = try role(id).id
    }
}
