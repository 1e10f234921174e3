/// Study time added up: by calendar week for the last weeks, and by skill category.
public enum StudyTotals {
    public struct Week: Equatable, Sendable {
        /// The week's Monday.
        public var monday: Day
        public var minutes: Int
    }

    /// The last `count` calendar weeks (Monday to Sunday), oldest first; the last is this week.
    public static func weeks(_ count: Int, daily: DailyMinutes, today: Day) -> [Week] {
        let thisMonday = today.monday
        return (0..<count).reversed().map { back in
            let monday = thisMonday.adding(days: -7 * back)
            return Week(monday: monday, minutes: daily.minutes(from: monday, through: min(monday.adding(days: 6), today)))
        }
    }

    /// Where a stretch of study went.
    public enum Bucket: Equatable, Sendable {
        case category(Category)
        /// Logged without naming a skill.
        case noSkill
        /// Logged against a skill the catalog no longer has.
        case unknownSkill

        public var name: String {
            switch self {
            case .category(let category): return category.name
            case .noSkill: return "No skill named"
            case .unknownSkill: return "Skills not in the catalog"
            }
        }
    }

    public struct Share: Equatable, Sendable {
        public var bucket: Bucket
        public var minutes: Int
    }

    /// Minutes logged in each category, in catalog order, then the study with
    /// no skill or an unknown one; buckets with nothing logged are left out.
    public static func byCategory(_ log: [LogEntry], catalog: Catalog) -> [Share] {
        // By skill first (one pass over the log), then each skill's minutes to its category.
        let bySkill = log.minutesBySkill()
        let noSkill = log.reduce(0) { $0 + ($1.skillID == nil ? $1.minutes : 0) }
        var byCategory: [String: Int] = [:]
        var unknown = 0
        for (skill, minutes) in bySkill {
            if let place = catalog.position(of: skill) {
                byCategory[catalog.skills[place].category, default: 0] += minutes
            } else {
                unknown += minutes
            }
        }
        var shares = catalog.categories.compactMap { category in
            byCategory[category.id].map { Share(bucket: .category(category), minutes: $0) }
        }
        if noSkill > 0 { shares.append(Share(bucket: .noSkill, minutes: noSkill)) }
        if unknown > 0 { shares.append(Share(bucket: .unknownSkill, minutes: unknown)) }
        return shares
    }
}
