import Foundation
import Testing
@testable import PlannerEngine

/// The plan as an iCalendar file: the whole text for a small plan, and the
/// rules of RFC 5545 that are easy to get wrong (folding, escaping).
@Suite struct CalendarExportTests {
    func calendar(today: String = "2026-11-22") throws -> String {
        String(decoding: try ProgressExport.render(.ics, planner: ExportTests.planner, today: Day(iso: today)!), as: UTF8.self)
    }

    @Test func oneAllDayEventAWeekAndOneOnTheDayAMilestoneIsDue() throws {
        #expect(try calendar() == [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//career-planner//Study plan//EN",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "X-WR-CALNAME:Study plan: Role engineer",
            "BEGIN:VEVENT",
            "UID:engineer-20261102-week-1@career-planner",
            "DTSTAMP:20261122T000000Z",
            "DTSTART;VALUE=DATE:20261102",
            "DTEND;VALUE=DATE:20261109",
            "SUMMARY:Study: Python",
            "DESCRIPTION:Role engineer plan\\, week 1 of 3: 10 h\\n- Python: 10 h",
            "TRANSP:TRANSPARENT",
            "END:VEVENT",
            "BEGIN:VEVENT",
            "UID:engineer-20261102-week-2@career-planner",
            "DTSTAMP:20261122T000000Z",
            "DTSTART;VALUE=DATE:20261109",
            "DTEND;VALUE=DATE:20261116",
            "SUMMARY:Study: Models",
            "DESCRIPTION:Role engineer plan\\, week 2 of 3: 10 h\\n- Models: 10 h",
            "TRANSP:TRANSPARENT",
            "END:VEVENT",
            "BEGIN:VEVENT",
            "UID:engineer-20261102-week-3@career-planner",
            "DTSTAMP:20261122T000000Z",
            "DTSTART;VALUE=DATE:20261116",
            "DTEND;VALUE=DATE:20261123",
            "SUMMARY:Study: Models\\, Deploy",
            "DESCRIPTION:Role engineer plan\\, week 3 of 3: 10 h\\n- Models: 5 h\\n- Deploy",
            " : 5 h",
            "TRANSP:TRANSPARENT",
            "END:VEVENT",
            "BEGIN:VEVENT",
            "UID:engineer-20261102-milestone-deploy@career-planner",
            "DTSTAMP:20261122T000000Z",
            "DTSTART;VALUE=DATE:20261122",
            "DTEND;VALUE=DATE:20261123",
            "SUMMARY:Milestone: First model in production",
            "DESCRIPTION:Planned to be reached when Deploy is learned (week 3).",
            "TRANSP:TRANSPARENT",
            "END:VEVENT",
            "END:VCALENDAR",
        ].map { $0 + "\r\n" }.joined())
    }

    @Test func anotherDaysExportKeepsEveryUIDAndChangesOnlyTheStamp() throws {
        let first = try calendar(today: "2026-11-22").components(separatedBy: "\r\n")
        let later = try calendar(today: "2027-03-04").components(separatedBy: "\r\n")
        #expect(first.count == later.count)
        for (a, b) in zip(first, later) where a != b {
            #expect(a == "DTSTAMP:20261122T000000Z" && b == "DTSTAMP:20270304T000000Z")
        }
    }

    @Test func noPlanIsRefusedRatherThanAnEmptyCalendar() {
        #expect(throws: PlannerError.noPlanForCalendar) {
            try ProgressExport.render(.ics, planner: Planner(catalog: CatalogFixture.catalog, progress: UserProgress()),
                                      today: ExportTests.today)
        }
    }

    @Test func linesFoldAt75OctetsWithoutSplittingACharacter() {
        let exactly75 = String(repeating: "a", count: 75)
        #expect(CalendarExport.folded(exactly75) == exactly75 + "\r\n")
        #expect(CalendarExport.folded(exactly75 + "b") == exactly75 + "\r\n b\r\n")
        // 74 octets, then a two-octet é that would end at 76: it moves whole to the next line.
        let before = String(repeating: "a", count: 74)
        #expect(CalendarExport.folded(before + "é") == before + "\r\n é\r\n")
        // A continuation line holds the space and 74 more octets.
        let long = String(repeating: "x", count: 75 + 74 + 3)
        #expect(CalendarExport.folded(long) == String(repeating: "x", count: 75) + "\r\n "
                + String(repeating: "x", count: 74) + "\r\n xxx\r\n")
        // Four-octet characters never straddle a fold either.
        for line in CalendarExport.folded("SUMMARY:" + String(repeating: "🎓日本", count: 30)).components(separatedBy: "\r\n") {
            #expect(line.utf8.count <= 75)
        }
    }

    @Test func textValuesEscapeTheirSeparatorsAndDropControlCharacters() {
        #expect(CalendarExport.text("a,b;c\\d\ne\tf\u{07}g") == "a\\,b\\;c\\\\d\\ne fg")
    }
}
