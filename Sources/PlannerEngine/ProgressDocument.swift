/// The data file as decoded: every object refuses fields it does not know, so
/// that reading and saving again can never drop something.
struct ProgressDocument: Decodable {
    var schemaVersion: Int
    var skills: [String: SkillProgress]
    var targetRole: String?
    var log: [LogEntry]?
    var plan: StudyPlan?
    var habit: HabitRules?

    enum CodingKeys: String, CodingKey, CaseIterable { case schemaVersion, skills, targetRole, log, plan, habit }

    init(from decoder: Decoder) throws {
        try StrictDecoding.rejectUnknownFields(decoder, known: CodingKeys.allCases.map(\.rawValue))
        let container = try decoder.container(keyedBy: CodingKeys.self)
        schemaVersion = try container.decode(Int.self, forKey: .schemaVersion)
        skills = try container.decode([String: SkillProgress].self, forKey: .skills)
        targetRole = try container.decodeIfPresent(String.self, forKey: .targetRole)
        log = try container.decodeIfPresent([LogEntry].self, forKey: .log)
        plan = try container.decodeIfPresent(StudyPlan.self, forKey: .plan)
        habit = try container.decodeIfPresent(HabitRules.self, forKey: .habit)
    }
}

extension HabitRules: Decodable {
    enum CodingKeys: String, CodingKey, CaseIterable { case minutesPerDay, restDaysPerWeek }

    public init(from decoder: Decoder) throws {
        try StrictDecoding.rejectUnknownFields(decoder, known: CodingKeys.allCases.map(\.rawValue))
        let container = try decoder.container(keyedBy: CodingKeys.self)
        minutesPerDay = try container.decode(Int.self, forKey: .minutesPerDay)
        restDaysPerWeek = try container.decode(Int.self, forKey: .restDaysPerWeek)
        guard HabitRules.minutesRange.contains(minutesPerDay) else {
            throw DecodingError.dataCorruptedError(forKey: .minutesPerDay, in: container,
                                                   debugDescription: "expected 1 to 1440 minutes, found \(minutesPerDay)")
        }
        guard HabitRules.restDaysRange.contains(restDaysPerWeek) else {
            throw DecodingError.dataCorruptedError(forKey: .restDaysPerWeek, in: container,
                                                   debugDescription: "expected 0 to 6 days, found \(restDaysPerWeek)")
        }
    }
}

extension LogEntry: Decodable {
    enum CodingKeys: String, CodingKey, CaseIterable { case date, minutes, skill, note }

    public init(from decoder: Decoder) throws {
        try StrictDecoding.rejectUnknownFields(decoder, known: CodingKeys.allCases.map(\.rawValue))
        let container = try decoder.container(keyedBy: CodingKeys.self)
        date = try container.decode(Day.self, forKey: .date)
        minutes = try container.decode(Int.self, forKey: .minutes)
        guard (1...LogEntry.minutesInADay).contains(minutes) else {
            throw DecodingError.dataCorruptedError(forKey: .minutes, in: container,
                                                   debugDescription: "expected 1 to 1440 minutes, found \(minutes)")
        }
        skillID = try container.decodeIfPresent(String.self, forKey: .skill)
        note = try container.decodeIfPresent(String.self, forKey: .note)
    }
}

extension StudyPlan: Decodable {
    enum CodingKeys: String, CodingKey, CaseIterable { case blocks, hoursPerWeek, months, niceToHave, role, start }

    public init(from decoder: Decoder) throws {
        try StrictDecoding.rejectUnknownFields(decoder, known: CodingKeys.allCases.map(\.rawValue))
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let hours = try container.decode(Double.self, forKey: .hoursPerWeek)
        guard hours > 0 && hours <= ScheduleBuilder.maximumHoursPerWeek else {
            throw DecodingError.dataCorruptedError(forKey: .hoursPerWeek, in: container,
                                                   debugDescription: "expected more than 0 and at most 80, found \(hours)")
        }
        settings = PlanSettings(roleID: try container.decode(String.self, forKey: .role),
                                start: try container.decode(Day.self, forKey: .start),
                                months: try container.decode(Int.self, forKey: .months),
                                hoursPerWeek: hours,
                                includeNiceToHave: try container.decode(Bool.self, forKey: .niceToHave))
        blocks = try container.decode([PlanBlock].self, forKey: .blocks)
        for (index, block) in blocks.enumerated() where block.week < 1 || (index > 0 && block.week < blocks[index - 1].week) {
            throw DecodingError.dataCorrupted(.init(
                codingPath: container.codingPath + [CodingKeys.blocks],
                debugDescription: "block \(index + 1) is in week \(block.week): weeks start at 1 and never go back"))
        }
    }
}

extension PlanBlock: Decodable {
    enum CodingKeys: String, CodingKey, CaseIterable { case week, skill, minutes }

    public init(from decoder: Decoder) throws {
        try StrictDecoding.rejectUnknownFields(decoder, known: CodingKeys.allCases.map(\.rawValue))
        let container = try decoder.container(keyedBy: CodingKeys.self)
        week = try container.decode(Int.self, forKey: .week)
        skillID = try container.decode(String.self, forKey: .skill)
        minutes = try container.decode(Int.self, forKey: .minutes)
        guard minutes > 0 else {
            throw DecodingError.dataCorruptedError(forKey: .minutes, in: container,
                                                   debugDescription: "expected a positive number of minutes, found \(minutes)")
        }
    }
}
