/// Everything the user has said: their target role, per skill id where they
/// stand, their study log and their plan. Ids the catalog does not know are kept as they are, never dropped.
public struct UserProgress: Equatable, Sendable {
    /// The newest version this program reads. 2 added the study log and the
    /// plan (a version 1 file has neither); 3 added the streak rules. A file is
    /// written at the oldest version that holds everything in it.
    public static let schemaVersion = 3

    public var targetRole: String?
    public var skills: [String: SkillProgress]
    /// Study time, in the order it was logged.
    public var log: [LogEntry]
    /// The plan the user made, with the settings it was made with.
    public var plan: StudyPlan?
    /// Streak rules the user changed; nil: the standard ones.
    public var habit: HabitRules?

    public init(targetRole: String? = nil, skills: [String: SkillProgress] = [:], log: [LogEntry] = [],
                plan: StudyPlan? = nil, habit: HabitRules? = nil) {
        self.targetRole = targetRole
        self.skills = skills
        self.log = log
        self.plan = plan
        self.habit = habit
    }

    /// The version the file is written at: the oldest that holds all of this.
    public var fileSchemaVersion: Int { habit == nil ? 2 : 3 }

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
