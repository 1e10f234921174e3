import Foundation

/// The numbers a study plan should have, worked out here from
/// Resources/catalog.json and the calendar, without PlannerEngine, so that the
/// plan tests check the program against an independent reckoning.
enum PlanReference {
    static let catalog: ReferenceCatalog = try! ReferenceCatalog()

    // MARK: Dates, as YYYY-MM-DD text

    static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    static func date(_ iso: String) -> Date {
        let parts = iso.split(separator: "-").map { Int($0)! }
        return calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2]))!
    }

    static func iso(_ date: Date) -> String {
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
    }

    static func adding(days: Int, to day: String) -> String {
        iso(calendar.date(byAdding: .day, value: days, to: date(day))!)
    }

    static func days(from first: String, to last: String) -> Int {
        calendar.dateComponents([.day], from: date(first), to: date(last)).day!
    }

    /// Whole weeks between `start` and the same day `months` later.
    static func weeks(inMonths months: Int, from start: String) -> Int {
        days(from: start, to: iso(calendar.date(byAdding: .month, value: months, to: date(start))!)) / 7
    }

    /// The whole months from `start` that fit in `weeks` weeks (what a too-short plan is said to take).
    static func wholeMonths(inWeeks weeks: Int, from start: String) -> Int {
        var months = 0
        while self.weeks(inMonths: months + 1, from: start) <= weeks { months += 1 }
        return months
    }

    /// The fewest whole months from `start` that hold `weeks` weeks.
    static func monthsNeeded(forWeeks weeks: Int, from start: String) -> Int {
        var months = 1
        while self.weeks(inMonths: months, from: start) < weeks { months += 1 }
        return months
    }

    // MARK: Hours

    /// Up (or down) to a tenth of an hour.
    static func roundedUp(_ hours: Double) -> Double { (hours * 10 - 1e-9).rounded(.up) / 10 }
    static func roundedDown(_ hours: Double) -> Double { (hours * 10 + 1e-9).rounded(.down) / 10 }

    /// `18.8`, `1220`: a tenth of an hour at most, no trailing `.0`.
    static func hoursText(_ hours: Double) -> String {
        let tenths = Int((hours * 10).rounded())
        return tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10).\(tenths % 10)"
    }

    static func hoursText(minutes: Int) -> String { hoursText(Double(minutes) / 60) }

    // MARK: Skills

    /// The skills `ids` need, transitively, themselves included.
    static func closure(of ids: [String]) -> Set<String> {
        var seen = Set<String>()
        func visit(_ id: String) {
            guard seen.insert(id).inserted else { return }
            catalog.skill(id).prerequisites.forEach(visit)
        }
        ids.forEach(visit)
        return seen
    }

    /// The skills a plan for `roleID` holds: the closure of its required (and
    /// nice-to-have) skills, less those in `leavingOut` (done or skipped).
    static func planSkills(_ roleID: String, niceToHave: Bool = false, leavingOut: Set<String> = []) -> Set<String> {
        let role = catalog.role(roleID)
        return closure(of: role.requiredSkills + (niceToHave ? role.niceToHaveSkills : [])).subtracting(leavingOut)
    }

    /// The catalog's minutes for `skills`.
    static func minutes(of skills: Set<String>) -> Int {
        skills.reduce(0) { $0 + Int((catalog.skill($1).hours * 60).rounded()) }
    }

    /// The two heading lines of `plan` for a plan of `totalMinutes` from `start`
    /// at `hoursPerWeek` (the default: what fits in `months`).
    static func heading(role: String = "Machine learning engineer", start: String, months: Int,
                        hoursPerWeek: Double? = nil, totalMinutes: Int, niceToHave: Bool = false) -> String {
        let hours = hoursPerWeek ?? roundedUp(Double(totalMinutes) / 60 / Double(weeks(inMonths: months, from: start)))
        let perWeek = Int((hours * 60).rounded())
        let weekCount = (totalMinutes + perWeek - 1) / perWeek
        let end = adding(days: 7 * weekCount - 1, to: start)
        return """
            Plan for \(role): \(start) to \(end)
              \(weekCount) weeks at \(hoursText(hours)) h a week, \(hoursText(minutes: totalMinutes)) h in all \
            (made for \(months) months\(niceToHave ? ", with nice-to-have skills" : ""))
            """
    }
}

extension String {
    /// The lines of a data file section: from `  "name":` up to the next key at the same depth.
    func dataFileSection(_ name: String) -> String {
        var lines: [Substring] = []
        var inside = false
        for line in split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("  \"") || line == "}" { inside = line.hasPrefix("  \"\(name)\":") }
            if inside { lines.append(line) }
        }
        return lines.joined(separator: "\n")
    }
}
