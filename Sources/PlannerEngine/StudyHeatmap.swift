/// Study minutes over the last 52 calendar weeks, a column a week (Monday to
/// Sunday) ending with this week, in the style of a contributions graph.
public struct StudyHeatmap: Equatable, Sendable {
    public static let weekCount = 52

    /// How much was studied on a day, from none to a lot.
    public enum Level: Int, CaseIterable, Comparable, Sendable {
        /// Nothing logged.
        case none
        /// Something, but less than the streak minimum.
        case light
        /// The minimum, up to an hour.
        case steady
        /// One to two hours.
        case strong
        /// Two hours or more.
        case intense

        public static func < (a: Level, b: Level) -> Bool { a.rawValue < b.rawValue }

        /// The level of a day's minutes under `rules`; the bands never overlap,
        /// whatever the minimum (a minimum over two hours leaves only `intense`).
        public static func of(_ minutes: Int, rules: HabitRules) -> Level {
            let minimum = rules.minutesPerDay
            if minutes <= 0 { return .none }
            if minutes < minimum { return .light }
            if minutes < max(minimum, 60) { return .steady }
            if minutes < max(minimum, 120) { return .strong }
            return .intense
        }
    }

    public struct Cell: Equatable, Sendable {
        public var day: Day
        public var minutes: Int
        public var level: Level
        /// After today: drawn blank.
        public var future: Bool
    }

    /// The Monday of the first column.
    public var firstMonday: Day
    /// `weeks[column][row]`: row 0 is Monday.
    public var weeks: [[Cell]]

    public init(daily: DailyMinutes, rules: HabitRules, today: Day) {
        firstMonday = today.monday.adding(days: -7 * (Self.weekCount - 1))
        let start = firstMonday
        weeks = (0..<Self.weekCount).map { column in
            (0..<7).map { row in
                let day = start.adding(days: column * 7 + row)
                let minutes = day > today ? 0 : daily[day]
                return Cell(day: day, minutes: minutes, level: Level.of(minutes, rules: rules), future: day > today)
            }
        }
    }

    /// Minutes in the window, up to today.
    public var totalMinutes: Int { weeks.joined().reduce(0) { $0 + $1.minutes } }

    /// Days in the window with any study.
    public var daysStudied: Int { weeks.joined().filter { $0.minutes > 0 }.count }

    /// The columns where a new month begins (its first Monday, or the first
    /// column), with the month, for labels above the graph.
    public var monthStarts: [(column: Int, month: Int)] {
        weeks.indices.compactMap { column in
            let monday = weeks[column][0].day
            return column == 0 || monday.day <= 7 ? (column, monday.month) : nil
        }
    }
}
