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

    func failure(_ text: String) -> String? { ProgressFileFormat.failure(reading: text) }

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

    @Test func theLogAndThePlanAreWrittenOneEntryPerLineAndReadBack() throws {
        let plan = StudyPlan(settings: PlanSettings(roleID: "ml-engineer", start: Day(iso: "2026-11-22")!, months: 15,
                                                    hoursPerWeek: 7.5, includeNiceToHave: true),
                             blocks: [PlanBlock(week: 1, skillID: "algebra", minutes: 450),
                                      PlanBlock(week: 2, skillID: "algebra", minutes: 150),
                                      PlanBlock(week: 2, skillID: "python", minutes: 300)])
        let progress = UserProgress(targetRole: "ml-engineer", log: [
            LogEntry(date: Day(iso: "2026-11-22")!, minutes: 45, skillID: "algebra", note: "vectors"),
            LogEntry(date: Day(iso: "2026-11-23")!, minutes: 20),
        ], plan: plan)
        let data = ProgressFileFormat.encode(progress)
        #expect(String(decoding: data, as: UTF8.self) == """
        {
          "schemaVersion": 2,
          "log": [
            {"date": "2026-11-22", "minutes": 45, "note": "vectors", "skill": "algebra"},
            {"date": "2026-11-23", "minutes": 20}
          ],
          "plan": {
            "blocks": [
              {"minutes": 450, "skill": "algebra", "week": 1},
              {"minutes": 150, "skill": "algebra", "week": 2},
              {"minutes": 300, "skill": "python", "week": 2}
            ],
            "hoursPerWeek": 7.5,
            "months": 15,
            "niceToHave": true,
            "role": "ml-engineer",
            "start": "2026-11-22"
          },
          "skills": {},
          "targetRole": "ml-engineer"
        }

        """)
        #expect(try ProgressFileFormat.decode(data, file: "p.json") == progress)
    }

    @Test func aVersionOneFileReadsAsHavingNoLogAndNoPlan() throws {
        let old = "{\"schemaVersion\": 1, \"skills\": {\"python\": {\"state\": \"done\"}}}"
        #expect(try ProgressFileFormat.decode(Data(old.utf8), file: "p.json")
                == UserProgress(skills: ["python": SkillProgress(state: .done)]))
    }

    @Test func badLogAndPlanValuesAreNamed() {
        #expect(failure("{\"schemaVersion\": 2, \"skills\": {}, \"log\": [{\"date\": \"2026-11-22\", \"minutes\": 0}]}")
                == "p.json: field log[0].minutes: expected 1 to 1440 minutes, found 0")
        #expect(failure("{\"schemaVersion\": 2, \"skills\": {}, \"log\": [{\"date\": \"2026-11-22\", \"minutes\": 5, \"mood\": 1}]}")
                == "p.json: field log[0].mood: unknown field (this career-planner would lose it on the next save; remove or rename it)")
        let plan = "\"plan\": {\"blocks\": [{\"minutes\": 5, \"skill\": \"a\", \"week\": 2}, {\"minutes\": 5, \"skill\": \"b\", \"week\": 1}], "
            + "\"hoursPerWeek\": 5, \"months\": 15, \"niceToHave\": false, \"role\": \"r\", \"start\": \"2026-11-22\"}"
        #expect(failure("{\"schemaVersion\": 2, \"skills\": {}, \(plan)}")
                == "p.json: field plan.blocks: block 2 is in week 1: weeks start at 1 and never go back")
    }

    @Test func aNewerSchemaIsRefused() {
        // This build reads up to schema 3 (habit rules); 4 is the first newer one.
        #expect(failure("{\"schemaVersion\": 4, \"skills\": {}, \"somethingNew\": true}") == "newer p.json 4")
    }
}
