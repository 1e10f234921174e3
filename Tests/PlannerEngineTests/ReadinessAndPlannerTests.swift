import Testing
@testable import PlannerEngine

@Suite struct ReadinessAndPlannerTests {
    let today = Day(iso: "2026-11-22")!

    func planner(_ states: [String: SkillState] = [:], target: String? = nil) -> Planner {
        Planner(catalog: CatalogFixture.catalog, progress: UserProgress(
            targetRole: target, skills: states.mapValues { SkillProgress(state: $0) }))
    }

    @Test func requiredClosureFollowsPrerequisitesInCatalogOrder() {
        let role = CatalogFixture.catalog.role("engineer")!
        #expect(CatalogFixture.catalog.requiredClosure(of: role).map(\.id) == ["algebra", "python", "models", "deploy", "talk"])
    }

    @Test func readinessLeavesSkippedOutOfTheTotal() {
        let role = CatalogFixture.catalog.role("engineer")!
        let readiness = planner(["algebra": .done, "python": .skipped, "models": .learning]).readiness(for: role)
        #expect(readiness.done == 1)
        #expect(readiness.skipped == 1)
        #expect(readiness.total == 4)
        #expect(readiness.percent == 25)
        #expect(readiness.hoursLeft == 40 + 15 + 5)
    }

    @Test func allSkippedIsZeroNotDivisionByZero() {
        let role = CatalogFixture.catalog.role("speaker")!
        let readiness = planner(["talk": .skipped]).readiness(for: role)
        #expect(readiness.total == 0)
        #expect(readiness.fraction == 0)
        #expect(readiness.percent == 0)
    }

    @Test func percentRoundsDownSoHundredMeansDone() {
        var states: [String: SkillState] = [:]
        for id in ["algebra", "python", "models", "talk"] { states[id] = .done }
        #expect(planner(states).readiness(for: CatalogFixture.catalog.role("engineer")!).percent == 80)
        states["deploy"] = .done
        #expect(planner(states).readiness(for: CatalogFixture.catalog.role("engineer")!).percent == 100)
    }

    @Test func markSetsStateDateNoteAndEvidence() throws {
        var planner = planner()
        try planner.mark(["python", "talk"], as: .learning, note: "chapter 3", evidence: "https://x.dev/a", today: today)
        #expect(planner.progress.skills["python"] == SkillProgress(state: .learning, changed: today, note: "chapter 3",
                                                                   evidence: ["https://x.dev/a"]))
        let later = Day(iso: "2026-12-01")!
        try planner.mark(["python"], as: .learning, evidence: "https://x.dev/a", today: later)
        #expect(planner.progress.skills["python"]?.changed == today, "same state keeps its date")
        #expect(planner.progress.skills["python"]?.evidence == ["https://x.dev/a"], "no duplicate link")
        try planner.mark(["python"], as: .done, note: "", today: later)
        #expect(planner.progress.skills["python"] == SkillProgress(state: .done, changed: later, note: nil,
                                                                   evidence: ["https://x.dev/a"]))
    }

    @Test func anUnknownIDChangesNothingAndSuggests() {
        var planner = planner()
        #expect(throws: PlannerError.unknownSkill("pyhton", suggestions: ["python"])) {
            try planner.mark(["talk", "pyhton"], as: .done, today: today)
        }
        #expect(planner.progress == UserProgress())
        #expect(throws: PlannerError.unknownRole("enginer", suggestions: ["engineer"])) {
            try planner.setTarget("enginer")
        }
        #expect(throws: PlannerError.unknownRole("zzz", suggestions: [])) { try planner.setTarget("zzz") }
    }

    @Test func controlCharactersAndNonLinksAreRefused() {
        var planner = planner()
        #expect(throws: PlannerError.controlCharacters(field: "note")) {
            try planner.mark(["talk"], as: .done, note: "a\u{1B}[2Jb", today: today)
        }
        #expect(throws: PlannerError.invalidEvidence("my repo")) {
            try planner.mark(["talk"], as: .done, evidence: "my repo", today: today)
        }
        #expect(planner.progress == UserProgress())
    }

    @Test func skillsFilterByRoleCategoryAndState() throws {
        let planner = planner(["talk": .done, "algebra": .done])
        let speaker = try planner.role("speaker")
        #expect(planner.skills(role: speaker).map(\.id) == ["talk"])
        #expect(planner.skills(category: try planner.category("core"), state: .done).map(\.id) == ["algebra"])
        #expect(planner.skills(role: try planner.role("engineer"), state: .todo).map(\.id) == ["python", "models", "deploy"])
        #expect(planner.countsByState() == [.done: 2, .todo: 3, .learning: 0, .skipped: 0])
    }

    @Test func suggesterPrefersCloseAndContainingIDs() {
        let ids = ["linear-algebra", "python", "pytorch", "statistics"]
        #expect(IdentifierSuggester.suggestions(for: "algebra", among: ids) == ["linear-algebra"])
        #expect(IdentifierSuggester.suggestions(for: "pyton", among: ids) == ["python"])
        #expect(IdentifierSuggester.suggestions(for: "cooking", among: ids) == [])
        #expect(IdentifierSuggester.editDistance("kitten", "sitting") == 3)
    }
}
