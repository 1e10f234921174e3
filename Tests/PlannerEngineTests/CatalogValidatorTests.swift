import Foundation
import Testing
@testable import PlannerEngine

@Suite struct CatalogValidatorTests {
    func problems(_ catalog: Catalog) -> [String] {
        CatalogValidator.problems(in: catalog, file: "c.json").map(\.description)
    }

    @Test func theFixtureIsValid() {
        #expect(problems(CatalogFixture.catalog) == [])
    }

    @Test func reportsEveryBrokenReferenceAtOnce() {
        var catalog = CatalogFixture.catalog
        catalog.skills[0].prerequisites = ["nowhere"]
        catalog.skills[1].category = "cooking"
        catalog.roles[1].requiredSkills = ["ghost"]
        catalog.roles[0].sources = ["rumour"]
        #expect(problems(catalog) == [
            "c.json: skill \"algebra\": field prerequisites: unknown skill \"nowhere\"",
            "c.json: skill \"python\": field category: unknown category \"cooking\"",
            "c.json: role \"engineer\": field sources: unknown source \"rumour\"",
            "c.json: role \"speaker\": field requiredSkills: unknown skill \"ghost\"",
        ])
    }

    @Test func reportsRepeatedAndMalformedIDs() {
        var catalog = CatalogFixture.catalog
        catalog.skills.append(catalog.skills[1])
        catalog.roles[1].id = "Speaker One"
        #expect(problems(catalog) == [
            "c.json: skill \"python\": field id: this id is used twice",
            "c.json: role \"Speaker One\": field id: ids are lowercase letters, digits and single hyphens",
        ])
    }

    /// Two separate circles, a skill that needs itself (reported as that, not as a circle),
    /// and a repeated id whose second record's prerequisites the walk does not follow.
    @Test func reportsEveryCircleOnceInCatalogOrder() {
        var catalog = CatalogFixture.catalog
        catalog.skills[0].prerequisites = ["deploy"]
        catalog.skills[4].prerequisites = ["talk", "loop-b"]
        catalog.skills += [CatalogFixture.skill("loop-b", needs: ["loop-c"]), CatalogFixture.skill("loop-c", needs: ["talk"]),
                           CatalogFixture.skill("python", needs: ["talk"])]
        #expect(problems(catalog) == [
            "c.json: skill \"python\": field id: this id is used twice",
            "c.json: skill \"talk\": field prerequisites: a skill cannot need itself",
            "c.json: skill \"algebra\": field prerequisites: prerequisites go round in a circle: algebra -> deploy -> models -> algebra",
            "c.json: skill \"talk\": field prerequisites: prerequisites go round in a circle: talk -> loop-b -> loop-c -> talk",
        ])
    }

    @Test(arguments: [("a", true), ("a-1", true), ("2026-x9", true), ("", false), ("-a", false), ("a-", false),
                      ("a--b", false), ("A", false), ("a_b", false), ("é", false), ("a b", false), ("-", false)])
    func idsAreSlugs(_ id: String, _ isSlug: Bool) {
        #expect(CatalogValidator.isSlug(id) == isSlug)
    }

    @Test func reportsACycleOnce() {
        var catalog = CatalogFixture.catalog
        catalog.skills[0].prerequisites = ["deploy"]
        #expect(problems(catalog) == [
            "c.json: skill \"algebra\": field prerequisites: prerequisites go round in a circle: algebra -> deploy -> models -> algebra",
        ])
    }

    @Test func aLongChainIsCheckedWithoutOverflowingTheStack() {
        var catalog = CatalogFixture.catalog
        let count = 50_000
        catalog.skills = (0..<count).map { CatalogFixture.skill("s\($0)", needs: $0 + 1 < count ? ["s\($0 + 1)"] : []) }
        catalog.roles = [CatalogFixture.role("long", required: ["s0"])]
        #expect(problems(catalog) == [])
        catalog.skills[count - 1].prerequisites = ["s0"]
        #expect(problems(catalog).count == 1)
    }

    @Test func aFigureWithoutASourceIsAProblem() {
        var catalog = CatalogFixture.catalog
        catalog.roles[0].pay = [PayFigure(label: "Average", min: 1, max: 2, plus: false, currency: "USD",
                                          period: "year", asOf: nil, via: nil, sources: [])]
        catalog.roles[0].outlook = [OutlookStatement(text: "Growing.", sources: [])]
        #expect(problems(catalog) == [
            "c.json: role \"engineer\": field pay[0].sources: a figure needs at least one source",
            "c.json: role \"engineer\": field outlook[0].sources: an outlook statement needs at least one source",
        ])
    }

    @Test func loaderNamesUnknownFieldsAndLineAndColumn() throws {
        var json = try JSONSerialization.jsonObject(with: JSONEncoder().encode(CatalogFixture.catalog)) as! [String: Any]
        var roles = json["roles"] as! [[String: Any]]
        roles[0]["salry"] = 5
        json["roles"] = roles
        let data = try JSONSerialization.data(withJSONObject: json)
        guard case .invalid(let problems) = CatalogLoader.load(data, file: "c.json") else {
            Issue.record("an unknown field was accepted")
            return
        }
        #expect(problems.map(\.description) == ["c.json: field roles[engineer].salry: unknown field"])

        let broken = Data("{\n  \"formatVersion\": 1,\n  \"sources\": [,]\n}".utf8)
        guard case .invalid(let syntax) = CatalogLoader.load(broken, file: "c.json") else {
            Issue.record("broken JSON was accepted")
            return
        }
        #expect(syntax.map(\.description) == ["c.json:3:15: this is not valid JSON: expected a value"])
    }
}
