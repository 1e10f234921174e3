/// Everything the Progress pane and `stats` show, worked out together from one
/// pass over the log.
public struct ProgressInsights: Equatable, Sendable {
    public static let chartWeeks = 12

    public var rules: HabitRules
    public var streaks: Streaks
    public var heatmap: StudyHeatmap
    /// The last `chartWeeks` calendar weeks, oldest first.
    public var weeks: [StudyTotals.Week]
    public var categories: [StudyTotals.Share]
    public var pace: Pace?
    public var next: NextSkills
    public var closestRole: Role?
    /// Minutes logged in all, on any day.
    public var totalMinutes: Int

    public init(planner: Planner, today: Day) {
        let progress = planner.progress
        let daily = DailyMinutes(progress.log)
        rules = planner.habitRules
        streaks = Streaks(daily: daily, rules: rules, today: today)
        heatmap = StudyHeatmap(daily: daily, rules: rules, today: today)
        weeks = StudyTotals.weeks(Self.chartWeeks, daily: daily, today: today)
        categories = StudyTotals.byCategory(progress.log, catalog: planner.catalog)
        pace = planner.paceTowardsTarget(today: today)
        next = planner.nextSkills(today: today)
        closestRole = planner.closestRole
        totalMinutes = progress.log.reduce(0) { $0 + $1.minutes }
    }
}
