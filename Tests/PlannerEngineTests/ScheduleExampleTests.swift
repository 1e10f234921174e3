import Testing
@testable import PlannerEngine

/// Plans and pace worked out by hand on the fixture catalog (see CatalogFixture):
/// engineer needs algebra 20 h, python 30 h, models 40 h, deploy 15 h, talk 5 h = 110 h.
@Suite struct ScheduleExampleTests {
    let start = Day(iso: "2026-11-22")!
    var role: Role { CatalogFixture.catalog.role("engineer")! }

    func build(_ progress: UserProgress = UserProgress(), months: Int? = nil, hours: Double? = nil) throws(ScheduleRefusal) -> StudyPlan {
        try ScheduleBuilder.build(catalog: CatalogFixture.catalog, progress: progress,
                                  request: .init(role: role, start: start, months: months, hoursPerWeek: hours))
    }

    /// 15 months from 2026-11-22 is 457 days = 65 weeks; 110 h / 65 = 1.69 → 1.7 h (102 min) a week.
    @Test func aDefaultPlanFillsFifteenMonths() throws {
        let plan = try build()
        #expect(plan.settings == PlanSettings(roleID: "engineer", start: start, months: 15, hoursPerWeek: 1.7,
                                              includeNiceToHave: false))
        #expect(plan.skillIDs == ["algebra", "python", "models", "deploy", "talk"])
        // algebra 1200 min = 11 full weeks + 78; python takes the week's other 24, and so on.
        #expect(plan.finishingWeek == ["algebra": 12, "python": 30, "models": 53, "deploy": 62, "talk": 65])
        #expect(plan.blocks(inWeek: 12) == [PlanBlock(week: 12, skillID: "algebra", minutes: 78),
                                            PlanBlock(week: 12, skillID: "python", minutes: 24)])
        #expect(plan.blocks(inWeek: 65) == [PlanBlock(week: 65, skillID: "talk", minutes: 72)])
        #expect(plan.weekCount == 65)
        #expect(plan.end == Day(iso: "2028-02-19")!)
        #expect(plan.totalMinutes == 6600)
    }

    @Test func learningSkillsComeFirstAndDoneOnesAreLeftOut() throws {
        let progress = UserProgress(skills: ["talk": SkillProgress(state: .learning), "algebra": SkillProgress(state: .done)],
                                    log: [LogEntry(date: start, minutes: 120, skillID: "talk")])
        let plan = try build(progress, hours: 1.5)
        #expect(plan.skillIDs == ["talk", "python", "models", "deploy"])
        // talk's 300 min less the 120 logged is two weeks of 90 min.
        #expect(Array(plan.blocks.prefix(3)) == [PlanBlock(week: 1, skillID: "talk", minutes: 90),
                                                 PlanBlock(week: 2, skillID: "talk", minutes: 90),
                                                 PlanBlock(week: 3, skillID: "python", minutes: 90)])
    }

    /// At 0.5 h a week 110 h takes 220 weeks: 51 months (50 months hold 217 weeks, 51 hold 221);
    /// 18 months hold 78 weeks, so 110 / 78 = 1.41 → 1.5 h.
    @Test func tooFewHoursIsRefusedWithTheNumbers() {
        #expect(throws: ScheduleRefusal.tooLong(totalHours: 110, months: 18, hoursNeeded: 1.5, hoursPerWeek: 0.5, monthsTaken: 51)) {
            try build(hours: 0.5)
        }
        #expect(ScheduleRefusal.tooLong(totalHours: 110, months: 18, hoursNeeded: 1.5, hoursPerWeek: 0.5, monthsTaken: 51).description
                == "the 110 h left needs 1.5 h/week to finish in 18 months; at 0.5 h/week it takes 51 months. "
                + "Choose what gives: --hours-per-week 1.5 or more")
        // 13 months hold 56 weeks; at 1 h a week it takes 110 weeks = 26 months.
        #expect(throws: ScheduleRefusal.tooLong(totalHours: 110, months: 13, hoursNeeded: 2, hoursPerWeek: 1, monthsTaken: 26)) {
            try build(months: 13, hours: 1)
        }
    }

    /// At 10 h a week 110 h take 11 weeks, 2 whole months; 12 months hold 52 weeks: 110 / 52 = 2.11 → 2.1 h or less.
    /// At 2.2 h a week they take 50 weeks: close to a year, but short of its 52 weeks, so refused too.
    @Test func tooManyHoursIsRefusedWithTheNumbers() throws {
        #expect(throws: ScheduleRefusal.tooShort(totalHours: 110, hoursPerWeek: 10, monthsTaken: 2, hoursToFill12: 2.1)) {
            try build(hours: 10)
        }
        #expect(throws: ScheduleRefusal.tooShort(totalHours: 110, hoursPerWeek: 2.2, monthsTaken: 11, hoursToFill12: 2.1)) {
            try build(hours: 2.2)
        }
        #expect(try build(hours: 2.1).weekCount == 53)
    }

    /// Hours a week are kept in tenths, as shown: 1.96 is 2.0, whose weeks hold 120 minutes.
    @Test func hoursAreRoundedToTenths() throws {
        let plan = try build(hours: 1.96)
        #expect(plan.settings.hoursPerWeek == 2)
        #expect(plan.blocks.first?.minutes == 120)
        #expect(throws: ScheduleRefusal.hoursOutOfRange(0.04)) { try build(hours: 0.04) }
    }

    @Test func outOfRangeSettingsAndNothingLeftAreRefused() {
        #expect(throws: ScheduleRefusal.monthsOutOfRange(11)) { try build(months: 11) }
        #expect(throws: ScheduleRefusal.monthsOutOfRange(19)) { try build(months: 19) }
        #expect(throws: ScheduleRefusal.hoursOutOfRange(0)) { try build(hours: 0) }
        #expect(throws: ScheduleRefusal.hoursOutOfRange(80.5)) { try build(hours: 80.5) }
        let all = UserProgress(skills: Dictionary(uniqueKeysWithValues: ["algebra", "python", "models", "deploy"]
            .map { ($0, SkillProgress(state: .done)) } + [("talk", SkillProgress(state: .skipped))]))
        #expect(throws: ScheduleRefusal.nothingLeft(roleName: "Role engineer")) { try build(all) }
    }

    // MARK: Pace (102 planned minutes a week: 14.57 a day)

    func pace(on today: String, logged: [(String, Int)] = [], done: [String] = []) throws -> Pace {
        let plan = try build()
        var progress = UserProgress(plan: plan)
        progress.log = logged.map { LogEntry(date: Day(iso: $0.0)!, minutes: $0.1) }
        for id in done { progress.skills[id] = SkillProgress(state: .done) }
        return Pace(plan: plan, progress: progress, today: Day(iso: today)!)
    }

    @Test func onTheFirstDayNothingIsDueYet() throws {
        let pace = try pace(on: "2026-11-22")
        #expect(pace.expectedMinutes == 0)
        #expect(pace.slackText == "on track")
    }

    /// On 2026-12-06 two weeks (204 min) are due. 60 min logged reach 5 days in
    /// (60 / 14.57 = 4.1 → day 5, 2026-11-26): 9 days before the 5th of December.
    /// Projection: 60 min over the 15 days since the start is 28 min a week;
    /// 6540 min left take 6540 / 28 × 7 = 1635 days.
    @Test func littleLoggedIsBehindByDays() throws {
        let pace = try pace(on: "2026-12-06", logged: [("2026-11-25", 60)])
        #expect(pace.expectedMinutes == 204)
        #expect(pace.loggedMinutes == 60)
        #expect(pace.slackDays == -9)
        #expect(pace.slackText == "behind by 9 days")
        #expect(pace.recentMinutesPerWeek == 28)
        #expect(pace.projectedFinish == Day(iso: "2026-12-06")!.adding(days: 1635))
    }

    /// On 2026-11-29 one week (102 min) is due; 300 min reach into week 3:
    /// (300 - 204) / 14.57 = 6.6 → its 7th day, 2026-12-12: 14 days after the 28th.
    @Test func moreLoggedIsAheadByDays() throws {
        let pace = try pace(on: "2026-11-29", logged: [("2026-11-23", 200), ("2026-11-29", 100)])
        #expect(pace.slackText == "14 days ahead")
    }

    /// Hours on schedule but the first skill (due by the end of week 12, 2027-02-13)
    /// not done: the skills put the user at 2027-02-12, 7 days before the 19th.
    @Test func skillsNotDoneHoldThePaceBackToo() throws {
        // Weeks 1–12 (1224 min) and 6 of week 13's 7 days (87.4 min) are due by 2027-02-19.
        let onTime = try pace(on: "2027-02-20", logged: [("2027-02-01", 1312)])
        #expect(onTime.skillsPlannedByNow == 1)
        #expect(onTime.skillsDone == 0)
        #expect(onTime.slackText == "behind by 7 days")
        let withSkill = try pace(on: "2027-02-20", logged: [("2027-02-01", 1312)], done: ["algebra"])
        #expect(withSkill.slackText == "1 day ahead")
    }

    @Test func noRecentStudyMeansNoProjection() throws {
        let pace = try pace(on: "2027-06-01", logged: [("2026-12-01", 100)])
        #expect(pace.projectedFinish == nil)
    }

    // MARK: Replanning and the log

    @Test func replanStartsTodayKeepingDoneWorkTheLogAndTheHours() throws {
        var planner = Planner(catalog: CatalogFixture.catalog, progress: UserProgress(targetRole: "engineer"))
        try planner.plan(.init(), today: start)
        try planner.mark(["algebra"], as: .done, today: Day(iso: "2027-01-10")!)
        try planner.log(minutes: 45, skillID: "python", date: Day(iso: "2027-01-09")!, note: "loops", today: Day(iso: "2027-01-10")!)
        let log = planner.progress.log
        #expect(throws: PlannerError.planExists(start: start)) { try planner.plan(.init(months: 12), today: start) }

        let replanned = try planner.plan(.init(replan: true), today: Day(iso: "2027-01-10")!)
        #expect(replanned.settings.start == Day(iso: "2027-01-10")!)
        #expect(replanned.settings.hoursPerWeek == 1.7)
        #expect(!replanned.skillIDs.contains("algebra"))
        #expect(replanned.skillIDs.first == "python", "the skill being learned comes first")
        // python's 1800 min less the 45 logged.
        #expect(replanned.blocks.filter { $0.skillID == "python" }.reduce(0) { $0 + $1.minutes } == 1755)
        #expect(planner.progress.log == log)
        #expect(planner.progress.state(of: "algebra") == .done)
    }

    @Test func loggingMovesATodoSkillToLearningAndChecksItsValues() throws {
        let today = Day(iso: "2026-11-22")!
        var planner = Planner(catalog: CatalogFixture.catalog, progress: UserProgress())
        try planner.log(minutes: 30, skillID: "python", date: Day(iso: "2026-11-20")!, note: nil, today: today)
        #expect(planner.progress.skills["python"] == SkillProgress(state: .learning, changed: Day(iso: "2026-11-20")!))
        try planner.log(minutes: 1410, skillID: nil, date: Day(iso: "2026-11-20")!, note: "", today: today)
        #expect(planner.progress.log.last == LogEntry(date: Day(iso: "2026-11-20")!, minutes: 1410))
        let before = planner.progress
        #expect(throws: PlannerError.dayOverfull(Day(iso: "2026-11-20")!, alreadyLogged: 1440)) {
            try planner.log(minutes: 1, skillID: nil, date: Day(iso: "2026-11-20")!, note: nil, today: today)
        }
        #expect(throws: PlannerError.minutesOutOfRange(0)) { try planner.log(minutes: 0, skillID: nil, date: today, note: nil, today: today) }
        #expect(throws: PlannerError.dateInFuture(Day(iso: "2026-11-23")!)) {
            try planner.log(minutes: 5, skillID: nil, date: Day(iso: "2026-11-23")!, note: nil, today: today)
        }
        #expect(planner.progress == before)
    }
}
