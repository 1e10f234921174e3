/// What keeps a study streak going: a day counts from `minutesPerDay` minutes,
/// and up to `restDaysPerWeek` days without study in a calendar week (Monday to
/// Sunday) do not break it.
public struct HabitRules: Equatable, Sendable {
    public static let minutesRange = 1...LogEntry.minutesInADay
    public static let restDaysRange = 0...6
    public static let standard = HabitRules(minutesPerDay: 20, restDaysPerWeek: 1)

    public var minutesPerDay: Int
    public var restDaysPerWeek: Int

    public init(minutesPerDay: Int, restDaysPerWeek: Int) {
        self.minutesPerDay = minutesPerDay
        self.restDaysPerWeek = restDaysPerWeek
    }
}

extension Planner {
    /// The streak rules the user set, or the standard ones.
    public var habitRules: HabitRules { progress.habit ?? .standard }

    /// Changes the streak rules; a value not given stays as it is. Rules equal
    /// to the standard ones are not stored, so the file keeps its older version.
    public mutating func setHabit(minutesPerDay: Int?, restDaysPerWeek: Int?) throws {
        if let minutes = minutesPerDay, !HabitRules.minutesRange.contains(minutes) {
            throw PlannerError.habitMinutesOutOfRange(minutes)
        }
        if let rest = restDaysPerWeek, !HabitRules.restDaysRange.contains(rest) {
            throw PlannerError.restDaysOutOfRange(rest)
        }
        var rules = habitRules
        if let minutesPerDay { rules.minutesPerDay = minutesPerDay }
        if let restDaysPerWeek { rules.restDaysPerWeek = restDaysPerWeek }
        progress.habit = rules == .standard ? nil : rules
    }
}
