import Testing
@testable import PlannerEngine

/// The 52-week heatmap and the weekly and category totals, with today frozen
/// on Wednesday 2026-03-18 (its week's Monday is 2026-03-16).
@Suite struct HeatmapAndTotalsTests {
    let today = Day(iso: "2026-03-18")!

    func day(_ iso: String) -> Day { Day(iso: iso)! }

    func entries(_ log: [(String, Int)]) -> [LogEntry] { log.map { LogEntry(date: day($0.0), minutes: $0.1) } }

    func heatmap(_ log: [(String, Int)], rules: HabitRules = .standard) -> StudyHeatmap {
        StudyHeatmap(daily: DailyMinutes(entries(log)), rules: rules, today: today)
    }

    // MARK: Levels

    @Test func levelsForTheStandardMinimum() {
        // Minimum 20: 0 none, 1–19 light, 20–59 steady, 60–119 strong, 120+ intense.
        let expected: [(Int, StudyHeatmap.Level)] = [
            (-5, .none), (0, .none), (1, .light), (19, .light), (20, .steady), (59, .steady),
            (60, .strong), (119, .strong), (120, .intense), (1440, .intense),
        ]
        for (minutes, level) in expected {
            #expect(StudyHeatmap.Level.of(minutes, rules: .standard) == level, "\(minutes) minutes")
        }
    }

    @Test func aHighMinimumCollapsesTheBands() {
        // Minimum 90: 1–89 light; steady is empty (max(90, 60) = 90); 90–119 strong; 120+ intense.
        let ninety = HabitRules(minutesPerDay: 90, restDaysPerWeek: 1)
        let expected90: [(Int, StudyHeatmap.Level)] = [(89, .light), (90, .strong), (119, .strong), (120, .intense)]
        for (minutes, level) in expected90 {
            #expect(StudyHeatmap.Level.of(minutes, rules: ninety) == level, "\(minutes) minutes at 90")
        }
        #expect(!(0...1440).contains { StudyHeatmap.Level.of($0, rules: ninety) == .steady })
        // Minimum 150: 1–149 light, 150+ intense; neither steady nor strong is ever reached.
        let oneFifty = HabitRules(minutesPerDay: 150, restDaysPerWeek: 1)
        #expect(StudyHeatmap.Level.of(149, rules: oneFifty) == .light)
        #expect(StudyHeatmap.Level.of(150, rules: oneFifty) == .intense)
        let levels = Set((0...1440).map { StudyHeatmap.Level.of($0, rules: oneFifty) })
        #expect(levels == [.none, .light, .intense])
        // Minimum 60: 1–59 light, 60–119 strong (steady empty), 120+ intense.
        let sixty = HabitRules(minutesPerDay: 60, restDaysPerWeek: 1)
        #expect(StudyHeatmap.Level.of(59, rules: sixty) == .light)
        #expect(StudyHeatmap.Level.of(60, rules: sixty) == .strong)
        // Minimum 1: anything logged is at least steady.
        #expect(StudyHeatmap.Level.of(1, rules: HabitRules(minutesPerDay: 1, restDaysPerWeek: 0)) == .steady)
    }

    @Test func levelsNeverGoDownAsMinutesGoUp() {
        for minimum in [1, 20, 45, 60, 90, 120, 121, 150, 1440] {
            let rules = HabitRules(minutesPerDay: minimum, restDaysPerWeek: 1)
            let levels = (0...1440).map { StudyHeatmap.Level.of($0, rules: rules) }
            #expect(zip(levels, levels.dropFirst()).allSatisfy { $0 <= $1 }, "minimum \(minimum)")
            #expect(StudyHeatmap.Level.of(minimum, rules: rules) >= .steady, "the minimum itself counts")
        }
    }

    // MARK: The grid

    @Test func fiftyTwoColumnsOfSevenEndingWithThisWeek() {
        let map = heatmap([])
        // Today's Monday 2026-03-16 less 51 weeks (357 days): 2026-03-16 − 365 = 2025-03-16, + 8 = 2025-03-24.
        #expect(map.firstMonday == day("2025-03-24"))
        #expect(map.firstMonday.weekday == 1)
        #expect(map.weeks.count == 52)
        #expect(map.weeks.allSatisfy { $0.count == 7 })
        #expect(map.weeks[0][0].day == day("2025-03-24"))
        #expect(map.weeks[0][6].day == day("2025-03-30"))
        #expect(map.weeks[51][0].day == day("2026-03-16"))
        #expect(map.weeks[51][2].day == today)
        #expect(map.weeks[51][6].day == day("2026-03-22"))
        // Every cell is the day after the one before it.
        let days = map.weeks.joined().map(\.day)
        #expect(zip(days, days.dropFirst()).allSatisfy { $0.days(to: $1) == 1 })
    }

    @Test func cellsAfterTodayAreFutureAndEmpty() {
        // Thu 19 and Sun 22 are logged (hand-built log) but after today.
        let map = heatmap([("2026-03-18", 25), ("2026-03-19", 90), ("2026-03-22", 30)])
        let lastWeek = map.weeks[51]
        #expect(lastWeek.map(\.future) == [false, false, false, true, true, true, true])
        #expect(lastWeek.map(\.minutes) == [0, 0, 25, 0, 0, 0, 0])
        #expect(lastWeek.map(\.level) == [.none, .none, .steady, .none, .none, .none, .none])
        #expect(map.weeks[0..<51].joined().allSatisfy { !$0.future })
        #expect(map.totalMinutes == 25)
        #expect(map.daysStudied == 1)
    }

    @Test func minutesLevelsAndTotalsStayInTheWindow() {
        let map = heatmap([
            ("2025-03-23", 100),                      // Sunday before the first column: outside
            ("2025-03-24", 10),                       // first cell: light
            ("2025-12-25", 45),                       // 276 days in: column 39, row 3 (Thursday): steady
            ("2026-01-01", 60),                       // 283 days in: column 40, row 3: strong
            ("2026-02-02", 15), ("2026-02-02", 5),    // 315 days in: column 45, row 0: 20, steady
            ("2026-03-18", 130),                      // today: column 51, row 2: intense
            ("2026-03-20", 200),                      // future: ignored
        ])
        #expect(map.weeks[0][0] == StudyHeatmap.Cell(day: day("2025-03-24"), minutes: 10, level: .light, future: false))
        #expect(map.weeks[39][3] == StudyHeatmap.Cell(day: day("2025-12-25"), minutes: 45, level: .steady, future: false))
        #expect(map.weeks[40][3] == StudyHeatmap.Cell(day: day("2026-01-01"), minutes: 60, level: .strong, future: false))
        #expect(map.weeks[45][0] == StudyHeatmap.Cell(day: day("2026-02-02"), minutes: 20, level: .steady, future: false))
        #expect(map.weeks[51][2] == StudyHeatmap.Cell(day: today, minutes: 130, level: .intense, future: false))
        // 10 + 45 + 60 + 20 + 130 = 265 minutes on 5 days.
        #expect(map.totalMinutes == 265)
        #expect(map.daysStudied == 5)
    }

    @Test func theHabitMinimumChangesTheLevels() {
        // 100 minutes: strong under the standard rules and at 90; light at 150.
        let log = [("2026-03-16", 100)]
        #expect(heatmap(log).weeks[51][0].level == .strong)
        #expect(heatmap(log, rules: HabitRules(minutesPerDay: 90, restDaysPerWeek: 1)).weeks[51][0].level == .strong)
        #expect(heatmap(log, rules: HabitRules(minutesPerDay: 150, restDaysPerWeek: 1)).weeks[51][0].level == .light)
    }

    @Test func monthLabelsGoOnEachMonthsFirstMonday() {
        // Column 0 (Mar 24, 2025) always; then the columns whose Monday is day 1–7 of its month:
        // Apr 7 (col 2), May 5 (6), Jun 2 (10), Jul 7 (15), Aug 4 (19), Sep 1 (23), Oct 6 (28),
        // Nov 3 (32), Dec 1 (36), Jan 5 (41), Feb 2 (45), Mar 2 (49).
        let starts = heatmap([]).monthStarts
        #expect(starts.map(\.column) == [0, 2, 6, 10, 15, 19, 23, 28, 32, 36, 41, 45, 49])
        #expect(starts.map(\.month) == [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3])
    }

    @Test func theHeatmapWorksWhenTodayIsAMondayOrASunday() {
        // Monday 2026-03-16: the last column is that week, only its first cell not future.
        let monday = StudyHeatmap(daily: DailyMinutes([]), rules: .standard, today: day("2026-03-16"))
        #expect(monday.firstMonday == day("2025-03-24"))
        #expect(monday.weeks[51].map(\.future) == [false, true, true, true, true, true, true])
        // Sunday 2026-03-22: same columns, nothing in the future.
        let sunday = StudyHeatmap(daily: DailyMinutes([]), rules: .standard, today: day("2026-03-22"))
        #expect(sunday.firstMonday == day("2025-03-24"))
        #expect(sunday.weeks.joined().allSatisfy { !$0.future })
    }

    // MARK: Weekly totals

    @Test func twelveWeeksOldestFirstEndingWithThisWeekUpToToday() {
        // Weeks from Mon 2025-12-29 (16 March less 11 weeks = 77 days) to Mon 2026-03-16.
        let daily = DailyMinutes(entries([
            ("2025-12-28", 50),                       // Sunday before the first week: outside
            ("2025-12-29", 30), ("2026-01-04", 10),   // first week (Mon and Sun): 40
            ("2026-03-15", 25),                       // Sunday of the week of 2026-03-09: 25
            ("2026-03-16", 20), ("2026-03-18", 15),   // this week up to today: 35
            ("2026-03-19", 100),                      // after today: outside
        ]))
        let weeks = StudyTotals.weeks(12, daily: daily, today: today)
        #expect(weeks.count == 12)
        #expect(weeks.first?.monday == day("2025-12-29"))
        #expect(weeks.last?.monday == day("2026-03-16"))
        #expect(weeks.map(\.monday) == (0..<12).map { day("2025-12-29").adding(days: 7 * $0) })
        #expect(weeks.map(\.minutes) == [40, 0, 0, 0, 0, 0, 0, 0, 0, 0, 25, 35])
    }

    @Test func oneWeekIsJustThisWeek() {
        let daily = DailyMinutes(entries([("2026-03-15", 40), ("2026-03-17", 5)]))
        #expect(StudyTotals.weeks(1, daily: daily, today: today)
                == [StudyTotals.Week(monday: day("2026-03-16"), minutes: 5)])
        #expect(StudyTotals.weeks(0, daily: daily, today: today).isEmpty)
    }

    // MARK: By category

    func logged(_ skill: String?, _ minutes: Int) -> LogEntry {
        LogEntry(date: today, minutes: minutes, skillID: skill)
    }

    @Test func byCategoryFollowsCatalogOrderThenNoSkillThenUnknown() {
        let catalog = CatalogFixture.catalog
        // Logged people first, but core comes first in the catalog.
        let log = [logged("talk", 10), logged(nil, 5), logged("python", 20), logged("retired", 7),
                   logged("algebra", 30), logged(nil, 3)]
        let shares = StudyTotals.byCategory(log, catalog: catalog)
        // core: 20 + 30 = 50; people: 10; no skill: 5 + 3 = 8; unknown: 7.
        #expect(shares == [
            StudyTotals.Share(bucket: .category(catalog.category("core")!), minutes: 50),
            StudyTotals.Share(bucket: .category(catalog.category("people")!), minutes: 10),
            StudyTotals.Share(bucket: .noSkill, minutes: 8),
            StudyTotals.Share(bucket: .unknownSkill, minutes: 7),
        ])
        #expect(shares.map(\.bucket.name) == ["Core", "People", "No skill named", "Skills not in the catalog"])
    }

    @Test func emptyBucketsAreLeftOut() {
        let catalog = CatalogFixture.catalog
        #expect(StudyTotals.byCategory([logged("talk", 15)], catalog: catalog)
                == [StudyTotals.Share(bucket: .category(catalog.category("people")!), minutes: 15)])
        #expect(StudyTotals.byCategory([logged("gone", 4)], catalog: catalog)
                == [StudyTotals.Share(bucket: .unknownSkill, minutes: 4)])
        #expect(StudyTotals.byCategory([], catalog: catalog).isEmpty)
    }

    // MARK: All together

    @Test func insightsUseTheUsersRulesAndCountEveryMinute() {
        // 30 minutes on Mon 16 and Tue 17: a streak under the standard rules, none at 45 minutes a day.
        var progress = UserProgress(log: entries([("2026-03-16", 30), ("2026-03-17", 30), ("2024-01-01", 12)]))
        let standard = ProgressInsights(planner: Planner(catalog: CatalogFixture.catalog, progress: progress), today: today)
        #expect(standard.rules == .standard)
        #expect(standard.streaks.current?.studyDays == 2)
        #expect(standard.heatmap.weeks[51][0].level == .steady)
        #expect(standard.weeks.count == 12 && standard.weeks.last?.minutes == 60)
        #expect(standard.categories == [StudyTotals.Share(bucket: .noSkill, minutes: 72)])
        // Every minute ever logged: 30 + 30 + 12; the heatmap (52 weeks from 2025-03-24) leaves out the 2024 entry.
        #expect(standard.totalMinutes == 72)
        #expect(standard.heatmap.totalMinutes == 60)
        progress.habit = HabitRules(minutesPerDay: 45, restDaysPerWeek: 1)
        let strict = ProgressInsights(planner: Planner(catalog: CatalogFixture.catalog, progress: progress), today: today)
        #expect(strict.rules == HabitRules(minutesPerDay: 45, restDaysPerWeek: 1))
        #expect(strict.streaks.current == nil)
        #expect(strict.heatmap.weeks[51][0].level == .light)
    }
}
