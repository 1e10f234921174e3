/// Study streaks with forgiving rules (`HabitRules`): a day counts from the
/// minimum minutes, and up to the allowed rest days in a calendar week (Monday
/// to Sunday) may pass without study. Today never breaks a streak: it is not over.
public struct Streaks: Equatable, Sendable {
    /// An unbroken stretch, from its first counting day to its last.
    public struct Run: Equatable, Sendable {
        public var first: Day
        public var last: Day
        /// Days in the run that met the minimum; the rest were rest days.
        public var studyDays: Int

        public init(first: Day, last: Day, studyDays: Int) {
            self.first = first
            self.last = last
            self.studyDays = studyDays
        }

        /// Calendar days from the first to the last, rest days inside included.
        public var days: Int { first.days(to: last) + 1 }
    }

    /// The run that can still go on today; nil when it was broken or there is none.
    public var current: Run?
    /// The longest run (the latest of equals); it may be the current one.
    public var longest: Run?
    public var rules: HabitRules

    public init(daily: DailyMinutes, rules: HabitRules, today: Day) {
        self.rules = rules
        let counting = daily.dayNumbers(withAtLeast: rules.minutesPerDay, through: today)
        guard let firstDay = counting.first else { return }
        var run = RunBuilder(start: firstDay, restDays: rules.restDaysPerWeek)
        var best: RunBuilder?
        for day in counting.dropFirst() {
            if !run.skipRest(through: day - 1) {
                if best.map({ run.days >= $0.days }) ?? true { best = run }
                run = RunBuilder(start: day, restDays: rules.restDaysPerWeek)
            } else {
                run.study(on: day)
            }
        }
        if best.map({ run.days >= $0.days }) ?? true { best = run }
        longest = best?.run
        var ongoing = run
        current = ongoing.skipRest(through: today.dayNumber - 1) ? run.run : nil
    }
}

/// A run being walked forward a counting day at a time, with the rest days
/// used so far in the latest week it reached.
private struct RunBuilder {
    let restDays: Int
    var first: Int
    var last: Int
    var studyDays = 1
    /// The week `restUsed` counts in.
    var restWeek: Int
    var restUsed = 0

    init(start: Int, restDays: Int) {
        self.restDays = restDays
        first = start
        last = start
        restWeek = Self.week(start)
    }

    var days: Int { last - first + 1 }
    var run: Streaks.Run { Streaks.Run(first: Day(dayNumber: first)!, last: Day(dayNumber: last)!, studyDays: studyDays) }

    /// Calendar week number: 1970-01-01 (day 0) was a Thursday, so week 0 starts on day -3.
    static func week(_ day: Int) -> Int { (day + 3).floorDivided(by: 7) }
    static func monday(ofWeek week: Int) -> Int { week * 7 - 3 }

    func used(in week: Int) -> Int { week == restWeek ? restUsed : 0 }

    /// Takes the days after `last` through `end` as rest days; false when a
    /// week would get more rest than allowed (the run then ends at `last`).
    mutating func skipRest(through end: Int) -> Bool {
        let from = last + 1
        guard end >= from else { return true }
        let (fromWeek, endWeek) = (Self.week(from), Self.week(end))
        if fromWeek == endWeek {
            let total = used(in: fromWeek) + end - from + 1
            guard total <= restDays else { return false }
            (restWeek, restUsed) = (endWeek, total)
            return true
        }
        // Into the next week only: a whole week in between has 7 rest days, more than any rule allows.
        let firstPart = used(in: fromWeek) + Self.monday(ofWeek: fromWeek) + 7 - from
        let lastPart = end - Self.monday(ofWeek: endWeek) + 1
        guard endWeek == fromWeek + 1, firstPart <= restDays, lastPart <= restDays else { return false }
        (restWeek, restUsed) = (endWeek, lastPart)
        return true
    }

    mutating func study(on day: Int) {
        last = day
        studyDays += 1
    }
}

extension Int {
    /// Division rounding towards minus infinity.
    func floorDivided(by divisor: Int) -> Int {
        let quotient = self / divisor
        return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? quotient - 1 : quotient
    }
}
