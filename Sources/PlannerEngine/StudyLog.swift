/// One stretch of study the user logged.
public struct LogEntry: Hashable, Sendable {
    public var date: Day
    public var minutes: Int
    public var skillID: String?
    public var note: String?

    public init(date: Day, minutes: Int, skillID: String? = nil, note: String? = nil) {
        self.date = date
        self.minutes = minutes
        self.skillID = skillID
        self.note = note
    }

    /// The most a day can hold.
    public static let minutesInADay = 1440

    /// The fewest bytes an entry can take in a data file, comma included:
    /// `{"date":"2026-01-01","minutes":1},`.
    static let shortestInAFile = 34
}

extension Array where Element == LogEntry {
    /// Minutes logged on days in `range` (both ends included).
    public func minutes(from first: Day, through last: Day) -> Int {
        reduce(0) { $0 + ($1.date >= first && $1.date <= last ? $1.minutes : 0) }
    }

    /// What `newer` has that this log has not (in `newer`'s order), and how
    /// many of each entry this log has that `newer` has not. Entries are
    /// counted, not just compared: two identical stretches on one day are two.
    public func changes(to newer: [LogEntry]) -> (added: [LogEntry], removed: [LogEntry: Int]) {
        var removed: [LogEntry: Int] = [:]
        for entry in self { removed[entry, default: 0] += 1 }
        var added: [LogEntry] = []
        for entry in newer {
            if let count = removed[entry], count > 0 { removed[entry] = count - 1 } else { added.append(entry) }
        }
        return (added, removed.filter { $0.value > 0 })
    }

    /// Minutes logged against each skill, on any day, in one pass over the
    /// log: asked skill by skill instead, a 10,000-skill plan over 100,000
    /// entries took a billion comparisons.
    public func minutesBySkill() -> [String: Int] {
        var minutes: [String: Int] = [:]
        for entry in self {
            if let skill = entry.skillID { minutes[skill, default: 0] += entry.minutes }
        }
        return minutes
    }
}
