import Testing
@testable import PlannerEngine

/// The embedded default catalog: complete, consistent and sourced.
@Suite struct DefaultCatalogTests {
    let catalog: Catalog

    init() throws {
        guard case .loaded(let catalog) = Catalog.embedded() else {
            Issue.record("the embedded catalog does not load")
            throw CatalogMissing()
        }
        self.catalog = catalog
    }

    struct CatalogMissing: Error {}

    /// Every check a custom catalog gets, on the built-in text; what the
    /// program decodes at start-up without them is the same catalog.
    @Test func passesEveryCheckAndStartUpReadsTheSame() {
        switch Catalog.embeddedChecked() {
        case .invalid(let problems): Issue.record("problems: \(problems.map(\.description))")
        case .loaded(let checked): #expect(checked == catalog)
        }
    }

    @Test func hasTheRolesTheIssueNames() {
        #expect(catalog.roles.map(\.id) == [
            "ml-engineer", "ai-research-scientist", "nlp-engineer", "computer-vision-engineer", "data-scientist",
            "mlops-engineer", "automl-engineer", "ai-ethics-specialist", "data-analyst",
        ])
        #expect(catalog.roles.filter(\.steppingStone).map(\.id) == ["data-analyst"])
    }

    @Test func idsAreUniqueSlugs() {
        for ids in [catalog.skills.map(\.id), catalog.roles.map(\.id), catalog.categories.map(\.id),
                    catalog.sources.map(\.id), catalog.phases.map(\.id)] {
            #expect(Set(ids).count == ids.count)
            #expect(ids.allSatisfy(CatalogValidator.isSlug))
        }
    }

    @Test func everyReferenceResolves() {
        let skills = Set(catalog.skills.map(\.id))
        for skill in catalog.skills {
            #expect(catalog.category(skill.category) != nil, "\(skill.id)")
            #expect(skill.prerequisites.allSatisfy(skills.contains), "\(skill.id)")
        }
        for role in catalog.roles {
            #expect((role.requiredSkills + role.niceToHaveSkills).allSatisfy(skills.contains), "\(role.id)")
        }
        for category in catalog.categories { #expect(catalog.phases.contains { $0.id == category.phase }) }
    }

    @Test func prerequisitesHaveNoCycle() {
        #expect(PrerequisiteGraph(catalog).cycles().isEmpty)
    }

    @Test func everyRoleNeedsAtLeastTwentySkills() {
        for role in catalog.roles {
            #expect(catalog.requiredClosure(of: role).count >= 20, "\(role.id)")
        }
    }

    @Test func hasSixtySkillsInTheIssuesCategories() {
        #expect(catalog.skills.count >= 60)
        let used = Set(catalog.skills.map(\.category))
        for category in ["mathematics", "programming", "data", "ml-fundamentals", "deep-learning", "computer-vision",
                         "nlp", "reinforcement-learning", "engineering", "cloud-big-data", "portfolio", "career",
                         "soft-skills"] {
            #expect(used.contains(category), "\(category)")
        }
        #expect(catalog.skills.allSatisfy { !$0.learn.isEmpty && !$0.show.isEmpty && $0.hours > 0 })
    }

    @Test func everyFigureNamesAKnownSource() {
        let sources = Set(catalog.sources.map(\.id))
        for role in catalog.roles {
            let cited = role.pay.map(\.sources) + role.outlook.map(\.sources) + [role.sources]
                + (role.typicalDay.map { [$0.sources] } ?? [])
            for list in cited {
                #expect(!list.isEmpty, "\(role.id)")
                #expect(list.allSatisfy(sources.contains), "\(role.id)")
            }
        }
    }

    /// The figures the issue quotes, exactly as the sources give them.
    @Test func payFiguresMatchTheSources() throws {
        let engineer = try #require(catalog.role("ml-engineer"))
        #expect(engineer.pay.map { [$0.min, $0.max] } == [[134_000, 215_000], [80_000, 110_000],
                                                          [110_000, 140_000], [140_000, 180_000]])
        #expect(engineer.pay.map(\.plus) == [false, false, false, true])
        #expect(engineer.pay.dropFirst().allSatisfy { $0.asOf == "2024-12" && $0.via == "Glassdoor" })
        let scientist = try #require(catalog.role("ai-research-scientist"))
        #expect(scientist.pay.map { [$0.min, $0.max] } == [[133_000, 133_000]])
        let unpaid = catalog.roles.filter { $0.pay.isEmpty }.map(\.id)
        #expect(unpaid == ["nlp-engineer", "computer-vision-engineer", "data-scientist", "mlops-engineer",
                           "automl-engineer", "ai-ethics-specialist", "data-analyst"])
        let scientistOutlook = try #require(catalog.role("data-scientist")).outlook.map(\.text).joined()
        #expect(scientistOutlook.contains("36%") && scientistOutlook.contains("2031"))
        #expect(engineer.outlook.map(\.text).joined().contains("40%"))
    }

    @Test func textHasNoControlCharacters() {
        let texts = catalog.roles.flatMap { [$0.name, $0.summary] + $0.responsibilities + $0.entryRoutes }
            + catalog.skills.flatMap { [$0.name, $0.learn, $0.show] }
        #expect(!texts.contains(where: TextRules.hasControlCharacters))
    }
}
