import Foundation
import Testing
@testable import PlannerEngine

/// The fast catalog reader gives exactly what the careful path gives for every
/// file it accepts, and leaves every file it is not sure of to the careful
/// path, whose messages name the problem.
@Suite struct FastCatalogReaderTests {
    func careful(_ text: String, complete: Bool = false) -> (CatalogOverlay?, [String]) {
        let (overlay, problems) = CatalogLoader.readOverlay(Data(text.utf8), file: "c.json", complete: complete, fast: false)
        return (overlay, problems.map(\.description))
    }

    @Test func theBuiltInCatalogReadsTheSameBothWays() throws {
        let text = try #require(EmbeddedResources.files["catalog.json"])
        let fast = try #require(FastCatalogReader.read(Data(text.utf8), complete: true), "the fast reader should take the built-in catalog")
        let (slow, problems) = careful(text, complete: true)
        #expect(problems.isEmpty)
        #expect(slow == fast)
        #expect(fast.skills.count > 40 && fast.roles.count >= 5)
    }

    @Test func aCatalogWithEveryFieldReadsTheSameBothWays() throws {
        var catalog = CatalogFixture.catalog
        catalog.sources.append(Source(id: "full", title: "T \"q\" é", author: "A", publisher: "P", published: "2025-01-01",
                                      seed: "s.txt", url: "https://example.org/a?b=c"))
        catalog.skills[0].sources = ["full"]
        catalog.skills[0].milestone = "Milestone\twith a tab"
        catalog.skills[1].hours = 12.75
        catalog.roles[0].typicalDay = TypicalDay(parts: [.init(when: "Morning", what: "Stand-up 😀")], sources: ["full"])
        catalog.roles[0].pay = [PayFigure(label: "Entry", min: 50_000, max: 70_000, plus: true, currency: "USD", period: "year",
                                          asOf: "2025", via: "full", sources: ["full"]),
                                PayFigure(label: "Senior", min: -1, max: 0, plus: false, currency: "GBP", period: "year",
                                          asOf: nil, via: nil, sources: [])]
        catalog.roles[0].outlook = [OutlookStatement(text: "Growing.\nFast.", sources: ["full"])]
        for pretty in [false, true] {
            let encoder = JSONEncoder()
            encoder.outputFormatting = pretty ? [.prettyPrinted, .withoutEscapingSlashes] : []
            let text = String(decoding: try encoder.encode(catalog), as: UTF8.self)
            let fast = try #require(FastCatalogReader.read(Data(text.utf8), complete: true))
            #expect(fast.standalone == catalog)
            #expect(careful(text, complete: true).0 == fast)
        }
    }

    /// Hand-written overlays: nulls for what may be absent, escapes, sections left out.
    @Test(arguments: [
        #"{"formatVersion": 1}"#,
        #" { "formatVersion" : 1 , "replace" : null , "sources" : null , "skills" : [ ] } "#,
        #"{"formatVersion": 1, "replace": false, "phases": [{"name": "N\u00e9\/", "id": "p"}]}"#,
        #"{"formatVersion": 1, "skills": [{"id": "s", "name": "S", "category": "c", "hours": 3, "prerequisites": [], "learn": "l", "show": "w", "sources": null, "milestone": null}]}"#,
        #"{"formatVersion": 1, "sources": [{"id": "a", "title": "t", "author": null, "url": "\ud83d\ude00"}]}"#,
    ])
    func handWrittenOverlaysReadTheSameBothWays(_ text: String) throws {
        let fast = try #require(FastCatalogReader.read(Data(text.utf8), complete: false), "the fast reader should take this")
        let (slow, problems) = careful(text)
        #expect(problems == [])
        #expect(slow == fast)
    }

    /// What the fast reader leaves to the careful path, and the problem the careful path then names.
    @Test(arguments: [
        (#"{"formatVersion": 1, "colour": "red"}"#, "c.json: field colour: unknown field"),
        (#"{"formatVersion": 2}"#, "c.json: field formatVersion: this program reads catalog format 1, found 2"),
        (#"{"formatVersion": 1, "phases": [{"id": "p"}]}"#, "c.json: field phases[p].name: this field is missing"),
        (#"{"formatVersion": 1, "phases": [{"id": "p", "name": "N", "colour": null}]}"#, nil),
        (#"{"formatVersion": 1, "phases": [{"id": "p", "name": 5}]}"#, "c.json: field phases[p].name: expected text, found a number"),
        (#"{"formatVersion": 1, "skills": [{"id": "s", "name": "S", "category": "c", "hours": 3e0, "prerequisites": [], "learn": "l", "show": "w"}]}"#, nil),
        (#"{"formatVersion": 1, "formatVersion": 1}"#, nil),
        (#"{"formatVersion": 1} x"#, "c.json:1:22: this is not valid JSON: expected the end of the file"),
    ] as [(String, String?)])
    func filesTheFastReaderIsNotSureOfGoTheCarefulWay(_ text: String, problem: String?) {
        #expect(FastCatalogReader.read(Data(text.utf8), complete: false) == nil)
        let (_, problems) = careful(text)
        if let problem {
            #expect(problems.first == problem)
        }
        let (overlay, viaFast) = CatalogLoader.readOverlay(Data(text.utf8), file: "c.json", complete: false)
        #expect(viaFast.map(\.description) == problems)
        #expect(overlay == careful(text).0)
    }

    @Test func aCompleteCatalogOrAReplacementNeedsEverySection() {
        let partial = #"{"formatVersion": 1, "replace": true, "sources": [], "phases": [], "categories": [], "skills": []}"#
        #expect(FastCatalogReader.read(Data(partial.utf8), complete: false) == nil)
        #expect(careful(partial).1 == ["c.json: field roles: this field is missing"])
        let overlay = #"{"formatVersion": 1, "sources": [], "phases": [], "categories": [], "skills": []}"#
        #expect(FastCatalogReader.read(Data(overlay.utf8), complete: false) != nil)
        #expect(FastCatalogReader.read(Data(overlay.utf8), complete: true) == nil)
    }
}
