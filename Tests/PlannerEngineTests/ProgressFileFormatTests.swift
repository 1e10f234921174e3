import Foundation
import Testing
@testable import PlannerEngine

@Suite struct ProgressFileFormatTests {
    let sample = UserProgress(targetRole: "ml-engineer", skills: [
        "python": SkillProgress(state: .done, changed: Day(iso: "2026-11-20")!, note: "a \"quoted\" note / 日本語",
                                evidence: ["https://github.com/me/p"]),
        "algebra": SkillProgress(state: .learning, changed: Day(iso: "2026-11-21")!),
        "retired-skill": SkillProgress(state: .skipped),
    ])

    @Test func writesSchemaFirstSortedOneSkillPerLine() {
        let text = String(decoding: ProgressFileFormat.encode(sample), as: UTF8.self)
        #expect(text == """
        {
          "schemaVersion": 2,
          "skills": {
            "algebra": {"changed": "2026-11-21", "state": "learning"},
            "python": {"changed": "2026-11-20", "evidence": ["https://github.com/me/p"], "note": "a \\"quoted\\" note / 日本語", "state": "done"},
            "retired-skill": {"state": "skipped"}
          },
          "targetRole": "ml-engineer"
        }

        """)
    }

    @Test func emptyProgressIsValidJSONToo() throws {
        let data = ProgressFileFormat.encode(UserProgress())
        #expect(String(decoding: data, as: UTF8.self) == "{\n  \"schemaVersion\": 2,\n  \"skills\": {}\n}\n")
        #expect(try ProgressFileFormat.decode(data, file: "p.json") == UserProgress())
    }

    @Test func roundTripsExactly() throws {
        let data = ProgressFileFormat.encode(sample)
        #expect(try ProgressFileFormat.decode(data, file: "p.json") == sample)
        #expect(ProgressFileFormat.encode(try ProgressFileFormat.decode(data, file: "p.json")) == data)
    }

    @Test func escapesControlCharactersFromOldFiles() throws {
        let odd = UserProgress(skills: ["x": SkillProgress(state: .todo, note: "tab\there\u{1B}")])
        let data = ProgressFileFormat.encode(odd)
        #expect(String(decoding: data, as: UTF8.self).contains(#""note": "tab\there\u001b""#))
        #expect(try ProgressFileFormat.decode(data, file: "p.json") == odd)
    }

    func failure(_ text: String) -> String? {
        do {
            _ = try ProgressFileFormat.decode(Data(text.utf8), file: "p.json")
            return nil
        } catch {
            switch error {
            case .unreadable(let problem): return problem.description
            case .newerSchema(let file, let found): return "newer \(file) \(found)"
            }
        }
    }

    @Test func eachKindOfBadFileNamesWhereItIsWrong() {
        #expect(failure("") == "p.json: the file is empty")
        #expect(failure("  \n") == "p.json: the file is empty")
        #expect(failure("{\n  \"schemaVersion\": 1,\n  \"skills\": {\n    \"x\": {\"state\": \"done\"") ==
                "p.json:4:26: the file ends too early (cut off?)")
        #expect(failure("{\n  \"schemaVersion\": 1,\n  \"skills\": {]\n}") == "p.json:3:14: this is not valid JSON: expected a field name in double quotes")
        #expect(failure("{\"schemaVersion\": 1, \"skills\": {\"x\": {\"state\": \"finished\"}}}") ==
                "p.json: field skills.x.state: expected one of todo, learning, done, skipped, found \"finished\"")
        #expect(failure("{\"schemaVersion\": 1, \"skills\": {\"x\": {\"state\": 3}}}") ==
                "p.json: field skills.x.state: expected text, found a number")
        #expect(failure("{\"schemaVersion\": 1, \"skills\": {\"x\": {\"state\": \"done\", \"changed\": \"yesterday\"}}}") ==
                "p.json: field skills.x.changed: expected a date as YYYY-MM-DD, found \"yesterday\"")
        #expect(failure("{\"schemaVersion\": 1}") == "p.json: field skills: this field is missing")
        #expect(failure("{\"skills\": {}}") == "p.json: field schemaVersion: this field is missing")
        #expect(failure("[1, 2]") == "p.json: field (top level): expected an object, found a list")
        #expect(failure("{\"schemaVersion\": \"1\", \"skills\": {}}") == "p.json: field schemaVersion: expected a number, found text")
        #expect(failure("{\"schemaVersion\": 0, \"skills\": {}}") == "p.json: field schemaVersion: expected a version from 1, found 0")
    }

    @Test func aNewerSchemaIsRefused() {
        #expect(failure("{\"schemaVersion\": 3, \"skills\": {}, \"somethingNew\": true}") == "newer p.json 3")
    }
}
