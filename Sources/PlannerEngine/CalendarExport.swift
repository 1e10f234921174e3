/// The study plan as an iCalendar file (RFC 5545) that calendar programs
/// import: one all-day event spanning each week of the plan, listing the
/// week's skills and hours, and a one-day event on the last day of the week
/// a milestone skill is planned to end. UIDs are made from the plan's role,
/// start and week, so exporting the same plan again updates the same events.
struct CalendarExport {
    let planner: Planner
    let plan: StudyPlan
    let today: Day

    init(planner: Planner, today: Day) throws(PlannerError) {
        guard let plan = planner.progress.plan, plan.weekCount > 0 else { throw .noPlanForCalendar }
        self.planner = planner
        self.plan = plan
        self.today = today
    }

    var text: String {
        let settings = plan.settings
        let roleName = planner.catalog.role(settings.roleID)?.name ?? settings.roleID
        var lines = [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//career-planner//Study plan//EN",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "X-WR-CALNAME:" + Self.text("Study plan: \(roleName)"),
        ]
        let finishing = plan.finishingWeek
        for week in 1...plan.weekCount {
            let blocks = plan.blocks(inWeek: week)
            guard !blocks.isEmpty else { continue }
            let minutes = blocks.reduce(0) { $0 + $1.minutes }
            let description = ["\(roleName) plan, week \(week) of \(plan.weekCount): \(HoursText.hours(minutes: minutes)) h"]
                + blocks.map { "- \(name(of: $0.skillID)): \(HoursText.hours(minutes: $0.minutes)) h" }
            lines += event(uid: "week-\(week)", first: plan.start(ofWeek: week), days: 7,
                           summary: "Study: " + blocks.map { name(of: $0.skillID) }.joined(separator: ", "),
                           description: description.joined(separator: "\n"))
            for block in blocks where finishing[block.skillID] == week {
                guard let milestone = planner.catalog.skill(block.skillID)?.milestone else { continue }
                lines += event(uid: "milestone-\(block.skillID)", first: plan.end(ofWeek: week), days: 1,
                               summary: "Milestone: \(milestone)",
                               description: "Planned to be reached when \(name(of: block.skillID)) is learned (week \(week)).")
            }
        }
        lines.append("END:VCALENDAR")
        return lines.map(Self.folded).joined()
    }

    private func name(of skillID: String) -> String {
        planner.catalog.skill(skillID)?.name ?? skillID
    }

    /// An all-day event from `first` for `days` days (DTEND is the day after the last, as RFC 5545 has it).
    private func event(uid: String, first: Day, days: Int, summary: String, description: String) -> [String] {
        let settings = plan.settings
        return [
            "BEGIN:VEVENT",
            "UID:" + Self.text("\(settings.roleID)-\(Self.date(settings.start))-\(uid)@career-planner"),
            "DTSTAMP:\(Self.date(today))T000000Z",
            "DTSTART;VALUE=DATE:\(Self.date(first))",
            "DTEND;VALUE=DATE:\(Self.date(first.adding(days: days)))",
            "SUMMARY:" + Self.text(summary),
            "DESCRIPTION:" + Self.text(description),
            "TRANSP:TRANSPARENT",
            "END:VEVENT",
        ]
    }

    /// `20261122`.
    static func date(_ day: Day) -> String { day.iso.filter { $0 != "-" } }

    /// A TEXT value: backslash, semicolon and comma escaped, line breaks as
    /// `\n`, other control characters dropped (the format does not allow them).
    static func text(_ value: String) -> String {
        var out = ""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n": out += "\\n"
            case "\t": out += " "
            case _ where scalar.value < 0x20 || scalar.value == 0x7F: continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A content line ended by CRLF and folded so no line passes 75 octets:
    /// each continuation starts with a space, and a UTF-8 sequence is never split.
    static func folded(_ line: String) -> String {
        var out = ""
        var octets = 0
        for scalar in line.unicodeScalars {
            let size = String(scalar).utf8.count
            if octets + size > 75 {
                out += "\r\n "
                octets = 1
            }
            out.unicodeScalars.append(scalar)
            octets += size
        }
        return out + "\r\n"
    }
}
