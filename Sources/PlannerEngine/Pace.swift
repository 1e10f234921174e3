/// Whether the user is on track with their plan, said honestly: hours logged
/// against hours planned by today, skills done against skills planned by
/// today, each turned into days of slack, and the worse of the two reported.
public struct Pace: Equatable, Sendable {
    /// Planned study up to the end of yesterday: today's share is not due until today is over.
    public var expectedMinutes: Int
    /// Study logged from the plan's start up to today.
    public var loggedMinutes: Int
    /// Plan skills whose last week ended before today.
    public var skillsPlannedByNow: Int
    /// Plan skills now marked done.
    public var skillsDone: Int
    public var skillsInPlan: Int
    /// Days ahead (positive) or behind (negative): the lesser of the hour and skill measures.
    public var slackDays: Int
    /// Minutes a week over the last four weeks (today included), or over the
    /// days since the plan started when that is shorter.
    public var recentMinutesPerWeek: Double
    /// When the plan's hours are done at the recent pace; nil when nothing was logged lately.
    public var projectedFinish: Day?
    public var finished: Bool

    public init(plan: StudyPlan, progress: UserProgress, today: Day) {
        let start = plan.settings.start
        let due = today.adding(days: -1)
        expectedMinutes = Int(plan.plannedMinutes(through: due).rounded())
        loggedMinutes = progress.log.minutes(from: start, through: today)

        let skills = plan.skillIDs
        let finishing = plan.finishingWeek
        skillsInPlan = skills.count
        skillsPlannedByNow = skills.filter { plan.end(ofWeek: finishing[$0]!) <= due }.count
        skillsDone = skills.filter { progress.state(of: $0) == .done }.count
        finished = skillsDone == skillsInPlan

        // Where in the plan the logged hours put the user, and where the done skills do.
        let total = plan.totalMinutes
        let hoursSlack = due.days(to: plan.day(whenPlannedMinutesReach: Double(loggedMinutes)) ?? plan.end)
        // With k skills done the user is on track until the day before the (k+1)th is due.
        let weeks = skills.map { finishing[$0]! }.sorted()
        let skillsSlack = due.days(to: skillsDone < weeks.count ? plan.end(ofWeek: weeks[skillsDone]).adding(days: -1) : plan.end)
        slackDays = finished ? max(0, hoursSlack) : min(hoursSlack, skillsSlack)

        // The last four weeks, or the days since the plan started when fewer; none before it starts.
        let windowDays = min(28, start.days(to: today) + 1)
        recentMinutesPerWeek = windowDays < 1 ? 0
            : Double(progress.log.minutes(from: today.adding(days: 1 - windowDays), through: today)) / Double(windowDays) * 7
        let left = max(0, total - loggedMinutes)
        if left == 0 {
            projectedFinish = today
        } else if recentMinutesPerWeek > 0 {
            projectedFinish = today.adding(days: Int((Double(left) / recentMinutesPerWeek * 7).rounded(.up)))
        } else {
            projectedFinish = nil
        }
    }

    /// "4 days ahead", "behind by 6 days", "on track".
    public var slackText: String {
        switch slackDays {
        case 0: return "on track"
        case 1: return "1 day ahead"
        case -1: return "behind by 1 day"
        case let days where days > 0: return "\(days) days ahead"
        default: return "behind by \(-slackDays) days"
        }
    }
}
