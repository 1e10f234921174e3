/// The study log summed by day: what streaks, the heatmap and the weekly chart read.
public struct DailyMinutes: Equatable, Sendable {
    /// Minutes per day, keyed by `Day.dayNumber`.
    private var minutesByDayNumber: [Int: Int]

    public init(_ log: [LogEntry]) {
        var totals: [Int: Int] = [:]
        totals.reserveCapacity(log.count)
        for entry in log { totals[entry.date.dayNumber, default: 0] += entry.minutes }
        minutesByDayNumber = totals
    }

    public subscript(day: Day) -> Int { minutesByDayNumber[day.dayNumber] ?? 0 }

    /// Minutes from `first` through `last`, both included.
    public func minutes(from first: Day, through last: Day) -> Int {
        let (low, high) = (first.dayNumber, last.dayNumber)
        guard low <= high else { return 0 }
        // Walk whichever is shorter: the days of the range or the days logged.
        if high - low < minutesByDayNumber.count {
            return (low...high).reduce(0) { $0 + (minutesByDayNumber[$1] ?? 0) }
        }
        return minutesByDayNumber.reduce(0) { $0 + ((low...high).contains($1.key) ? $1.value : 0) }
    }

    /// Days up to `last` with at least `minimum` minutes, earliest first, as day numbers.
    func dayNumbers(withAtLeast minimum: Int, through last: Day) -> [Int] {
        let limit = last.dayNumber
        return minutesByDayNumber.compactMap { $0.key <= limit && $0.value >= minimum ? $0.key : nil }.sorted()
    }
}
