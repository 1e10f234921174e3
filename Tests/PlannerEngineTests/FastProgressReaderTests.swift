import Foundation
import Testing
@testable import PlannerEngine

/// The fast reader gives exactly what the careful decoder gives for every
/// file it accepts, and leaves every file it is not sure of to the careful
/// decoder, whose messages name the problem.
@Suite struct FastProgressReaderTests {
    static let day = Day(iso: "2026-11-22")!

    /// Everything a data file can hold, with text that needs escaping.
    static let full = UserProgress(
        targetRole: "ml-engineer",
        skills: ["python": SkillProgress(state: .done, changed: day, note: "tab\there \"quoted\" \\ é 😀 \u{1}", evidence: ["https://x.y/z", ""]),
                 "sql": SkillProgress(state: .skipped), "calculus": SkillProgress(state: .learning, changed: day)],
        log: [LogEntry(date: day, minutes: 1440, skillID: "python", note: "line\nbreak"), LogEntry(date: day.adding(days: -3), minutes: 1)],
        plan: StudyPlan(settings: PlanSettings(roleID: "ml-engineer", start: day, months: 12, hoursPerWeek: 14.5, includeNiceToHave: true),
                        blocks: [PlanBlock(week: 1, skillID: "python", minutes: 870), PlanBlock(week: 1, skillID: "sql", minutes: 1),
                                 PlanBlock(week: 3, skillID: "calculus", minutes: 60)]),
        habit: HabitRules(minutesPerDay: 30, restDaysPerWeek: 1))

    func careful(_ text: String) -> Result<UserProgress, ProgressFileFormat.Failure> {
        Result { () throws(ProgressFileFormat.Failure) in try ProgressFileFormat.decodeCarefully(Data(text.utf8), file: "p.json") }
    }

    @Test func whatCareerPlannerWritesIsReadFastAndTheSame() throws {
        for progress in [Self.full, UserProgress(), UserProgress(targetRole: "x"), LargeLog.progress(entries: 2_000)] {
            let data = ProgressFileFormat.encode(progress)
            #expect(FastProgressReader.read(data) == progress)
            #expect(try ProgressFileFormat.decodeCarefully(data, file: "p.json") == progress)
        }
    }

    /// The log's room is made once, from the bytes left: even a file of the
    /// shortest entries, written with no spaces, fits without the array growing
    /// (which would at least double its room).
    @Test func theShortestEntriesFitTheRoomMadeForThem() throws {
        let entry = #"{"date":"2026-01-01","minutes":1}"#
        #expect(entry.utf8.count + 1 == LogEntry.shortestInAFile)
        let text = #"{"schemaVersion":2,"skills":{},"log":["# + Array(repeating: entry, count: 3_000).joined(separator: ",") + "]}"
        let log = try #require(FastProgressReader.read(Data(text.utf8))).log
        #expect(log.count == 3_000)
        #expect(log.capacity < 3_000 * 3 / 2)
    }

    /// Hand-written files: any order, any spacing, nulls for what may be absent, escapes.
    @Test(arguments: [
        #"{"skills": {}, "schemaVersion": 1}"#,
        " \n\t{ \"schemaVersion\" :2 , \"skills\" : { } , \"targetRole\" : null , \"log\" : null , \"plan\" : null , \"habit\" : null } \n",
        #"{"schemaVersion": 2, "skills": {"p": {"state": "done", "changed": null, "note": null, "evidence": null}}}"#,
        #"{"schemaVersion": 2, "skills": {"p\u00e9\/\"": {"note": "\ud83d\ude00 \u0041\b\f\r\n\t\\", "state": "todo"}}}"#,
        #"{"schemaVersion": 3, "habit": {"restDaysPerWeek": 0, "minutesPerDay": 1440}, "skills": {}}"#,
        #"{"schemaVersion": 2, "skills": {}, "log": [{"minutes": 5, "date": "2024-02-29", "skill": null, "note": ""}]}"#,
        #"{"log": [{"date": "2026\u002d03\u002d01", "minutes": 5}, {"date":"2026-03-02","minutes":1}], "schemaVersion": 2, "skills": {}}"#,
        #"{"schemaVersion": 2, "skills": {}, "plan": {"start": "2026-01-01", "role": "r", "niceToHave": false, "months": 18, "hoursPerWeek": 80, "blocks": []}}"#,
        #"{"schemaVersion": 2, "skills": {}, "plan": {"start": "2026-01-01", "role": "r", "niceToHave": false, "months": 12, "hoursPerWeek": 0.1, "blocks": [{"week": 2, "skill": "s", "minutes": 9}, {"week": 2, "skill": "t", "minutes": 1}]}}"#,
    ])
    func handWrittenFilesReadTheSameBothWays(_ text: String) throws {
        let fast = try #require(FastProgressReader.read(Data(text.utf8)), "the fast reader should take this")
        #expect(careful(text) == .success(fast))
    }

    /// Good files the fast reader leaves to the careful decoder: numbers with an exponent or a fraction where a whole one goes.
    @Test(arguments: [
        #"{"schemaVersion": 2, "skills": {}, "plan": {"start": "2026-01-01", "role": "r", "niceToHave": false, "months": 12, "hoursPerWeek": 1.5e1, "blocks": []}}"#,
        #"{"schemaVersion": 2.0, "skills": {}}"#,
    ])
    func unusualNumbersAreLeftToTheCarefulDecoder(_ text: String) throws {
        #expect(FastProgressReader.read(Data(text.utf8)) == nil)
        let careful = try ProgressFileFormat.decodeCarefully(Data(text.utf8), file: "p.json")
        #expect(try ProgressFileFormat.decode(Data(text.utf8), file: "p.json") == careful)
    }

    /// Bad files: the fast reader takes none, so the careful decoder's message is the one given.
    @Test(arguments: [
        "", "   ", "[]", "\u{FEFF}{\"schemaVersion\": 2, \"skills\": {}}",
        #"{"schemaVersion": 2}"#,
        #"{"schemaVersion": 4, "skills": {}}"#,
        #"{"schemaVersion": 0, "skills": {}}"#,
        #"{"schemaVersion": 2, "skills": {}, "extra": 1}"#,
        #"{"schemaVersion": 2, "skills": {}, "skills": {}}"#,
        #"{"schemaVersion": 2, "skills": {"p": {"state": "done", "state": "todo"}}}"#,
        #"{"schemaVersion": 2, "skills": {"p": {"state": "done"}, "p": {"state": "todo"}}}"#,
        #"{"schemaVersion": 2, "skills": {"p": {"state": "finished"}}}"#,
        #"{"schemaVersion": 2, "skills": {"p": {"note": "x"}}}"#,
        #"{"schemaVersion": 2, "skills": {"p": {"state": "done", "note": "\ud800"}}}"#,
        "{\"schemaVersion\": 2, \"skills\": {\"p\": {\"state\": \"done\", \"note\": \"a\u{1}b\"}}}",
        #"{"schemaVersion": 2, "skills": {},}"#,
        #"{"schemaVersion": 2, "skills": {}} x"#,
        #"{"schemaVersion": 02, "skills": {}}"#,
        #"{"schemaVersion": 2, "skills": {}, "log": [{"date": "2026-02-30", "minutes": 5}]}"#,
        #"{"schemaVersion": 2, "skills": {}, "log": [{"date": "2026-02-01", "minutes": 0}]}"#,
        #"{"schemaVersion": 2, "skills": {}, "log": [{"date": "2026-2-01", "minutes": 5}]}"#,
        #"{"schemaVersion": 2, "skills": {}, "log": [{"date": "2026-02-01 ", "minutes": 5}]}"#,
        #"{"schemaVersion": 2, "skills": {}, "log": [{"date": "2026\u002d02\u002d30", "minutes": 5}]}"#,
        #"{"schemaVersion": 2, "skills": {}, "log": [{"date": "2026-02-01", "minutes": 1441}]}"#,
        #"{"schemaVersion": 2, "skills": {}, "log": [{"date": "2026-02-01", "minutes": 5,}]}"#,
        #"{"schemaVersion": 2, "skills": {}, "log": [{"date": "2026-02-01", "minutes": 99999999999999999999}]}"#,
        #"{"schemaVersion": 3, "habit": {"minutesPerDay": 0, "restDaysPerWeek": 0}, "skills": {}}"#,
        #"{"schemaVersion": 2, "skills": {}, "plan": {"start": "2026-01-01", "role": "r", "niceToHave": false, "months": 12, "hoursPerWeek": 81, "blocks": []}}"#,
        #"{"schemaVersion": 2, "skills": {}, "plan": {"start": "2026-01-01", "role": "r", "niceToHave": 0, "months": 12, "hoursPerWeek": 8, "blocks": []}}"#,
        #"{"schemaVersion": 2, "skills": {}, "plan": {"start": "2026-01-01", "role": "r", "niceToHave": true, "months": 12, "hoursPerWeek": 8, "blocks": [{"week": 2, "skill": "s", "minutes": 9}, {"week": 1, "skill": "t", "minutes": 1}]}}"#,
    ])
    func badFilesAreLeftToTheCarefulDecoderAndRefused(_ text: String) throws {
        #expect(FastProgressReader.read(Data(text.utf8)) == nil)
        guard case .failure(let failure) = careful(text) else { Issue.record("the careful decoder took it"); return }
        #expect(throws: failure) { try ProgressFileFormat.decode(Data(text.utf8), file: "p.json") }
    }
}

/// Progress with a long log, for the reader's tests.
enum LargeLog {
    static func progress(entries: Int) -> UserProgress {
        let first = Day(iso: "2021-11-23")!
        var progress = UserProgress(targetRole: "ml-engineer", skills: ["python": SkillProgress(state: .done)])
        for index in 0..<entries {
            progress.log.append(LogEntry(date: first.adding(days: index % 1800), minutes: 1 + index % 600,
                                         skillID: index % 4 == 0 ? nil : "python", note: index % 7 == 0 ? "n \(index) ü" : nil))
        }
        return progress
    }
}
