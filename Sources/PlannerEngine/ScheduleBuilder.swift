/// Turns a target role into a dated plan: the skills left to learn, in an order
/// that respects prerequisites, packed week by week into the hours available,
/// 12 to 18 months long or refused with the numbers that would make it fit.
public enum ScheduleBuilder {
    public static let monthRange = 12...18
    public static let defaultMonths = 15
    public static let maximumHoursPerWeek = 80.0

    public struct Request: Equatable, Sendable {
        public var role: Role
        public var start: Day
        /// Nil: 15, or whatever the hours per week give when those are set.
        public var months: Int?
        /// Nil: what it takes to finish in `months`.
        public var hoursPerWeek: Double?
        public var includeNiceToHave: Bool

        public init(role: Role, start: Day, months: Int? = nil, hoursPerWeek: Double? = nil, includeNiceToHave: Bool = false) {
            self.role = role
            self.start = start
            self.months = months
            self.hoursPerWeek = hoursPerWeek
            self.includeNiceToHave = includeNiceToHave
        }
    }

    public static func build(catalog: Catalog, progress: UserProgress, request: Request) throws(ScheduleRefusal) -> StudyPlan {
        if let months = request.months, !monthRange.contains(months) { throw .monthsOutOfRange(months) }
        if let hours = request.hoursPerWeek, !(hours > 0 && hours <= maximumHoursPerWeek) {
            throw .hoursOutOfRange(hours)
        }
        // Hours a week go in tenths, as the plan shows them.
        let givenHours = request.hoursPerWeek.map { ($0 * 10).rounded() / 10 }
        if givenHours == 0 { throw .hoursOutOfRange(request.hoursPerWeek!) }
        let work = workLeft(catalog: catalog, progress: progress, role: request.role,
                            includeNiceToHave: request.includeNiceToHave)
        let totalMinutes = work.reduce(0) { $0 + $1.minutes }
        guard totalMinutes > 0 else { throw .nothingLeft(roleName: request.role.name) }
        let calendar = PlanCalendar(start: request.start)
        let totalHours = Double(totalMinutes) / 60

        let shortest = calendar.weeks(inMonths: monthRange.lowerBound)
        let months: Int
        var hours: Double
        switch (request.months, givenHours) {
        case (let asked, nil):
            months = asked ?? defaultMonths
            hours = roundedUp(totalHours / Double(calendar.weeks(inMonths: months)))
            // Rounding up to a tenth can shorten a small plan below 12 months: round down to fill them instead.
            if weeks(totalMinutes, hours) < shortest { hours = max(0.1, roundedDown(totalHours / Double(shortest))) }
            if hours > maximumHoursPerWeek {
                throw .tooLong(totalHours: totalHours, months: months, hoursNeeded: hours, hoursPerWeek: maximumHoursPerWeek,
                               monthsTaken: calendar.monthsNeeded(forWeeks: weeks(totalMinutes, maximumHoursPerWeek)))
            }
        case (let asked, let given?):
            hours = given
            let taken = calendar.monthsNeeded(forWeeks: weeks(totalMinutes, given))
            let limit = asked ?? monthRange.upperBound
            if taken > limit {
                throw .tooLong(totalHours: totalHours, months: limit,
                               hoursNeeded: roundedUp(totalHours / Double(calendar.weeks(inMonths: limit))),
                               hoursPerWeek: given, monthsTaken: taken)
            }
            months = asked ?? taken
        }
        let planWeeks = weeks(totalMinutes, hours)
        if planWeeks < shortest {
            throw .tooShort(totalHours: totalHours, hoursPerWeek: hours, monthsTaken: calendar.wholeMonths(inWeeks: planWeeks),
                            hoursToFill12: roundedDown(totalHours / Double(shortest)))
        }
        if planWeeks > calendar.weeks(inMonths: monthRange.upperBound) {
            throw .tooLong(totalHours: totalHours, months: monthRange.upperBound,
                           hoursNeeded: roundedUp(totalHours / Double(calendar.weeks(inMonths: monthRange.upperBound))),
                           hoursPerWeek: hours, monthsTaken: calendar.monthsNeeded(forWeeks: planWeeks))
        }

        let settings = PlanSettings(roleID: request.role.id, start: request.start, months: months,
                                    hoursPerWeek: hours, includeNiceToHave: request.includeNiceToHave)
        return StudyPlan(settings: settings, blocks: pack(work, minutesPerWeek: Int((hours * 60).rounded())))
    }

    /// The skills left for the role with the minutes each still needs, in study
    /// order. Done and skipped skills are left out; time already logged on a
    /// skill comes off its estimate (leaving at least half an hour).
    public static func workLeft(catalog: Catalog, progress: UserProgress, role: Role,
                                includeNiceToHave: Bool) -> [(skill: Skill, minutes: Int)] {
        var ids = role.requiredSkills
        if includeNiceToHave { ids += role.niceToHaveSkills }
        let open = catalog.closure(of: ids).filter { progress.state(of: $0.id).isOpen }
        let logged = progress.log.minutesBySkill()
        return StudyOrder.order(open, catalog: catalog, progress: progress).map { skill in
            let estimate = Int((skill.hours * 60).rounded())
            return (skill, max(30, estimate - (logged[skill.id] ?? 0)))
        }
    }

    /// Fills weeks in order; a skill that does not fit the rest of a week goes on into the next.
    static func pack(_ work: [(skill: Skill, minutes: Int)], minutesPerWeek: Int) -> [PlanBlock] {
        var blocks: [PlanBlock] = []
        var week = 1
        var room = minutesPerWeek
        for (skill, minutes) in work {
            var left = minutes
            while left > 0 {
                if room == 0 {
                    week += 1
                    room = minutesPerWeek
                }
                let here = min(left, room)
                blocks.append(PlanBlock(week: week, skillID: skill.id, minutes: here))
                left -= here
                room -= here
            }
        }
        return blocks
    }

    static func weeks(_ minutes: Int, _ hoursPerWeek: Double) -> Int {
        let perWeek = max(1, Int((hoursPerWeek * 60).rounded()))
        return (minutes + perWeek - 1) / perWeek
    }

    /// Up to the next tenth of an hour.
    static func roundedUp(_ hours: Double) -> Double { ((hours * 10) - 1e-9).rounded(.up) / 10 }
    static func roundedDown(_ hours: Double) -> Double { ((hours * 10) + 1e-9).rounded(.down) / 10 }
}

/// Weeks and months from a plan's first day.
struct PlanCalendar {
    let start: Day

    /// Whole weeks between the start and the same day `months` later.
    func weeks(inMonths months: Int) -> Int {
        start.days(to: start.adding(months: months)) / 7
    }

    /// The whole months that fit in `weeks` weeks.
    func wholeMonths(inWeeks weeks: Int) -> Int {
        var months = 0
        while self.weeks(inMonths: months + 1) <= weeks { months += 1 }
        return months
    }

    /// The fewest whole months that hold `weeks` weeks.
    func monthsNeeded(forWeeks weeks: Int) -> Int {
        var months = 1
        while self.weeks(inMonths: months) < weeks { months += 1 }
        return months
    }
}
