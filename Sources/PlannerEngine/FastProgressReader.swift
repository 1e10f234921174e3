import FoundationEssentials

/// Reads a data file straight into `UserProgress` in one pass over its bytes,
/// about twenty times faster than Foundation's decoder, which matters for a
/// log of 100,000 entries. It accepts only what it is sure of: strict JSON,
/// every field known and of the right type, every value in range, no field
/// twice, whole numbers written plainly. Anything else gives nil, and the
/// careful decoder reads the file again and names the problem. Where both
/// accept a file they give the same progress (the fuzzer checks this).
enum FastProgressReader {
    static func read(_ data: Data) -> UserProgress? {
        FastJSONScanner.scan(data) { $0.progressDocument() }
    }
}

/// The data file's shape, read with the scanner's JSON pieces.
private extension FastJSONScanner {
    mutating func progressDocument() -> UserProgress? {
        var version: Int?, skills: [String: SkillProgress]?, target: String??, log: [LogEntry]??
        var plan: StudyPlan??, habit: HabitRules??
        let read = object { parser, key in
            switch key {
            case "schemaVersion": return once(&version, parser.integer())
            case "skills": return once(&skills, parser.skills())
            case "targetRole": return once(&target, parser.optional { $0.string() })
            case "log": return once(&log, parser.optional { $0.list(reserving: $0.logRoom) { $0.logEntry() } })
            case "plan": return once(&plan, parser.optional { $0.plan() })
            case "habit": return once(&habit, parser.optional { $0.habit() })
            default: return false
            }
        }
        guard read, atEnd(), let version, (1...UserProgress.schemaVersion).contains(version), let skills else {
            return nil
        }
        return UserProgress(targetRole: target ?? nil, skills: skills, log: (log ?? nil) ?? [], plan: plan ?? nil,
                            habit: habit ?? nil)
    }

    /// Room for as many log entries as the rest of the file could hold, so
    /// that a long log is not copied each time its array outgrows its room.
    /// Room left unused is address space only: the pages are never touched.
    var logRoom: Int { (bytes.count - index) / LogEntry.shortestInAFile }

    mutating func skills() -> [String: SkillProgress]? {
        var skills: [String: SkillProgress] = [:]
        let read = object { parser, name in
            guard let id = name.text, skills[id] == nil, let record = parser.skillRecord() else { return false }
            skills[id] = record
            return true
        }
        return read ? skills : nil
    }

    mutating func skillRecord() -> SkillProgress? {
        var state: SkillState?, changed: Day??, note: String??, evidence: [String]??
        let read = object { parser, key in
            switch key {
            case "state": return once(&state, parser.string().flatMap(SkillState.init(rawValue:)))
            case "changed": return once(&changed, parser.optional { $0.day() })
            case "note": return once(&note, parser.optional { $0.string() })
            case "evidence": return once(&evidence, parser.optional { $0.list { $0.string() } })
            default: return false
            }
        }
        guard read, let state else { return nil }
        return SkillProgress(state: state, changed: changed ?? nil, note: note ?? nil, evidence: (evidence ?? nil) ?? [])
    }

    mutating func logEntry() -> LogEntry? {
        var date: Day?, minutes: Int?, skill: String??, note: String??
        let read = object { parser, key in
            switch key {
            case "date": return once(&date, parser.day())
            case "minutes": return once(&minutes, parser.integer())
            case "skill": return once(&skill, parser.optional { $0.string() })
            case "note": return once(&note, parser.optional { $0.string() })
            default: return false
            }
        }
        guard read, let date, let minutes, (1...LogEntry.minutesInADay).contains(minutes) else { return nil }
        return LogEntry(date: date, minutes: minutes, skillID: skill ?? nil, note: note ?? nil)
    }

    mutating func plan() -> StudyPlan? {
        var blocks: [PlanBlock]?, hours: Double?, months: Int?, niceToHave: Bool?, role: String?, start: Day?
        let read = object { parser, key in
            switch key {
            case "blocks": return once(&blocks, parser.list { $0.planBlock() })
            case "hoursPerWeek": return once(&hours, parser.decimal())
            case "months": return once(&months, parser.integer())
            case "niceToHave": return once(&niceToHave, parser.boolean())
            case "role": return once(&role, parser.string())
            case "start": return once(&start, parser.day())
            default: return false
            }
        }
        guard read, let blocks, let hours, hours > 0, hours <= ScheduleBuilder.maximumHoursPerWeek,
              let months, let niceToHave, let role, let start else { return nil }
        for (index, block) in blocks.enumerated() where block.week < 1 || (index > 0 && block.week < blocks[index - 1].week) {
            return nil
        }
        return StudyPlan(settings: PlanSettings(roleID: role, start: start, months: months, hoursPerWeek: hours,
                                                includeNiceToHave: niceToHave), blocks: blocks)
    }

    mutating func planBlock() -> PlanBlock? {
        var week: Int?, skill: String?, minutes: Int?
        let read = object { parser, key in
            switch key {
            case "week": return once(&week, parser.integer())
            case "skill": return once(&skill, parser.string())
            case "minutes": return once(&minutes, parser.integer())
            default: return false
            }
        }
        guard read, let week, let skill, let minutes, minutes > 0 else { return nil }
        return PlanBlock(week: week, skillID: skill, minutes: minutes)
    }

    mutating func habit() -> HabitRules? {
        var minutes: Int?, rest: Int?
        let read = object { parser, key in
            switch key {
            case "minutesPerDay": return once(&minutes, parser.integer())
            case "restDaysPerWeek": return once(&rest, parser.integer())
            default: return false
            }
        }
        guard read, let minutes, let rest, HabitRules.minutesRange.contains(minutes),
              HabitRules.restDaysRange.contains(rest) else { return nil }
        return HabitRules(minutesPerDay: minutes, restDaysPerWeek: rest)
    }

    mutating func day() -> Day? { scannedString()?.day }
}
