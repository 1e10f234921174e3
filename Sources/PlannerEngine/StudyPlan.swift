/// What a plan was built from: stored with it so that it never shifts under the user.
public struct PlanSettings: Equatable, Sendable {
    public var roleID: String
    /// The first day of week 1.
    public var start: Day
    /// The length asked for, 12–18 months; the plan may end a little sooner.
    public var months: Int
    public var hoursPerWeek: Double
    public var includeNiceToHave: Bool

    public init(roleID: String, start: Day, months: Int, hoursPerWeek: Double, includeNiceToHave: Bool) {
        self.roleID = roleID
        self.start = start
        self.months = months
        self.hoursPerWeek = hoursPerWeek
        self.includeNiceToHave = includeNiceToHave
    }
}

/// Part of a skill's study placed in one week.
public struct PlanBlock: Equatable, Sendable {
    /// 1-based week of the plan.
    public var week: Int
    public var skillID: String
    public var minutes: Int

    public init(week: Int, skillID: String, minutes: Int) {
        self.week = week
        self.skillID = skillID
        self.minutes = minutes
    }
}

/// A dated study plan: skills packed week by week into the hours available.
/// Week `n` runs from `start + 7(n-1)` for seven days.
public struct StudyPlan: Equatable, Sendable {
    public var settings: PlanSettings
    /// In study order; a skill longer than a week has a block in each week it spans.
    public var blocks: [PlanBlock]

    public init(settings: PlanSettings, blocks: [PlanBlock]) {
        self.settings = settings
        self.blocks = blocks
    }

    public var weekCount: Int { blocks.last?.week ?? 0 }
    public var totalMinutes: Int { blocks.reduce(0) { $0 + $1.minutes } }

    public func start(ofWeek week: Int) -> Day { settings.start.adding(days: (week - 1) * 7) }
    public func end(ofWeek week: Int) -> Day { start(ofWeek: week).adding(days: 6) }
    /// The last day of the plan.
    public var end: Day { end(ofWeek: max(1, weekCount)) }

    /// The plan's week holding `day`, or nil before the start or after the end.
    public func week(containing day: Day) -> Int? {
        let offset = settings.start.days(to: day)
        guard offset >= 0 else { return nil }
        let week = offset / 7 + 1
        return week <= weekCount ? week : nil
    }

    public func blocks(inWeek week: Int) -> [PlanBlock] { blocks.filter { $0.week == week } }

    /// Each planned skill once, in study order.
    public var skillIDs: [String] {
        var seen = Set<String>()
        return blocks.map(\.skillID).filter { seen.insert($0).inserted }
    }

    /// The week each skill's study ends.
    public var finishingWeek: [String: Int] {
        var weeks: [String: Int] = [:]
        for block in blocks { weeks[block.skillID] = block.week }
        return weeks
    }

    /// Minutes planned from the start up to the end of `day`, counting a week's
    /// hours as spread evenly over its seven days.
    public func plannedMinutes(through day: Day) -> Double {
        let elapsedDays = settings.start.days(to: day) + 1
        guard elapsedDays > 0 else { return 0 }
        var total = 0.0
        for (week, minutes) in minutesByWeek() {
            let daysIntoWeek = elapsedDays - (week - 1) * 7
            total += Double(minutes) * Double(min(7, max(0, daysIntoWeek))) / 7
        }
        return total
    }

    /// The first day by whose end the plan has `minutes` of study in it; nil past the end.
    public func day(whenPlannedMinutesReach minutes: Double) -> Day? {
        guard minutes > 0 else { return settings.start.adding(days: -1) }
        var cumulative = 0.0
        for (week, weekMinutes) in minutesByWeek() where weekMinutes > 0 {
            let perDay = Double(weekMinutes) / 7
            if cumulative + Double(weekMinutes) >= minutes - 1e-9 {
                let daysNeeded = Int(((minutes - cumulative) / perDay).rounded(.up))
                return start(ofWeek: week).adding(days: max(1, daysNeeded) - 1)
            }
            cumulative += Double(weekMinutes)
        }
        return nil
    }

    /// (week, minutes) for every week, in order.
    func minutesByWeek() -> [(Int, Int)] {
        var minutes = [Int](repeating: 0, count: weekCount + 1)
        for block in blocks { minutes[block.week] += block.minutes }
        return (1...max(1, weekCount)).map { ($0, $0 < minutes.count ? minutes[$0] : 0) }
    }
}
