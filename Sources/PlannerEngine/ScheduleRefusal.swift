/// Why no plan was made, in numbers the user can act on.
public enum ScheduleRefusal: Error, Equatable, Sendable, CustomStringConvertible {
    case monthsOutOfRange(Int)
    case hoursOutOfRange(Double)
    /// The work does not fit in `months` at `hoursPerWeek`.
    case tooLong(totalHours: Double, months: Int, hoursNeeded: Double, hoursPerWeek: Double, monthsTaken: Int)
    /// The work is done in under 12 months at `hoursPerWeek`.
    case tooShort(totalHours: Double, hoursPerWeek: Double, monthsTaken: Int, hoursToFill12: Double)
    case nothingLeft(roleName: String)

    public var description: String {
        switch self {
        case .monthsOutOfRange(let months):
            return "--months must be between 12 and 18 (plans for a career change run 12–18 months), found \(months)"
        case .hoursOutOfRange(let hours):
            return "--hours-per-week must be more than 0 and at most 80, found \(HoursText.hours(hours))"
        case .tooLong(let total, let months, let needed, let hours, let taken):
            return "the \(HoursText.hours(total)) h left needs \(HoursText.hours(needed)) h/week to finish in \(months) months; "
                + "at \(HoursText.hours(hours)) h/week it takes \(taken) months. "
                + "Choose what gives: --hours-per-week \(HoursText.hours(needed)) or more"
                + (months < ScheduleBuilder.monthRange.upperBound ? ", or --months up to 18" : "")
                + (needed > ScheduleBuilder.maximumHoursPerWeek ? " (over 80 h/week: skip some skills first)" : "")
        case .tooShort(let total, let hours, let taken, let fill):
            return "the \(HoursText.hours(total)) h left takes only \(taken) months at \(HoursText.hours(hours)) h/week; "
                + "plans run 12–18 months, so choose --hours-per-week \(HoursText.hours(fill)) or less"
        case .nothingLeft(let name):
            return "nothing is left to plan for \(name): every skill it needs is done or skipped"
        }
    }
}

/// Hours as the plan shows them: `10`, `14.5`.
public enum HoursText {
    public static func hours(_ value: Double) -> String {
        let tenths = (value * 10).rounded()
        return tenths.truncatingRemainder(dividingBy: 10) == 0 ? String(Int(tenths / 10)) : String(tenths / 10)
    }

    public static func hours(minutes: Int) -> String { hours(Double(minutes) / 60) }
}
