import PlannerEngine
import PlannerTUI

/// The plan as text: a heading with its settings, then month by month one
/// line per week with its skills and hours, phases and milestones marked, and
/// this week pointed at.
struct PlanPage {
    let planner: Planner
    let plan: StudyPlan
    let today: Day
    let style: OutputStyle

    func lines() -> [String] {
        let settings = plan.settings
        let roleName = planner.catalog.role(settings.roleID)?.name ?? settings.roleID
        var out = [
            style.paint("Plan for \(style.clean(roleName))", .heading)
                + ": \(settings.start.iso) to \(plan.end.iso)",
            "  \(plan.weekCount) weeks at \(HoursText.hours(settings.hoursPerWeek)) h a week, "
                + "\(HoursText.hours(minutes: plan.totalMinutes)) h in all (made for \(settings.months) months"
                + (settings.includeNiceToHave ? ", with nice-to-have skills)" : ")"),
        ]
        if settings.roleID != planner.progress.targetRole, let target = planner.targetRole {
            out.append("  Your target is now \(style.clean(target.name)): 'career-planner plan --replan' plans for it.")
        }
        let currentWeek = plan.week(containing: today)
        let finishing = plan.finishingWeek
        var month: (Int, Int)?
        var phase: String?
        for week in 1...plan.weekCount {
            let start = plan.start(ofWeek: week)
            if month.map({ $0 != (start.year, start.month) }) ?? true {
                month = (start.year, start.month)
                out.append("")
                out.append(style.paint("\(start.monthName) \(start.year)", .heading))
            }
            let blocks = plan.blocks(inWeek: week)
            for block in blocks {
                let blockPhase = phaseName(of: block.skillID)
                if blockPhase != phase, let blockPhase {
                    phase = blockPhase
                    out.append("  " + style.paint("== \(blockPhase) ==", .target))
                }
            }
            let items = blocks.map { block in
                style.mark(planner.progress.state(of: block.skillID)) + " " + style.clean(block.skillID)
                    + " " + HoursText.hours(minutes: block.minutes) + " h"
            }
            let lead = (week == currentWeek ? "> " : "  ") + "Week \(week)".padding(8) + start.shortText.padding(8)
            out += hangingItems(items, lead: lead)
            for block in blocks where finishing[block.skillID] == week {
                if let milestone = planner.catalog.skill(block.skillID)?.milestone {
                    out.append(String(repeating: " ", count: 18) + style.paint("* Milestone: \(style.clean(milestone))", .done))
                }
            }
        }
        return out
    }

    private func phaseName(of skillID: String) -> String? {
        guard let skill = planner.catalog.skill(skillID), let category = planner.catalog.category(skill.category) else { return nil }
        return planner.catalog.phases.first { $0.id == category.phase }?.name
    }

    /// Items separated by commas, wrapped under the first one.
    private func hangingItems(_ items: [String], lead: String) -> [String] {
        var lines: [String] = []
        var line = lead
        let indent = String(repeating: " ", count: lead.count)
        for (index, item) in items.enumerated() {
            let piece = item + (index < items.count - 1 ? "," : "")
            if line != lead && line != indent && visibleWidth(line) + 1 + visibleWidth(piece) > 78 {
                lines.append(line)
                line = indent
            }
            line += (line == lead || line == indent ? "" : " ") + piece
        }
        lines.append(line)
        return lines
    }

    /// Cells on screen, not counting colour escapes.
    private func visibleWidth(_ text: String) -> Int {
        var plain = ""
        var inEscape = false
        for character in text {
            if character == "\u{1B}" { inEscape = true; continue }
            if inEscape { if character == "m" { inEscape = false }; continue }
            plain.append(character)
        }
        return TerminalText.width(plain)
    }
}

extension String {
    /// Padded with spaces to at least `width` characters.
    func padding(_ width: Int) -> String {
        self + String(repeating: " ", count: max(0, width - count))
    }
}
