import Foundation
import Testing
@testable import PlannerEngine

/// Streak rules: setting them through the planner, and keeping them in the
/// data file (schema 3 only when they differ from the standard 20 minutes, 1 rest day).
@Suite struct HabitFileTests {
    func planner(habit: HabitRules? = nil) -> Planner {
        Planner(catalog: CatalogFixture.catalog, progress: UserProgress(habit: habit))
    }

    func text(_ progress: UserProgress) -> String { String(decoding: ProgressFileFormat.encode(progress), as: UTF8.self) }

    func failure(_ text: String) -> String? { ProgressFileFormat.failure(reading: text) }

    func file(habit: String) -> String { "{\"schemaVersion\": 3, \"habit\": \(habit), \"skills\": {}}" }

    // MARK: Setting the rules

    @Test func theStandardRulesApplyUntilChanged() {
        #expect(HabitRules.standard == HabitRules(minutesPerDay: 20, restDaysPerWeek: 1))
        #expect(planner().habitRules == .standard)
        #expect(planner(habit: HabitRules(minutesPerDay: 45, restDaysPerWeek: 0)).habitRules
                == HabitRules(minutesPerDay: 45, restDaysPerWeek: 0))
    }

    @Test func setHabitChangesOnlyWhatIsGiven() throws {
        var planner = planner()
        try planner.setHabit(minutesPerDay: 30, restDaysPerWeek: 2)
        #expect(planner.progress.habit == HabitRules(minutesPerDay: 30, restDaysPerWeek: 2))
        try planner.setHabit(minutesPerDay: nil, restDaysPerWeek: 0)
        #expect(planner.habitRules == HabitRules(minutesPerDay: 30, restDaysPerWeek: 0))
        try planner.setHabit(minutesPerDay: 45, restDaysPerWeek: nil)
        #expect(planner.habitRules == HabitRules(minutesPerDay: 45, restDaysPerWeek: 0))
        try planner.setHabit(minutesPerDay: nil, restDaysPerWeek: nil)
        #expect(planner.habitRules == HabitRules(minutesPerDay: 45, restDaysPerWeek: 0))
    }

    @Test func rulesEqualToTheStandardAreNotStored() throws {
        var planner = planner()
        try planner.setHabit(minutesPerDay: 20, restDaysPerWeek: 1)
        #expect(planner.progress.habit == nil)
        // From 30/1, setting the minutes back to 20 gives the standard rules: stored as nil again.
        try planner.setHabit(minutesPerDay: 30, restDaysPerWeek: nil)
        #expect(planner.progress.habit == HabitRules(minutesPerDay: 30, restDaysPerWeek: 1))
        try planner.setHabit(minutesPerDay: 20, restDaysPerWeek: nil)
        #expect(planner.progress.habit == nil)
        #expect(planner.progress.fileSchemaVersion == 2)
    }

    @Test func theEndsOfEachRangeAreAccepted() throws {
        var planner = planner()
        try planner.setHabit(minutesPerDay: 1, restDaysPerWeek: 0)
        #expect(planner.habitRules == HabitRules(minutesPerDay: 1, restDaysPerWeek: 0))
        try planner.setHabit(minutesPerDay: 1440, restDaysPerWeek: 6)
        #expect(planner.habitRules == HabitRules(minutesPerDay: 1440, restDaysPerWeek: 6))
    }

    @Test func valuesOutOfRangeAreRefusedAndChangeNothing() {
        var planner = planner(habit: HabitRules(minutesPerDay: 30, restDaysPerWeek: 2))
        let before = planner.progress
        #expect(throws: PlannerError.habitMinutesOutOfRange(0)) { try planner.setHabit(minutesPerDay: 0, restDaysPerWeek: nil) }
        #expect(throws: PlannerError.habitMinutesOutOfRange(1441)) {
            try planner.setHabit(minutesPerDay: 1441, restDaysPerWeek: 1)
        }
        #expect(throws: PlannerError.habitMinutesOutOfRange(-5)) { try planner.setHabit(minutesPerDay: -5, restDaysPerWeek: nil) }
        #expect(throws: PlannerError.restDaysOutOfRange(7)) { try planner.setHabit(minutesPerDay: nil, restDaysPerWeek: 7) }
        #expect(throws: PlannerError.restDaysOutOfRange(-1)) { try planner.setHabit(minutesPerDay: 25, restDaysPerWeek: -1) }
        // Both wrong: the minutes are reported.
        #expect(throws: PlannerError.habitMinutesOutOfRange(0)) { try planner.setHabit(minutesPerDay: 0, restDaysPerWeek: 9) }
        #expect(planner.progress == before, "a refused change leaves the rules as they were")
    }

    @Test func theRefusalsSayTheRange() {
        #expect(PlannerError.habitMinutesOutOfRange(0).description
                == "the minutes a day that count towards a streak must be between 1 and 1440, found 0")
        #expect(PlannerError.restDaysOutOfRange(7).description == "rest days a week must be between 0 and 6, found 7")
    }

    // MARK: Writing

    @Test func rulesAreWrittenRightAfterSchemaVersionThree() {
        #expect(text(UserProgress(habit: HabitRules(minutesPerDay: 30, restDaysPerWeek: 2))) == """
        {
          "schemaVersion": 3,
          "habit": {"minutesPerDay": 30, "restDaysPerWeek": 2},
          "skills": {}
        }

        """)
    }

    @Test func rulesComeBeforeTheLogAndEverythingElse() {
        let progress = UserProgress(targetRole: "speaker", skills: ["talk": SkillProgress(state: .done)],
                                    log: [LogEntry(date: Day(iso: "2026-03-18")!, minutes: 25, skillID: "talk")],
                                    habit: HabitRules(minutesPerDay: 1440, restDaysPerWeek: 0))
        #expect(text(progress) == """
        {
          "schemaVersion": 3,
          "habit": {"minutesPerDay": 1440, "restDaysPerWeek": 0},
          "log": [
            {"date": "2026-03-18", "minutes": 25, "skill": "talk"}
          ],
          "skills": {
            "talk": {"state": "done"}
          },
          "targetRole": "speaker"
        }

        """)
    }

    @Test func withoutRulesTheFileStaysAtVersionTwo() throws {
        var planner = planner()
        try planner.setHabit(minutesPerDay: 30, restDaysPerWeek: nil)
        #expect(planner.progress.fileSchemaVersion == 3)
        #expect(text(planner.progress).hasPrefix("{\n  \"schemaVersion\": 3,\n  \"habit\": {\"minutesPerDay\": 30, \"restDaysPerWeek\": 1},\n"))
        try planner.setHabit(minutesPerDay: 20, restDaysPerWeek: nil)
        #expect(planner.progress.fileSchemaVersion == 2)
        #expect(text(planner.progress) == "{\n  \"schemaVersion\": 2,\n  \"skills\": {}\n}\n")
        #expect(!text(planner.progress).contains("habit"))
    }

    // MARK: Reading

    @Test func rulesRoundTripExactly() throws {
        for habit in [HabitRules(minutesPerDay: 30, restDaysPerWeek: 2), HabitRules(minutesPerDay: 1, restDaysPerWeek: 6),
                      HabitRules(minutesPerDay: 20, restDaysPerWeek: 0)] {
            let progress = UserProgress(targetRole: "speaker", log: [LogEntry(date: Day(iso: "2026-03-18")!, minutes: 40)],
                                        habit: habit)
            let data = ProgressFileFormat.encode(progress)
            let read = try ProgressFileFormat.decode(data, file: "p.json")
            #expect(read == progress)
            #expect(read.habit == habit)
            #expect(ProgressFileFormat.encode(read) == data)
        }
    }

    @Test func aVersionThreeFileWithoutRulesReadsAndIsWrittenAtVersionTwo() throws {
        let read = try ProgressFileFormat.decode(Data("{\"schemaVersion\": 3, \"skills\": {}}".utf8), file: "p.json")
        #expect(read == UserProgress())
        #expect(read.habit == nil)
        #expect(text(read) == "{\n  \"schemaVersion\": 2,\n  \"skills\": {}\n}\n")
    }

    @Test func rulesInAnyKeyOrderAreRead() throws {
        let read = try ProgressFileFormat.decode(Data(file(habit: "{\"restDaysPerWeek\": 3, \"minutesPerDay\": 15}").utf8),
                                                 file: "p.json")
        #expect(read.habit == HabitRules(minutesPerDay: 15, restDaysPerWeek: 3))
    }

    @Test func badRulesAreRefusedWithTheField() {
        #expect(failure(file(habit: "{\"minutesPerDay\": 0, \"restDaysPerWeek\": 1}"))
                == "p.json: field habit.minutesPerDay: expected 1 to 1440 minutes, found 0")
        #expect(failure(file(habit: "{\"minutesPerDay\": 1441, \"restDaysPerWeek\": 1}"))
                == "p.json: field habit.minutesPerDay: expected 1 to 1440 minutes, found 1441")
        #expect(failure(file(habit: "{\"minutesPerDay\": 30, \"restDaysPerWeek\": 7}"))
                == "p.json: field habit.restDaysPerWeek: expected 0 to 6 days, found 7")
        #expect(failure(file(habit: "{\"minutesPerDay\": 30, \"restDaysPerWeek\": -1}"))
                == "p.json: field habit.restDaysPerWeek: expected 0 to 6 days, found -1")
        #expect(failure(file(habit: "{\"minutesPerDay\": 30}")) == "p.json: field habit.restDaysPerWeek: this field is missing")
        #expect(failure(file(habit: "{\"restDaysPerWeek\": 1}")) == "p.json: field habit.minutesPerDay: this field is missing")
        #expect(failure(file(habit: "{\"minutesPerDay\": \"30\", \"restDaysPerWeek\": 1}"))
                == "p.json: field habit.minutesPerDay: expected a number, found text")
        #expect(failure(file(habit: "30")) == "p.json: field habit: expected an object, found a number")
        // A fraction where a whole number belongs is refused too (whatever the words).
        #expect(failure(file(habit: "{\"minutesPerDay\": 30.5, \"restDaysPerWeek\": 1}")) != nil)
    }

    @Test func unknownFieldsInsideTheRulesAreRefused() {
        let unknown = "unknown field (this career-planner would lose it on the next save; remove or rename it)"
        #expect(failure(file(habit: "{\"minutesPerDay\": 30, \"restDaysPerWeek\": 1, \"strict\": true}"))
                == "p.json: field habit.strict: \(unknown)")
        #expect(failure(file(habit: "{\"minutesPerDay\": 30, \"restDaysPerWeek\": 1, \"restDays\": 2}"))
                == "p.json: field habit.restDays: \(unknown)")
    }

    @Test func aNewerVersionIsStillRefused() {
        #expect(UserProgress.schemaVersion == 3)
        #expect(failure("{\"schemaVersion\": 4, \"skills\": {}, \"somethingNew\": true}") == "newer p.json 4")
        #expect(failure(file(habit: "{\"minutesPerDay\": 30, \"restDaysPerWeek\": 2}")) == nil)
    }
}
