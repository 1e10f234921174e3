import Testing
@testable import PlannerEngine

/// Streaks under `HabitRules`, on hand-built logs with a frozen today.
///
/// Calendar used below (March 2026):
///
///     Mon Tue Wed Thu Fri Sat Sun
///       2   3   4   5   6   7   8
///       9  10  11  12  13  14  15
///      16  17  18  19  20  21  22      today is Wed 18 unless a test says otherwise
@Suite struct StreakTests {
    let today = Day(iso: "2026-03-18")!

    func day(_ iso: String) -> Day { Day(iso: iso)! }

    /// A log of (day, minutes) entries.
    func streaks(_ log: [(String, Int)], rules: HabitRules = .standard, today: Day? = nil) -> Streaks {
        let entries = log.map { LogEntry(date: day($0.0), minutes: $0.1) }
        return Streaks(daily: DailyMinutes(entries), rules: rules, today: today ?? self.today)
    }

    /// Every day given is logged with 30 minutes, which counts under the standard rules.
    func streaks(days: [String], rules: HabitRules = .standard, today: Day? = nil) -> Streaks {
        streaks(days.map { ($0, 30) }, rules: rules, today: today)
    }

    func run(_ first: String, _ last: String, study: Int) -> Streaks.Run {
        Streaks.Run(first: day(first), last: day(last), studyDays: study)
    }

    func rules(_ minutes: Int = 20, rest: Int) -> HabitRules { HabitRules(minutesPerDay: minutes, restDaysPerWeek: rest) }

    @Test func noLogHasNoStreak() {
        let result = streaks(days: [])
        #expect(result.current == nil)
        #expect(result.longest == nil)
        #expect(result.rules == .standard)
    }

    @Test func studyTodayAloneIsARunOfOneDay() {
        let result = streaks(days: ["2026-03-18"])
        #expect(result.current == run("2026-03-18", "2026-03-18", study: 1))
        #expect(result.current?.days == 1)
        #expect(result.longest == result.current)
    }

    @Test func aRunEndingYesterdayIsStillCurrentEvenWithNoRestDays() {
        // Mon 16 and Tue 17 studied; today (Wed 18) is not over, so it cannot break the run.
        let result = streaks(days: ["2026-03-16", "2026-03-17"], rules: rules(rest: 0))
        #expect(result.current == run("2026-03-16", "2026-03-17", study: 2))
        #expect(result.current?.days == 2)
    }

    @Test func aRunEndingTheDayBeforeYesterdayNeedsARestDay() {
        // Sun 15, Mon 16 studied; Tue 17 missed. R=0: Tue breaks it. R=1: Tue is the week's one rest day.
        let days = ["2026-03-15", "2026-03-16"]
        let strict = streaks(days: days, rules: rules(rest: 0))
        #expect(strict.current == nil)
        #expect(strict.longest == run("2026-03-15", "2026-03-16", study: 2))
        let forgiving = streaks(days: days, rules: rules(rest: 1))
        #expect(forgiving.current == run("2026-03-15", "2026-03-16", study: 2))
    }

    @Test func oneRestDayInAWeekKeepsTheRun() {
        // Mon 9, Tue 10, (Wed 11 rest), Thu 12, Fri 13; today Fri 13.
        // days = 9…13 = 5, studyDays = 4.
        let result = streaks(days: ["2026-03-09", "2026-03-10", "2026-03-12", "2026-03-13"],
                             rules: rules(rest: 1), today: day("2026-03-13"))
        #expect(result.current == run("2026-03-09", "2026-03-13", study: 4))
        #expect(result.current?.days == 5)
        #expect(result.longest == result.current)
    }

    @Test func twoRestDaysTogetherInOneWeekBreakTheRun() {
        // Mon 9, (Tue 10, Wed 11 rest: 2 > 1), Thu 12; today Thu 12.
        // Runs: 9…9 (1 day) and 12…12 (1 day); the longest is the later of the two equal ones.
        let result = streaks(days: ["2026-03-09", "2026-03-12"], rules: rules(rest: 1), today: day("2026-03-12"))
        #expect(result.current == run("2026-03-12", "2026-03-12", study: 1))
        #expect(result.longest == run("2026-03-12", "2026-03-12", study: 1))
        // With R=2 the same gap fits: 9…12 = 4 days, 2 studied.
        let two = streaks(days: ["2026-03-09", "2026-03-12"], rules: rules(rest: 2), today: day("2026-03-12"))
        #expect(two.current == run("2026-03-09", "2026-03-12", study: 2))
    }

    @Test func restDaysAddUpOverTheWeek() {
        // Mon 9, (Tue 10 rest #1), Wed 11, (Thu 12 rest #2: too many), Fri 13; today Fri 13.
        // The run Mon 9…Wed 11 (3 days, 2 studied) ends; Fri 13 starts a new one.
        let result = streaks(days: ["2026-03-09", "2026-03-11", "2026-03-13"], rules: rules(rest: 1),
                             today: day("2026-03-13"))
        #expect(result.current == run("2026-03-13", "2026-03-13", study: 1))
        #expect(result.longest == run("2026-03-09", "2026-03-11", study: 2))
        #expect(result.longest?.days == 3)
    }

    @Test func restOnSundayAndTheNextMondayAreInDifferentWeeks() {
        // Sat 14, (Sun 15 rest: week of 9th), (Mon 16 rest: week of 16th), Tue 17; today Tue 17.
        // 14…17 = 4 days, 2 studied.
        let result = streaks(days: ["2026-03-14", "2026-03-17"], rules: rules(rest: 1), today: day("2026-03-17"))
        #expect(result.current == run("2026-03-14", "2026-03-17", study: 2))
        #expect(result.current?.days == 4)
    }

    @Test func restOnSaturdayAndSundayAreTheSameWeek() {
        // Fri 13, (Sat 14, Sun 15 rest: 2 in the week of the 9th), Mon 16; today Mon 16.
        let result = streaks(days: ["2026-03-13", "2026-03-16"], rules: rules(rest: 1), today: day("2026-03-16"))
        #expect(result.current == run("2026-03-16", "2026-03-16", study: 1))
        #expect(result.longest == run("2026-03-16", "2026-03-16", study: 1))
    }

    @Test func aRestDayUsedEarlierInTheWeekCountsWhenTheGapCrossesIntoTheNext() {
        // Mon 9, Tue 10, (Wed 11 rest #1), Thu 12, Fri 13, Sat 14, (Sun 15 rest #2 of that week), (Mon 16), Tue 17.
        // The week of the 9th has two rest days: the run 9…14 (6 days, 5 studied) ends; Tue 17 starts again.
        let days = ["2026-03-09", "2026-03-10", "2026-03-12", "2026-03-13", "2026-03-14", "2026-03-17"]
        let result = streaks(days: days, rules: rules(rest: 1), today: day("2026-03-17"))
        #expect(result.current == run("2026-03-17", "2026-03-17", study: 1))
        #expect(result.longest == run("2026-03-09", "2026-03-14", study: 5))
        #expect(result.longest?.days == 6)
    }

    @Test func aWholeWeekWithoutStudyBreaksTheRunWhateverTheRestDays() {
        // Sun 8, then nothing Mon 9…Sun 15 (7 days in one week > 6), Mon 16; today Mon 16.
        let inOneWeek = streaks(days: ["2026-03-08", "2026-03-16"], rules: rules(rest: 6), today: day("2026-03-16"))
        #expect(inOneWeek.current == run("2026-03-16", "2026-03-16", study: 1))
        // Sat 7, then nothing Sun 8…Mon 16 (spans three weeks), Tue 17; today Tue 17.
        let acrossThree = streaks(days: ["2026-03-07", "2026-03-17"], rules: rules(rest: 6), today: day("2026-03-17"))
        #expect(acrossThree.current == run("2026-03-17", "2026-03-17", study: 1))
        // Nothing logged since Sat 7 and today is Wed 18: Mon 9…Sun 15 already broke it.
        #expect(streaks(days: ["2026-03-07"], rules: rules(rest: 6)).current == nil)
    }

    @Test func sixRestDaysAWeekNeedOneStudyDayInEachWeek() {
        // Mon 9 (6 rest after it in its week), Sun 15, then (Mon 16…Sat 21: 6 rest), Sun 22; today Sun 22.
        // 9…22 = 14 days, 3 studied.
        let result = streaks(days: ["2026-03-09", "2026-03-15", "2026-03-22"], rules: rules(rest: 6),
                             today: day("2026-03-22"))
        #expect(result.current == run("2026-03-09", "2026-03-22", study: 3))
        #expect(result.current?.days == 14)
        // Mon 9 then Sun 22: Mon 10…Sun 15 is 6 rest, Mon 16…Sat 21 is 6 rest; both weeks are within R=6.
        let sparse = streaks(days: ["2026-03-09", "2026-03-22"], rules: rules(rest: 6), today: day("2026-03-22"))
        #expect(sparse.current == run("2026-03-09", "2026-03-22", study: 2))
    }

    @Test func noRestDaysIsTheClassicStreak() {
        // Tue 10, Wed 11, Thu 12, (Fri 13 missed), Sat 14, Sun 15; today Sun 15.
        // Runs 10…12 (3 days) and 14…15 (2 days, current).
        let result = streaks(days: ["2026-03-10", "2026-03-11", "2026-03-12", "2026-03-14", "2026-03-15"],
                             rules: rules(rest: 0), today: day("2026-03-15"))
        #expect(result.current == run("2026-03-14", "2026-03-15", study: 2))
        #expect(result.longest == run("2026-03-10", "2026-03-12", study: 3))
    }

    @Test func minutesBelowTheMinimumDoNotCountAndEntriesOnADayAreSummed() {
        // Mon 16: 10 + 15 = 25 (counts at 20); Tue 17: 19 (does not); today Wed 18: 12 + 8 = 20 (counts).
        let log = [("2026-03-16", 10), ("2026-03-16", 15), ("2026-03-17", 19), ("2026-03-18", 12), ("2026-03-18", 8)]
        // R=1: Tue 17 is the week's rest day; 16…18 = 3 days, 2 studied.
        #expect(streaks(log, rules: rules(20, rest: 1)).current == run("2026-03-16", "2026-03-18", study: 2))
        // R=0: Tue 17 breaks it; two equal runs of one day, the later is the longest.
        let strict = streaks(log, rules: rules(20, rest: 0))
        #expect(strict.current == run("2026-03-18", "2026-03-18", study: 1))
        #expect(strict.longest == run("2026-03-18", "2026-03-18", study: 1))
        // At 21 minutes only Mon 16 (25) counts; Tue 17 is a rest day and today does not break it.
        #expect(streaks(log, rules: rules(21, rest: 1)).current == run("2026-03-16", "2026-03-16", study: 1))
        // At 30 minutes nothing counts.
        let none = streaks(log, rules: rules(30, rest: 1))
        #expect(none.current == nil && none.longest == nil)
    }

    @Test func theLongestCanBeAnOlderRun() {
        // Mon 2…Fri 6 (5 days), then Mon 16, Tue 17; today Wed 18; R=0.
        let days = ["2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05", "2026-03-06", "2026-03-16", "2026-03-17"]
        let result = streaks(days: days, rules: rules(rest: 0))
        #expect(result.current == run("2026-03-16", "2026-03-17", study: 2))
        #expect(result.longest == run("2026-03-02", "2026-03-06", study: 5))
    }

    @Test func theLongestIsMeasuredInCalendarDaysAndTheLatestWinsATie() {
        // R=1. Run A: Mon 2, (Tue 3 rest), Wed 4 = 3 days, 2 studied. Broken by Thu 5…Sun 8 (4 days).
        // Run B: Mon 9, Tue 10, Wed 11 = 3 days, 3 studied. Broken by Thu 12…Sun 15.
        // Equal in days: the later one (B) is the longest; nothing is current on Wed 18.
        let result = streaks(days: ["2026-03-02", "2026-03-04", "2026-03-09", "2026-03-10", "2026-03-11"],
                             rules: rules(rest: 1))
        #expect(result.current == nil)
        #expect(result.longest == run("2026-03-09", "2026-03-11", study: 3))
        // Run A with one more study day (Thu 5) is 4 days long and wins over B's 3.
        let longer = streaks(days: ["2026-03-02", "2026-03-04", "2026-03-05", "2026-03-09", "2026-03-10", "2026-03-11"],
                             rules: rules(rest: 1))
        #expect(longer.longest == run("2026-03-02", "2026-03-05", study: 3))
    }

    @Test func aRunCanSpanManyWeeks() {
        // Every day from Mon 2026-01-05 to Tue 2026-03-17 except Wednesdays (R=1); today Wed 18.
        // Calendar days: Jan 5→Feb 5 is 31, Feb 5→Mar 5 is 28, Mar 5→Mar 17 is 12: 71 apart, 72 days.
        // Wednesdays skipped: Jan 7, 14, 21, 28, Feb 4, 11, 18, 25, Mar 4, 11 = 10, so 62 studied.
        let start = day("2026-01-05")
        let days = (0..<72).map { start.adding(days: $0) }.filter { $0.weekday != 3 }.map(\.iso)
        #expect(days.count == 62)
        let result = streaks(days: days, rules: rules(rest: 1))
        #expect(result.current == run("2026-01-05", "2026-03-17", study: 62))
        #expect(result.current?.days == 72)
        #expect(result.longest == result.current)
    }

    @Test func weeksBeforeNineteenSeventyUseFloorDivision() {
        // 1970-01-01 is a Thursday: its week runs Mon 1969-12-29 … Sun 1970-01-04.
        #expect(day("1969-12-31").monday == day("1969-12-29"))
        #expect(day("1970-01-04").monday == day("1969-12-29"))
        #expect(day("1969-12-28").monday == day("1969-12-22"))
        #expect(day("1969-12-28").weekday == 7)
        // R=1: Fri 12-26, (Sat 12-27 rest, week of 12-22), Sun 12-28, (Mon 12-29 rest, week of 12-29), Tue 12-30.
        // One rest in each week: 26…30 = 5 days, 3 studied. (Truncating division would put days -5 and -3
        // in one week and break the run.)
        let acrossEpochWeeks = streaks(days: ["1969-12-26", "1969-12-28", "1969-12-30"], rules: rules(rest: 1),
                                       today: day("1969-12-30"))
        #expect(acrossEpochWeeks.current == run("1969-12-26", "1969-12-30", study: 3))
        // R=1: Sat 12-20, (Sun 12-21 rest, day -11), (Mon 12-22 rest, day -10), Tue 12-23: different weeks, kept.
        let sundayMonday = streaks(days: ["1969-12-20", "1969-12-23"], rules: rules(rest: 1), today: day("1969-12-23"))
        #expect(sundayMonday.current == run("1969-12-20", "1969-12-23", study: 2))
        // Mon 12-29 … Mon 01-05 with (Wed 12-31) and (Sat 01-03) off: two rests in the week of 12-29 break it.
        // Runs 12-29…01-02 (5 days, 4 studied) and 01-04…01-05 (2 days, current on 01-05).
        let days = ["1969-12-29", "1969-12-30", "1970-01-01", "1970-01-02", "1970-01-04", "1970-01-05"]
        let overTheEpoch = streaks(days: days, rules: rules(rest: 1), today: day("1970-01-05"))
        #expect(overTheEpoch.current == run("1970-01-04", "1970-01-05", study: 2))
        #expect(overTheEpoch.longest == run("1969-12-29", "1970-01-02", study: 4))
    }

    @Test func entriesAfterTodayAreIgnored() {
        // Mon 16, Tue 17 counted; Thu 19 and Fri 20 are after today (Wed 18) and left out.
        let result = streaks(days: ["2026-03-16", "2026-03-17", "2026-03-19", "2026-03-20"])
        #expect(result.current == run("2026-03-16", "2026-03-17", study: 2))
        #expect(result.longest == run("2026-03-16", "2026-03-17", study: 2))
        // Only future entries: no streak at all.
        #expect(streaks(days: ["2026-03-19"]).longest == nil)
    }

    @Test func dailyMinutesSumsDaysAndRanges() {
        let daily = DailyMinutes([LogEntry(date: day("2026-03-16"), minutes: 10), LogEntry(date: day("2026-03-16"), minutes: 5),
                                  LogEntry(date: day("2026-03-18"), minutes: 40)])
        #expect(daily[day("2026-03-16")] == 15)
        #expect(daily[day("2026-03-17")] == 0)
        // Two logged days: a range under two days apart walks its days (0 + 40), a longer one walks
        // the logged days (15 + 40); both ways give the same sums.
        #expect(daily.minutes(from: day("2026-03-17"), through: day("2026-03-18")) == 40)
        #expect(daily.minutes(from: day("2026-03-16"), through: day("2026-03-18")) == 55)
        #expect(daily.minutes(from: day("2025-01-01"), through: day("2027-01-01")) == 55)
        #expect(daily.minutes(from: day("2026-03-17"), through: day("2026-03-17")) == 0)
        #expect(daily.minutes(from: day("2026-03-18"), through: day("2026-03-16")) == 0, "an empty range")
    }
}
