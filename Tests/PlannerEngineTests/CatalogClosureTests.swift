import Testing
@testable import PlannerEngine

/// What a skill needs, transitively (`Catalog.closure`), and the circles the validator reports.
@Suite struct CatalogClosureTests {
    typealias F = CatalogFixture

    @Test func closureFollowsNeedsAndListsEachSkillOnceInCatalogOrder() {
        // deploy needs models, which needs algebra and python; asking twice changes nothing.
        #expect(F.catalog.closure(of: ["deploy", "talk", "deploy", "ghost"]).map(\.id)
                == ["algebra", "python", "models", "deploy", "talk"])
        #expect(F.catalog.closure(of: ["python"]).map(\.id) == ["python"])
        #expect(F.catalog.closure(of: []).isEmpty)
    }

    @Test func aCircleOrASkillThatNeedsItselfEndsTheWalk() {
        var catalog = F.catalog
        catalog.skills[0].prerequisites = ["deploy", "algebra"]   // algebra -> deploy -> models -> algebra
        #expect(catalog.closure(of: ["algebra"]).map(\.id) == ["algebra", "python", "models", "deploy"])
        #expect(PrerequisiteGraph(catalog).cycles() == [["algebra", "deploy", "models", "algebra"]])
    }

    @Test func aRepeatedIDCountsAsItsFirstRecord() {
        var catalog = F.catalog
        catalog.skills.append(F.skill("talk", needs: ["deploy"]))   // later record: its needs are not walked
        #expect(catalog.closure(of: ["talk"]).map(\.id) == ["talk"])
        #expect(PrerequisiteGraph(catalog).cycles().isEmpty)
    }

    @Test func changingTheSkillsChangesTheClosure() {
        var catalog = F.catalog
        #expect(catalog.closure(of: ["talk"]).map(\.id) == ["talk"])
        catalog.skills[4].prerequisites = ["python"]
        #expect(catalog.closure(of: ["talk"]).map(\.id) == ["python", "talk"])
        catalog.skills.removeFirst()
        #expect(catalog.closure(of: ["deploy"]).map(\.id) == ["python", "models", "deploy"])
    }
}
