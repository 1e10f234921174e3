import Foundation
import Testing
@testable import PlannerEngine

/// Custom catalogs: where they are looked for, how they go over the built-in
/// catalog, and what is wrong with them, all at once.
@Suite struct CatalogOverlayTests {
    let base = CatalogFixture.catalog

    /// A custom catalog file's text: format 1 unless `fields` says otherwise.
    static func file(_ fields: [String: Any]) throws -> Data {
        var object: [String: Any] = ["formatVersion": 1]
        object.merge(fields) { _, new in new }
        return try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
    }

    static func json<Value: Encodable>(_ value: Value) throws -> Any {
        try JSONSerialization.jsonObject(with: JSONEncoder().encode(value))
    }

    func problems(_ data: Data, complete: Bool = false) -> [String] {
        CatalogLoader.readOverlay(data, file: "c.json", complete: complete).1.map(\.description)
    }

    // MARK: merging

    @Test func anOverriddenRecordKeepsItsPlaceAndNewOnesComeLastInTheOverlaysOrder() {
        var python = base.skills[1]
        python.hours = 99
        let overlay = CatalogOverlay(skills: [CatalogFixture.skill("zebra"), python, CatalogFixture.skill("apple")],
                                     roles: [CatalogFixture.role("speaker", required: ["python"])])
        let merged = overlay.catalog(over: base)
        #expect(merged.skills.map(\.id) == ["algebra", "python", "models", "deploy", "talk", "zebra", "apple"])
        #expect(merged.skill("python")?.hours == 99)
        #expect(merged.roles.map(\.id) == ["engineer", "speaker"])
        #expect(merged.role("speaker")?.requiredSkills == ["python"])
        #expect(merged.sources == base.sources && merged.phases == base.phases && merged.categories == base.categories)
    }

    @Test func anOverrideReplacesTheWholeRecordNotFieldByField() {
        var talk = CatalogFixture.skill("talk", 3)
        talk.sources = ["article"]
        let merged = CatalogOverlay(skills: [talk]).catalog(over: base)
        #expect(merged.skill("talk") == talk)
        #expect(merged.skill("talk")?.category == "core")
    }

    @Test func anIDTheOverlayRepeatsIsReportedNotSwallowed() {
        let overlay = CatalogOverlay(skills: [CatalogFixture.skill("python", 1), CatalogFixture.skill("python", 2)])
        let merged = overlay.catalog(over: base)
        #expect(merged.skills.map(\.id) == ["algebra", "python", "models", "deploy", "talk", "python"])
        #expect(CatalogValidator.problems(in: merged, file: "c.json").map(\.description)
                == ["c.json: skill \"python\": field id: this id is used twice"])
    }

    @Test func aReplacementStandsAlone() {
        let overlay = CatalogOverlay(replace: true, sources: base.sources, phases: base.phases,
                                     categories: [base.categories[1]], skills: [CatalogFixture.skill("talk", category: "people")],
                                     roles: [CatalogFixture.role("speaker", required: ["talk"])])
        let catalog = overlay.catalog(over: base)
        #expect(catalog == overlay.standalone)
        #expect(catalog.skills.map(\.id) == ["talk"] && catalog.roles.map(\.id) == ["speaker"])
    }

    // MARK: where the custom catalog is

    @Test func theFlagBeatsTheEnvironmentWhichBeatsTheConfigFolder() throws {
        let all = ["CAREER_PLANNER_CATALOG": "/env/c.json", "XDG_CONFIG_HOME": "/xdg/", "HOME": "/home/u"]
        #expect(try CatalogLocation.resolve(explicit: "/flag.json", environment: all)
                == CatalogLocation(path: "/flag.json", origin: .commandLine))
        #expect(try CatalogLocation.resolve(explicit: nil, environment: all)
                == CatalogLocation(path: "/env/c.json", origin: .environment))
        var rest = all
        rest["CAREER_PLANNER_CATALOG"] = ""
        #expect(try CatalogLocation.resolve(explicit: nil, environment: rest)
                == CatalogLocation(path: "/xdg/career-planner/catalog.json", origin: .configFolder))
        for ignored in ["", "relative/config"] {
            rest["XDG_CONFIG_HOME"] = ignored
            #expect(try CatalogLocation.resolve(explicit: nil, environment: rest)
                    == CatalogLocation(path: "/home/u/.config/career-planner/catalog.json", origin: .configFolder))
        }
    }

    @Test func withNoHomeThereIsNoCustomCatalogAndAnEmptyFlagIsAnError() throws {
        #expect(try CatalogLocation.resolve(explicit: nil, environment: [:]) == nil)
        #expect(throws: CatalogLocation.Failure.emptyPath) { try CatalogLocation.resolve(explicit: "", environment: [:]) }
    }

    @Test func onlyTheConfigFoldersFileMayBeMissing() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("catalog-\(UUID().uuidString)").path
        let missing = CatalogLocation(path: folder + "/catalog.json", origin: .configFolder)
        #expect(try CatalogInEffect.assemble(builtIn: base, custom: missing) == CatalogInEffect(catalog: base))
        #expect(try CatalogInEffect.assemble(builtIn: base, custom: nil) == CatalogInEffect(catalog: base))
        for origin in [CatalogLocation.Origin.commandLine, .environment] {
            let named = CatalogLocation(path: folder + "/catalog.json", origin: origin)
            #expect(throws: CatalogFailure.notFound(named)) { try CatalogInEffect.assemble(builtIn: base, custom: named) }
        }
    }

    @Test func problemsAnOverrideCausesInBuiltInRecordsNameTheCustomFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("catalog-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("mine.json").path
        try Self.file(["skills": [Self.json(CatalogFixture.skill("algebra", needs: ["deploy"]))]])
            .write(to: URL(fileURLWithPath: path))
        let location = CatalogLocation(path: path, origin: .environment)
        #expect(throws: CatalogFailure.invalid(file: path, problems: [FileProblem(
            file: path, record: "skill \"algebra\"", field: "prerequisites",
            message: "prerequisites go round in a circle: algebra -> deploy -> models -> algebra")])) {
            try CatalogInEffect.assemble(builtIn: base, custom: location)
        }
        try Self.file(["replace": true, "sources": [], "phases": [], "categories": [], "skills": [], "roles": []])
            .write(to: URL(fileURLWithPath: path))
        #expect(try CatalogInEffect.assemble(builtIn: base, custom: location) == CatalogInEffect(
            catalog: Catalog(sources: [], phases: [], categories: [], skills: [], roles: []),
            custom: location, replacesBuiltIn: true))
    }

    // MARK: reading the file

    @Test func anOverlayNeedsOnlyItsFormatVersionAndAReplacementEverySection() throws {
        #expect(problems(try Self.file([:])) == [])
        #expect(problems(Data("{}".utf8)) == ["c.json: field formatVersion: this field is missing"])
        #expect(problems(try Self.file(["replace": true, "skills": [], "roles": NSNull()])) == [
            "c.json: field sources: this field is missing",
            "c.json: field phases: this field is missing",
            "c.json: field categories: this field is missing",
            "c.json: field roles: this field is missing",
        ])
        #expect(problems(try Self.file(["roles": []]), complete: true).count == 4)
    }

    @Test func everyRecordIsReadOnItsOwnSoEveryBadOneIsListed() throws {
        var skills = try Self.json(base.skills) as! [[String: Any]]
        skills[0]["hours"] = "ten"
        skills[2]["name"] = nil
        skills[3]["colour"] = "red"
        var roles = try Self.json(base.roles) as! [[String: Any]]
        roles[1]["steppingStone"] = NSNull()
        let data = try Self.file(["skills": skills, "roles": roles, "phases": "first", "extra": 1])
        #expect(problems(data) == [
            "c.json: field phases: expected a list, found text",
            "c.json: field skills[algebra].hours: expected a number, found text",
            "c.json: field skills[models].name: this field is missing",
            "c.json: field roles[speaker].steppingStone: expected true or false, found null",
            "c.json: field extra: unknown field",
            "c.json: field skills[deploy].colour: unknown field",
        ])
        #expect(CatalogLoader.readOverlay(data, file: "c.json", complete: false).0 == nil)
    }

    @Test func unknownFieldsAndAWrongVersionStillLetTheRecordsBeChecked() throws {
        var skills = try Self.json([CatalogFixture.skill("rust", category: "systems")]) as! [[String: Any]]
        skills[0]["level"] = 3
        let (overlay, found) = CatalogLoader.readOverlay(try Self.file(["formatVersion": 2, "skills": skills]),
                                                         file: "c.json", complete: false)
        #expect(found.map(\.description) == [
            "c.json: field skills[rust].level: unknown field",
            "c.json: field formatVersion: this program reads catalog format 1, found 2",
        ])
        #expect(overlay?.skills.map(\.id) == ["rust"])
    }

    // MARK: the examples in docs/catalog-format.md

    static let documentation = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("docs/catalog-format.md")

    /// Every ```json block of the document: each is a complete file.
    static func documentedExamples() throws -> [Data] {
        let text = try String(contentsOf: documentation, encoding: .utf8)
        return text.components(separatedBy: "```json\n").dropFirst().map { block in
            Data(block.components(separatedBy: "\n```")[0].utf8)
        }
    }

    @Test func theDocumentedExamplesLoadWithNoProblems() throws {
        guard case .loaded(let builtIn) = Catalog.embedded() else {
            Issue.record("the embedded catalog does not load")
            return
        }
        let examples = try Self.documentedExamples()
        #expect(examples.count == 2)
        var replacements: [Bool] = []
        for example in examples {
            let (overlay, found) = CatalogLoader.readOverlay(example, file: "example.json", complete: false)
            #expect(found.isEmpty, "\(found)")
            guard let overlay else { continue }
            let catalog = overlay.catalog(over: builtIn)
            #expect(CatalogValidator.problems(in: catalog, file: "example.json").isEmpty)
            // No invented figures: an example role has no pay.
            #expect(overlay.roles.allSatisfy { $0.pay.isEmpty })
            replacements.append(overlay.replace)
        }
        #expect(replacements == [false, true])
    }
}
