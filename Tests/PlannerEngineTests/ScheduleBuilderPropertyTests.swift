import Testing
@testable import PlannerEngine

/// Plans built from many generated catalogs keep the schedule's promises.
@Suite struct ScheduleBuilderPropertyTests {
    /// A catalog of `count` skills in three phases, each needing up to three earlier skills.
    static func catalog(skills count: Int, using random: inout SeededGenerator) -> Catalog {
        let phases = ["a", "b", "c"].map { Phase(id: $0, name: $0.uppercased()) }
        let categories = ["x", "y", "z", "w"].enumerated().map { Category(id: $1, name: $1, phase: phases[$0 % 3].id) }
        let skills = (0..<count).map { index -> Skill in
            let needs = index == 0 ? [] : (0..<Int.random(in: 0...3, using: &random)).map { _ in "s\(Int.random(in: 0..<index, using: &random))" }
            return CatalogFixture.skill("s\(index)", Double(Int.random(in: 1...120, using: &random)) / 2,
                                        needs: Array(Set(needs)).sorted(), category: categories.randomElement(using: &random)!.id)
        }
        let required = (0..<count).filter { _ in Bool.random(using: &random) }.map { "s\($0)" }
        var catalog = CatalogFixture.catalog
        catalog.phases = phases
        catalog.categories = categories
        catalog.skills = skills
        catalog.roles = [CatalogFixture.role("r", required: required.isEmpty ? ["s0"] : required)]
        return catalog
    }

    /// One generated case: a catalog, some progress, and a request with or without months and hours.
    static func generatedCase(seed: UInt64) -> (Catalog, UserProgress, ScheduleBuilder.Request) {
        var random = SeededGenerator(state: seed)
        let catalog = Self.catalog(skills: Int.random(in: 5...120, using: &random), using: &random)
        var progress = UserProgress()
        for skill in catalog.skills where Int.random(in: 0..<6, using: &random) == 0 {
            progress.skills[skill.id] = SkillProgress(state: [.done, .learning, .skipped].randomElement(using: &random)!)
        }
        let start = Day(iso: "2026-11-22")!.adding(days: Int.random(in: 0...400, using: &random))
        let months: Int? = Bool.random(using: &random) ? Int.random(in: 12...18, using: &random) : nil
        let hours: Double? = Bool.random(using: &random) ? Double(Int.random(in: 1...200, using: &random)) / 10 : nil
        return (catalog, progress, ScheduleBuilder.Request(role: catalog.roles[0], start: start, months: months, hoursPerWeek: hours))
    }

    /// The generator is only useful if it produces plans and refusals of both kinds.
    @Test func generatedCasesCoverPlansAndEachRefusal() {
        var plans = 0, tooLong = 0, tooShort = 0
        for seed in 0..<300 as Range<UInt64> {
            let (catalog, progress, request) = Self.generatedCase(seed: seed)
            do {
                _ = try ScheduleBuilder.build(catalog: catalog, progress: progress, request: request)
                plans += 1
            } catch {
                if case .tooLong = error { tooLong += 1 }
                if case .tooShort = error { tooShort += 1 }
            }
        }
        #expect(plans >= 60)
        #expect(tooLong >= 20)
        #expect(tooShort >= 20)
    }

    @Test(arguments: 0..<300 as Range<UInt64>)
    func plansKeepTheirPromises(seed: UInt64) throws {
        let (catalog, progress, request) = Self.generatedCase(seed: seed)
        let (start, months, hours) = (request.start, request.months, request.hoursPerWeek)

        do {
            let plan = try ScheduleBuilder.build(catalog: catalog, progress: progress, request: request)
            let minutesPerWeek = Int((plan.settings.hoursPerWeek * 60).rounded())
            // No week holds more than the hours given, and every week but the last is full.
            for (week, minutes) in plan.minutesByWeek() {
                #expect(minutes <= minutesPerWeek, "seed \(seed) week \(week)")
                if week < plan.weekCount { #expect(minutes == minutesPerWeek, "seed \(seed) week \(week)") }
            }
            // 12 to 18 months long.
            let end = plan.end
            #expect(end < start.adding(months: 18), "seed \(seed)")
            #expect(plan.weekCount >= PlanCalendar(start: start).weeks(inMonths: 12), "seed \(seed)")
            if let months { #expect(end < start.adding(months: months), "seed \(seed)") }
            if let hours { #expect(plan.settings.hoursPerWeek == hours, "seed \(seed)") }
            // Every open skill of the closure once; nothing done or skipped.
            let open = catalog.requiredClosure(of: catalog.roles[0]).filter { [.todo, .learning].contains(progress.state(of: $0.id)) }
            #expect(Set(plan.skillIDs) == Set(open.map(\.id)), "seed \(seed)")
            // Each prerequisite's study ends before the study of what needs it begins.
            let firstBlock = Dictionary(plan.blocks.enumerated().map { ($1.skillID, $0) }, uniquingKeysWith: { a, _ in a })
            let lastBlock = Dictionary(plan.blocks.enumerated().map { ($1.skillID, $0) }, uniquingKeysWith: { _, b in b })
            for skill in open {
                for needed in skill.prerequisites {
                    guard let before = lastBlock[needed] else { continue }
                    #expect(before < firstBlock[skill.id]!, "seed \(seed): \(needed) before \(skill.id)")
                }
            }
        } catch {
            // A refusal says, in numbers, why it could not fit.
            switch error {
            case .tooLong(_, let limit, let needed, let given, let taken):
                #expect(taken > limit && needed > given, "seed \(seed)")
            case .tooShort(_, let given, let taken, let fill):
                #expect(taken < 12 && fill < given, "seed \(seed)")
            case .nothingLeft:
                #expect(catalog.requiredClosure(of: catalog.roles[0]).allSatisfy { [.done, .skipped].contains(progress.state(of: $0.id)) })
            case .monthsOutOfRange, .hoursOutOfRange:
                Issue.record("seed \(seed): generated values are in range")
            }
        }
    }

    @Test func aLargeCatalogIsOrderedWithoutQuadraticWork() throws {
        var random = SeededGenerator(state: 7)
        let catalog = Self.catalog(skills: 10_000, using: &random)
        let work = ScheduleBuilder.workLeft(catalog: catalog, progress: UserProgress(), role: catalog.roles[0], includeNiceToHave: false)
        #expect(work.count == catalog.requiredClosure(of: catalog.roles[0]).count)
    }
}
