import Testing
@testable import PlannerEngine

/// Gaps for a role, the closest role and comparing two roles, on the shared
/// fixture (hours: algebra 20, python 30, models 40, deploy 15, talk 5) with,
/// where a test needs it, an extra `sql` skill and roles added.
@Suite struct GapsAndComparisonTests {
    typealias F = CatalogFixture

    /// The fixture plus `sql` (core, 8 h, needs python) and the role
    /// `analyst` requiring sql and talk (so python too).
    static let catalog: Catalog = {
        var catalog = F.catalog
        catalog.skills.append(F.skill("sql", 8, needs: ["python"]))
        catalog.roles.append(F.role("analyst", required: ["sql", "talk"]))
        return catalog
    }()

    func planner(_ states: [String: SkillState] = [:], catalog: Catalog = Self.catalog) -> Planner {
        Planner(catalog: catalog, progress: UserProgress(skills: states.mapValues { SkillProgress(state: $0) }))
    }

    func ids(_ skills: [Skill]) -> [String] { skills.map(\.id) }

    // MARK: Gaps

    @Test func gapsAreTheOpenRequiredSkillsByCategoryInCatalogOrder() throws {
        // Engineer's closure: algebra, python, models, deploy (core), talk (people).
        // algebra done and python skipped are not gaps; models (learning), deploy and talk (todo) are.
        let planner = planner(["algebra": .done, "python": .skipped, "models": .learning])
        let gaps = planner.gaps(for: try planner.role("engineer"))
        #expect(gaps.missing.map(\.category.id) == ["core", "people"])
        #expect(gaps.missing.map { ids($0.skills) } == [["models", "deploy"], ["talk"]])
        #expect(gaps.missingCount == 3)
        #expect(gaps.readiness == planner.readiness(for: try planner.role("engineer")))
        #expect(gaps == RoleGaps(role: try planner.role("engineer"), catalog: Self.catalog, progress: planner.progress))
    }

    @Test func aCategoryWithNothingMissingIsLeftOut() throws {
        let planner = planner(["talk": .done, "algebra": .learning])
        let gaps = planner.gaps(for: try planner.role("engineer"))
        // Only core is left: algebra (learning), python, models, deploy.
        #expect(gaps.missing.map(\.category.name) == ["Core"])
        #expect(gaps.missing.map { ids($0.skills) } == [["algebra", "python", "models", "deploy"]])
        #expect(gaps.missingCount == 4)
    }

    @Test func aRoleWithEverythingDoneOrSkippedHasNoGaps() throws {
        let planner = planner(["talk": .skipped])
        let gaps = planner.gaps(for: try planner.role("speaker"))
        #expect(gaps.missing.isEmpty)
        #expect(gaps.missingCount == 0)
        #expect(gaps.readiness.skipped == 1)
    }

    @Test func gapsFollowPrerequisitesOfRequiredSkills() throws {
        // Analyst requires sql and talk; sql needs python. Nothing done: python, sql (core), talk (people).
        let planner = planner()
        let gaps = planner.gaps(for: try planner.role("analyst"))
        #expect(gaps.missing.map { ids($0.skills) } == [["python", "sql"], ["talk"]])
    }

    // MARK: Closest role

    @Test func aRoleWhoseEverySkillIsSkippedIsNeverTheClosest() {
        // talk skipped: speaker counts 0 skills and 0 h left; it would win the tie on hours
        // against engineer (110 − 5 = 105 h) and analyst (43 − 5 = 38 h), but is left out.
        #expect(planner(["talk": .skipped]).closestRole?.id == "analyst")
    }

    @Test func closestRoleIsTheHighestShareDone() {
        // Nothing done: every share is 0, so the fewest hours left wins:
        // engineer 20+30+40+15+5 = 110, speaker 5, analyst 30+8+5 = 43 → speaker.
        #expect(planner().closestRole?.id == "speaker")
        // algebra done: engineer 1/5 = 0.2, speaker 0/1, analyst 0/3 → engineer.
        #expect(planner(["algebra": .done]).closestRole?.id == "engineer")
        // python done: engineer 1/5 = 0.2, analyst 1/3 ≈ 0.33 → analyst.
        #expect(planner(["python": .done]).closestRole?.id == "analyst")
        // talk done: speaker 1/1 → speaker.
        #expect(planner(["talk": .done, "python": .done]).closestRole?.id == "speaker")
    }

    @Test func equalSharesGoToTheFewestHoursLeft() {
        // algebra and python done, talk skipped: engineer 2 of 4 (models 40 + deploy 15 = 55 h left),
        // analyst 1 of 2 (sql, 8 h left), speaker 0 (all skipped).
        // Both at 0.5: analyst has 8 h left against engineer's 55 → analyst, though engineer comes first.
        let states: [String: SkillState] = ["python": .done, "talk": .skipped, "algebra": .done]
        #expect(planner(states).readiness(for: Self.catalog.role("engineer")!).fraction == 0.5)
        #expect(planner(states).readiness(for: Self.catalog.role("analyst")!).fraction == 0.5)
        #expect(planner(states).closestRole?.id == "analyst")
    }

    @Test func fullTiesGoToCatalogOrder() {
        // "orator" and "speaker" both require only talk: same share, same hours.
        var first = F.catalog
        first.roles.insert(F.role("orator", required: ["talk"]), at: 0)
        #expect(planner(catalog: first).closestRole?.id == "orator")
        #expect(planner(["talk": .done], catalog: first).closestRole?.id == "orator")
        var last = F.catalog
        last.roles.append(F.role("orator", required: ["talk"]))
        #expect(planner(catalog: last).closestRole?.id == "speaker")
    }

    @Test func noRolesNoClosestRole() {
        var empty = F.catalog
        empty.roles = []
        #expect(planner(catalog: empty).closestRole == nil)
    }

    // MARK: Comparison

    /// python done, talk skipped, algebra learning, models done, sql learning.
    let states: [String: SkillState] = ["python": .done, "talk": .skipped, "algebra": .learning,
                                        "models": .done, "sql": .learning]

    @Test func comparisonSplitsSharedAndOwnSkills() throws {
        // Engineer: algebra, python, models, deploy, talk. Analyst: python, talk, sql.
        let comparison = try planner(states).compare("engineer", "analyst")
        #expect(comparison.first.id == "engineer")
        #expect(comparison.second.id == "analyst")
        // Shared: python (done), talk (skipped): nothing left.
        #expect(ids(comparison.shared.skills) == ["python", "talk"])
        #expect(comparison.shared.done == 1)
        #expect(comparison.shared.skipped == 1)
        #expect(comparison.shared.hoursLeft == 0)
        // Only engineer: algebra (learning, 20 h), models (done), deploy (todo, 15 h): 35 h left.
        #expect(ids(comparison.onlyFirst.skills) == ["algebra", "models", "deploy"])
        #expect(comparison.onlyFirst.done == 1)
        #expect(comparison.onlyFirst.skipped == 0)
        #expect(comparison.onlyFirst.hoursLeft == 35)
        // Only analyst: sql (learning, 8 h).
        #expect(ids(comparison.onlySecond.skills) == ["sql"])
        #expect(comparison.onlySecond.done == 0)
        #expect(comparison.onlySecond.hoursLeft == 8)
    }

    @Test func comparisonCarriesEachRolesReadiness() throws {
        let comparison = try planner(states).compare("engineer", "analyst")
        // Engineer: done python, models; learning algebra; todo deploy; skipped talk → 2 of 4, 35 h left.
        #expect(comparison.firstReadiness.done == 2)
        #expect(comparison.firstReadiness.total == 4)
        #expect(comparison.firstReadiness.percent == 50)
        #expect(comparison.firstReadiness.hoursLeft == 35)
        // Analyst: done python; learning sql; skipped talk → 1 of 2, 8 h left.
        #expect(comparison.secondReadiness.done == 1)
        #expect(comparison.secondReadiness.total == 2)
        #expect(comparison.secondReadiness.hoursLeft == 8)
        // The hours left of a role are its shared part plus its own part.
        #expect(comparison.shared.hoursLeft + comparison.onlyFirst.hoursLeft == comparison.firstReadiness.hoursLeft)
        #expect(comparison.shared.hoursLeft + comparison.onlySecond.hoursLeft == comparison.secondReadiness.hoursLeft)
    }

    @Test func swappingTheRolesSwapsTheParts() throws {
        let planner = planner(states)
        let ab = try planner.compare("engineer", "analyst"), ba = try planner.compare("analyst", "engineer")
        #expect(ba.shared == ab.shared)
        #expect(ba.onlyFirst == ab.onlySecond)
        #expect(ba.onlySecond == ab.onlyFirst)
        #expect(ba.firstReadiness == ab.secondReadiness)
    }

    @Test func aRoleInsideAnotherHasNothingOfItsOwn() throws {
        // Speaker (talk) is inside engineer: shared talk; only engineer the four core skills.
        let comparison = try planner().compare("speaker", "engineer")
        #expect(ids(comparison.shared.skills) == ["talk"])
        #expect(comparison.onlyFirst.skills.isEmpty)
        #expect(comparison.onlyFirst.hoursLeft == 0)
        #expect(ids(comparison.onlySecond.skills) == ["algebra", "python", "models", "deploy"])
        // 20 + 30 + 40 + 15 = 105 h, nothing done.
        #expect(comparison.onlySecond.hoursLeft == 105)
        #expect(comparison.onlySecond.done == 0)
    }

    @Test func theSameRoleTwiceIsRefused() {
        #expect(throws: PlannerError.sameRole("speaker")) { try planner().compare("speaker", "speaker") }
    }

    @Test func unknownRolesAreRefusedWithSuggestions() {
        #expect(throws: PlannerError.unknownRole("enginer", suggestions: ["engineer"])) {
            try planner().compare("enginer", "speaker")
        }
        #expect(throws: PlannerError.unknownRole("zzz", suggestions: [])) { try planner().compare("speaker", "zzz") }
        // Both unknown and equal: the unknown role is what is reported.
        #expect(throws: PlannerError.unknownRole("zzz", suggestions: [])) { try planner().compare("zzz", "zzz") }
    }
}
