/// Everything the user has said: their target role, per skill id where they
/// stand, their study log and their plan. Ids the catalog does not know are kept as they are, never dropped.
public struct UserProgress: Equatable, Sendable {
    /// 2 added the study log and the plan; files of version 1 read as having neither.
    public static let schemaVersion = 2

    public var targetRole: String?
    public var skills: [String: SkillProgress]
    /// Study time, in the order it was logged.
    public var log: [LogEntry]
    /// The plan the user made, with the settings it was made with.
    public var plan: StudyPlan?

    public init(targetRole: String? = nil, skills: [String: SkillProgress] = [:], log: [LogEntry] = [],
                plan: StudyPlan? = nil) {
        self.targetRole = targetRole
        self.skills = skills
        self.log = log
        self.plan = plan
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
