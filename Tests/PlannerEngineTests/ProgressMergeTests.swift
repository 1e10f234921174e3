import Testing
@testable import PlannerEngine

/// Three-way merges of this window's change and someone else's, made from the same starting point.
@Suite struct ProgressMergeTests {
    static func day(_ text: String) -> Day { Day(iso: text)! }
    static func entry(_ date: String, _ minutes: Int, _ skill: String? = nil) -> LogEntry {
        LogEntry(date: day(date), minutes: minutes, skillID: skill)
    }
    static func plan(_ months: Int) -> StudyPlan {
        StudyPlan(settings: PlanSettings(roleID: "ml-engineer", start: day("2026-11-02"), months: months, hoursPerWeek: 10,
                                         includeNiceToHave: false),
                  blocks: [PlanBlock(week: 1, skillID: "python", minutes: 600)])
    }

    let base = UserProgress(targetRole: "ml-engineer",
                            skills: ["python": SkillProgress(state: .learning, changed: day("2026-11-01"))],
                            log: [entry("2026-11-01", 30, "python"), entry("2026-11-02", 45)])

    @Test func aChangeOnOneSideOnlyIsTakenWhole() {
        var theirs = base
        theirs.skills["sql"] = SkillProgress(state: .done, changed: Self.day("2026-12-01"))
        theirs.log.append(Self.entry("2026-12-01", 20, "sql"))
        let fromTheirs = ProgressMerge(base: base, mine: base, theirs: theirs)
        #expect(fromTheirs.merged == theirs)
        #expect(fromTheirs.clashes.isEmpty)
        let fromMine = ProgressMerge(base: base, mine: theirs, theirs: base)
        #expect(fromMine.merged == theirs)
        #expect(fromMine.clashes.isEmpty)
    }

    /// The command line ticked sql and logged 20 minutes; this window ticked
    /// python and logged 30: the file ends up with all four changes.
    @Test func changesToDifferentThingsAreAllKept() {
        var theirs = base, mine = base
        theirs.skills["sql"] = SkillProgress(state: .done, changed: Self.day("2026-12-01"))
        theirs.log.append(Self.entry("2026-12-01", 20, "sql"))
        mine.skills["python"] = SkillProgress(state: .done, changed: Self.day("2026-12-01"))
        mine.log.append(Self.entry("2026-12-01", 30, "python"))
        mine.targetRole = "data-scientist"
        let merge = ProgressMerge(base: base, mine: mine, theirs: theirs)
        #expect(merge.clashes.isEmpty)
        #expect(merge.merged == UserProgress(
            targetRole: "data-scientist",
            skills: ["python": SkillProgress(state: .done, changed: Self.day("2026-12-01")),
                     "sql": SkillProgress(state: .done, changed: Self.day("2026-12-01"))],
            log: base.log + [Self.entry("2026-12-01", 20, "sql"), Self.entry("2026-12-01", 30, "python")]))
    }

    /// Entries are counted, not just compared: two identical stretches on one
    /// day are two; one removed here stays removed, one added there stays.
    @Test func logEntriesAreMergedAsCounts() {
        var mine = base, theirs = base
        mine.log.append(Self.entry("2026-11-01", 30, "python"))
        mine.log.removeAll { $0 == Self.entry("2026-11-02", 45) }
        theirs.log.append(Self.entry("2026-12-01", 10))
        let merge = ProgressMerge(base: base, mine: mine, theirs: theirs)
        #expect(merge.clashes.isEmpty)
        #expect(merge.merged.log == [Self.entry("2026-11-01", 30, "python"), Self.entry("2026-12-01", 10),
                                     Self.entry("2026-11-01", 30, "python")])
        // Both sides removed the same entry: it is gone once, not twice.
        var both = base
        both.log.removeFirst()
        #expect(ProgressMerge(base: base, mine: both, theirs: both).merged.log == both.log)
    }

    @Test func theSameChangeOnBothSidesIsNoClash() {
        var changed = base
        changed.skills["python"] = SkillProgress(state: .done, changed: Self.day("2026-12-01"))
        changed.plan = Self.plan(12)
        let merge = ProgressMerge(base: base, mine: changed, theirs: changed)
        #expect(merge.clashes.isEmpty)
        #expect(merge.merged == changed)
    }

    @Test func differentChangesToTheSameThingClashAndAreNamed() {
        var mine = base, theirs = base
        mine.skills["python"] = SkillProgress(state: .done, changed: Self.day("2026-12-01"))
        theirs.skills["python"] = SkillProgress(state: .skipped, changed: Self.day("2026-12-01"))
        mine.skills["sql"] = SkillProgress(state: .learning, note: "window")
        theirs.skills["sql"] = SkillProgress(state: .learning, note: "command line")
        mine.targetRole = "data-scientist"
        theirs.targetRole = nil
        mine.plan = Self.plan(12)
        theirs.plan = Self.plan(18)
        mine.habit = HabitRules(minutesPerDay: 30, restDaysPerWeek: 1)
        theirs.habit = HabitRules(minutesPerDay: 20, restDaysPerWeek: 1)
        let merge = ProgressMerge(base: base, mine: mine, theirs: theirs)
        #expect(merge.clashes == [
            "the target role: data-scientist here, none in the file",
            "python: done here, skipped in the file",
            "sql: its note or evidence changed both here and in the file",
            "the plan: changed both here and in the file",
            "the streak rules: changed both here and in the file",
        ])
    }

    @Test func differencesAreDescribedInAFewWords() {
        var new = base
        new.targetRole = "data-analyst"
        new.skills["python"] = SkillProgress(state: .done)
        new.skills["sql"] = SkillProgress(state: .todo, note: "later")
        new.log = [Self.entry("2026-11-02", 45), Self.entry("2026-12-01", 5), Self.entry("2026-12-01", 6)]
        new.plan = Self.plan(12)
        #expect(ProgressDifference.describe(from: base, to: new) == [
            "target role data-analyst", "python done", "sql note or evidence", "2 log entries added", "1 log entry removed",
            "the plan remade",
        ])
        #expect(ProgressDifference.describe(from: base, to: base) == [])
    }
}
