/// Everything the user has said: their target role and, per skill id, where
/// they stand. Ids the catalog does not know are kept as they are, never dropped.
public struct UserProgress: Equatable, Sendable {
    public static let schemaVersion = 1

    public var targetRole: String?
    public var skills: [String: SkillProgress]

    public init(targetRole: String? = nil, skills: [String: SkillProgress] = [:]) {
        self.targetRole = targetRole
        self.skills = skills
    }

    /// A skill nobody has touched is `todo`.
    public func state(of skillID: String) -> SkillState {
        skills[skillID]?.state ?? .todo
    }
}

/// One skill's record in the data file.
/// Written by `ProgressFileFormat`, one line per skill.
public struct SkillProgress: Decodable, Equatable, Sendable {
    public var state: SkillState
    /// The day the state last changed.
    public var changed: Day?
    public var note: String?
    public var evidence: [String]

    public init(state: SkillState = .todo, changed: Day? = nil, note: String? = nil, evidence: [String] = []) {
        self.state = state
        self.changed = changed
        self.note = note
        self.evidence = evidence
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case state, changed, note, evidence }

    public init(from decoder: Decoder) throws {
        try StrictDecoding.rejectUnknownFields(decoder, known: CodingKeys.allCases.map(\.rawValue))
        let container = try decoder.container(keyedBy: CodingKeys.self)
        state = try container.decode(SkillState.self, forKey: .state)
        changed = try container.decodeIfPresent(Day.self, forKey: .changed)
        note = try container.decodeIfPresent(String.self, forKey: .note)
        evidence = try container.decodeIfPresent([String].self, forKey: .evidence) ?? []
    }
}
