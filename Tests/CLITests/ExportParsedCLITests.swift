import Foundation
import Testing

/// Each export read back by an independent parser (Python's icalendar,
/// markdown-it-py and csv, through Tests/ExportChecks/parse_export.py) and
/// compared with what the data file and the catalog say, worked out here.
@Suite struct ExportParsedCLITests {
    /// `10` for whole hours, `12.5` otherwise, from minutes.
    static func hours(_ minutes: Int) -> String {
        let tenths = (Double(minutes) / 6).rounded()
        return tenths.truncatingRemainder(dividingBy: 10) == 0 ? String(Int(tenths / 10)) : String(tenths / 10)
    }

    static let utc: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    /// `2026-11-02` plus `days`, as ISO text.
    static func day(_ iso: String, plus days: Int) -> String {
        let parts = iso.split(separator: "-").map { Int($0)! }
        let date = utc.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2]))!
        let moved = utc.dateComponents([.year, .month, .day], from: utc.date(byAdding: .day, value: days, to: date)!)
        return String(format: "%04d-%02d-%02d", moved.year!, moved.month!, moved.day!)
    }

    /// The plan's blocks as (week, skill, minutes), in file order.
    static func blocks(_ data: [String: Any]) -> [(week: Int, skill: String, minutes: Int)] {
        ((data["plan"] as! [String: Any])["blocks"] as! [[String: Any]]).map {
            (JSONOutput.int($0["week"])!, $0["skill"] as! String, JSONOutput.int($0["minutes"])!)
        }
    }

    /// Skill id → milestone, from the catalog's JSON.
    static func milestones() throws -> [String: String] {
        var result: [String: String] = [:]
        for skill in try ExportFixture.catalogRoot()["skills"] as! [[String: Any]] {
            if let milestone = skill["milestone"] as? String { result[skill["id"] as! String] = milestone }
        }
        return result
    }

    @Test func theCalendarReadsAsOneAllDayEventAWeekPlusMilestonesWithinTheLineRules() throws {
        let fixture = try ExportFixture()
        defer { fixture.cleanUp() }
        let reference = try ReferenceCatalog()
        let parsed = try fixture.parsed("ics", try fixture.export(["--format", "ics"]))
        #expect(parsed["problems"] as? [String] == [])
        #expect(JSONOutput.int(parsed["longestLine"])! <= 75)
        #expect(JSONOutput.int(parsed["foldedLines"])! > 0)
        #expect(parsed["version"] as? String == "2.0")
        #expect(parsed["name"] as? String == "Study plan: Machine learning engineer")

        let blocks = Self.blocks(try fixture.data())
        let weekCount = blocks.map(\.week).max()!
        let finishing = Dictionary(blocks.map { ($0.skill, $0.week) }, uniquingKeysWith: { _, last in last })
        let milestones = try Self.milestones()
        var expected: [[String: String]] = []
        for week in 1...weekCount {
            let inWeek = blocks.filter { $0.week == week }
            guard !inWeek.isEmpty else { continue }
            let first = Self.day(ExportFixture.planStart, plus: 7 * (week - 1))
            let names = inWeek.map { ExportFixture.name($0.skill, in: reference) }
            expected.append([
                "uid": "ml-engineer-20261102-week-\(week)@career-planner", "start": first,
                "end": Self.day(first, plus: 7), "summary": "Study: " + names.joined(separator: ", "),
                "description": (["Machine learning engineer plan, week \(week) of \(weekCount): "
                                 + Self.hours(inWeek.reduce(0) { $0 + $1.minutes }) + " h"]
                                + zip(names, inWeek).map { "- \($0): \(Self.hours($1.minutes)) h" }).joined(separator: "\n"),
            ])
            for block in inWeek where finishing[block.skill] == week {
                guard let milestone = milestones[block.skill] else { continue }
                let last = Self.day(first, plus: 6)
                expected.append([
                    "uid": "ml-engineer-20261102-milestone-\(block.skill)@career-planner", "start": last,
                    "end": Self.day(last, plus: 1), "summary": "Milestone: \(milestone)",
                    "description": "Planned to be reached when \(ExportFixture.name(block.skill, in: reference)) is learned (week \(week)).",
                ])
            }
        }
        let events = parsed["events"] as! [[String: Any]]
        #expect(events.count == expected.count)
        #expect(events.map { event in expected[0].keys.reduce(into: [String: String]()) { $0[$1] = event[$1] as? String } } == expected)
        #expect(events.allSatisfy { $0["allDay"] as? Bool == true && $0["stamp"] as? String == "2026-11-22T00:00:00+00:00" })
        #expect(milestones.keys.contains { finishing[$0] != nil }, "the plan reaches at least one milestone")
        #expect(expected.contains { $0["summary"]!.contains("différentiel") }, "the tricky name is in the plan")
    }

    @Test func anotherDaysCalendarHasTheSameUIDsAndANewStamp() throws {
        let fixture = try ExportFixture()
        defer { fixture.cleanUp() }
        let first = try fixture.parsed("ics", try fixture.export(["--format", "ics"]))["events"] as! [[String: Any]]
        let later = try fixture.parsed("ics", try fixture.export(["--format", "ics"], today: "2027-02-14"))["events"] as! [[String: Any]]
        #expect(first.map { $0["uid"] as! String } == later.map { $0["uid"] as! String })
        #expect(Set(first.map { $0["uid"] as! String }).count == first.count)
        #expect(later.allSatisfy { $0["stamp"] as? String == "2027-02-14T00:00:00+00:00" })
    }

    /// Skill id → its record in the data file.
    static func skills(_ data: [String: Any]) -> [String: [String: Any]] {
        data["skills"] as! [String: [String: Any]]
    }

    @Test func theReportReadsAsHeadingsTablesLinksAndAListOfWeeks() throws {
        let fixture = try ExportFixture()
        defer { fixture.cleanUp() }
        let reference = try ReferenceCatalog()
        let data = try fixture.data()
        let records = Self.skills(data)
        let parsed = try fixture.parsed("markdown", try fixture.export(["--format", "markdown"]))

        let role = reference.role("ml-engineer")
        let required = Set(reference.requiredClosure(of: role))
        let onPath = required.union(role.niceToHaveSkills)
        var headings: [[String: Any]] = [["level": 1, "text": "Career progress: Machine learning engineer"], ["level": 2, "text": "Skills"]]
        var tables: [[[String]]] = []
        for category in reference.categories {
            let listed = reference.skills.filter { $0.category == category.id && onPath.contains($0.id) }
            guard !listed.isEmpty else { continue }
            let done = listed.filter { records[$0.id]?["state"] as? String == "done" }.count
            headings.append(["level": 3, "text": "\(category.name) (\(done) of \(listed.count) done)"])
            tables.append([["Skill", "State", "Since", "Evidence"]] + listed.map { skill in
                let record = records[skill.id] ?? [:]
                return [ExportFixture.name(skill.id, in: reference) + (required.contains(skill.id) ? "" : " (nice to have)"),
                        record["state"] as? String ?? "todo", record["changed"] as? String ?? "",
                        // A link shows its address, `|` and all; only the href is percent-encoded (checked below).
                        (record["evidence"] as? [String] ?? []).joined(separator: ", ")]
            })
        }
        headings.append(["level": 2, "text": "Schedule"])
        let blocks = Self.blocks(data)
        let milestones = try Self.milestones()
        let finishing = Dictionary(blocks.map { ($0.skill, $0.week) }, uniquingKeysWith: { _, last in last })
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                      "October", "November", "December"]
        func short(_ iso: String) -> String {
            let parts = iso.split(separator: "-").map { Int($0)! }
            return "\(months[parts[1] - 1].prefix(3)) \(parts[2])"
        }
        var items: [[String: Any]] = []
        var month = ""
        for week in 1...blocks.map(\.week).max()! {
            let first = Self.day(ExportFixture.planStart, plus: 7 * (week - 1)), last = Self.day(first, plus: 6)
            let heading = "\(months[Int(first.split(separator: "-")[1])! - 1]) \(first.prefix(4))"
            if heading != month {
                month = heading
                headings.append(["level": 3, "text": heading])
            }
            let span = short(first) + "–" + (first.prefix(7) == last.prefix(7) ? String(Int(last.suffix(2))!) : short(last))
            let inWeek = blocks.filter { $0.week == week }
            let text = inWeek.map { block in
                let state = records[block.skill]?["state"] as? String ?? "todo"
                return ExportFixture.name(block.skill, in: reference) + " \(Self.hours(block.minutes)) h"
                    + (state == "todo" ? "" : " (\(state))")
            }.joined(separator: ", ")
            items.append(["depth": 0, "text": "Week \(week) (\(span))\(week == 3 ? ", this week" : ""): \(text)"])
            for block in inWeek where finishing[block.skill] == week {
                if let milestone = milestones[block.skill] { items.append(["depth": 1, "text": "Milestone: \(milestone)"]) }
            }
        }
        headings.append(["level": 2, "text": "Study time"])
        tables.append([["Category", "Hours"], ["Mathematics", "0.8"], ["No skill named", "0.5"]])
        items += [["depth": 0, "text": "Logged: 1.3 h on 2 days, from 2026-11-20 to 2026-11-21"],
                  ["depth": 0, "text": "Streak: 2 days now, longest 2 days (a day counts from 20 min; 1 rest day a week)"]]

        #expect((parsed["headings"] as! [[String: Any]]).map(NSDictionary.init) == headings.map(NSDictionary.init))
        #expect(parsed["tables"] as? [[[String]]] == tables)
        #expect(parsed["links"] as? [String] == ["https://github.com/me/la?tab=notes%7Ccode", "https://example.org/certificate"])
        #expect((parsed["items"] as! [[String: Any]]).map(NSDictionary.init) == items.map(NSDictionary.init))
    }

    @Test func theSkillsSpreadsheetReadsAsEveryCatalogSkillWithItsState() throws {
        let fixture = try ExportFixture()
        defer { fixture.cleanUp() }
        let reference = try ReferenceCatalog()
        let records = Self.skills(try fixture.data())
        let role = reference.role("ml-engineer")
        let required = Set(reference.requiredClosure(of: role))
        let categories = Dictionary(uniqueKeysWithValues: reference.categories.map { ($0.id, $0.name) })
        let expected = [["id", "name", "category", "state", "changed", "hours", "target_role", "note", "evidence"]]
            + reference.skills.map { skill -> [String] in
                let record = records[skill.id] ?? [:]
                let hours = skill.hours == skill.hours.rounded() ? String(Int(skill.hours)) : String(skill.hours)
                let need = required.contains(skill.id) ? "required" : role.niceToHaveSkills.contains(skill.id) ? "nice to have" : ""
                return [skill.id, ExportFixture.name(skill.id, in: reference), categories[skill.category]!,
                        record["state"] as? String ?? "todo", record["changed"] as? String ?? "", hours, need,
                        record["note"] as? String ?? "", (record["evidence"] as? [String] ?? []).joined(separator: "\n")]
            }
        let text = try fixture.export(["--format", "csv"])
        #expect(try fixture.parsed("csv", text)["rows"] as? [[String]] == expected)
        #expect(expected.contains { $0[7] == ExportFixture.pythonNote }, "the note with a line break and quotes is there")
        // RFC 4180 ends every record in CRLF; inside quotes a line break is the field's own.
        #expect(text.hasSuffix("\r\n") && text.components(separatedBy: "\r\n").count == expected.count + 1)
    }

    @Test func theLogSpreadsheetReadsAsTheLogInOrder() throws {
        let fixture = try ExportFixture()
        defer { fixture.cleanUp() }
        let log = (try fixture.data()["log"] as! [[String: Any]]).map {
            [$0["date"] as! String, String(JSONOutput.int($0["minutes"])!), $0["skill"] as? String ?? "", $0["note"] as? String ?? ""]
        }
        #expect(log.count == 2)
        #expect(try fixture.parsed("csv", try fixture.export(["--format", "csv", "--log"]))["rows"] as? [[String]]
                == [["date", "minutes", "skill", "note"]] + log)
    }
}
