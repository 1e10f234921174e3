/// Counting days, weeks and months between `Day`s, with no calendar object and
/// no time zone: a day is a number of days since 1970-01-01.
extension Day {
    /// Days since 1970-01-01 (negative before), in the proleptic Gregorian calendar.
    public var dayNumber: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The day with that number; nil outside years 1–9999.
    public init?(dayNumber: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
    }

    /// `count` days later (earlier when negative). Stays within years 1–9999.
    public func adding(days count: Int) -> Day {
        Day(dayNumber: dayNumber + count) ?? self
    }

    /// Days from `self` to `other`: positive when `other` is later.
    public func days(to other: Day) -> Int { other.dayNumber - dayNumber }

    /// The same day `count` months later, or the month's last day when it is shorter.
    public func adding(months count: Int) -> Day {
        let total = year * 12 + (month - 1) + count
        let newYear = total / 12, newMonth = total % 12 + 1
        return Day(year: newYear, month: newMonth, day: min(day, Day.daysIn(month: newMonth, year: newYear))) ?? self
    }

    /// 1 Monday … 7 Sunday.
    public var weekday: Int {
        // 1970-01-01 was a Thursday.
        let offset = (dayNumber + 3) % 7
        return (offset + 7) % 7 + 1
    }

    /// The Monday of the calendar week (Monday to Sunday) holding this day.
    public var monday: Day { adding(days: 1 - weekday) }

    private static let weekdayNames = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    private static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August",
                                     "September", "October", "November", "December"]

    public var weekdayName: String { Day.weekdayNames[weekday - 1] }
    public var monthName: String { Day.monthNames[month - 1] }
    /// "Nov 22"
    public var shortText: String { "\(monthName.prefix(3)) \(day)" }
}
