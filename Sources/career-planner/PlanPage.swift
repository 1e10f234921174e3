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
                let text = style.clean(block.skillID) + " " + HoursText.hours(minutes: block.minutes) + " h"
                return (cells: 4 + TerminalText.width(text), text: style.mark(planner.progress.state(of: block.skillID)) + " " + text)
            }
            let lead = (week == currentWeek ? "> " : "  ") + TerminalText.padded("Week \(week)", to: 8)
                + TerminalText.padded(start.shortText, to: 8)
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

    /// Items separated by commas, wrapped under the first one; `cells` is
    /// each item's width on screen (its text may hold colour escapes).
    private func hangingItems(_ items: [(cells: Int, text: String)], lead: String) -> [String] {
        let indent = String(repeating: " ", count: TerminalText.width(lead))
        var lines: [String] = []
        var line = lead, used = TerminalText.width(lead), empty = true
        for (index, item) in items.enumerated() {
            let comma = index < items.count - 1 ? "," : ""
            if !empty && used + 1 + item.cells + comma.count > 78 {
                lines.append(line)
                (line, used, empty) = (indent, indent.count, true)
            }
            line += (empty ? "" : " ") + item.text + comma
            used += (empty ? 0 : 1) + item.cells + comma.count
            empty = false
        }
        lines.append(line)
        return lines
    }
}
