/// A progress report in Markdown (CommonMark with GitHub's tables), fit to
/// paste into a README: the target and readiness, the skills by category with
/// their state, date and evidence, the plan by month, and the study totals.
/// Notes stay out: they are the user's own jottings, not portfolio text.
struct MarkdownReport {
    let planner: Planner
    let today: Day

    var text: String {
        var out: [String] = []
        heading(into: &out)
        skills(into: &out)
        schedule(into: &out)
        study(into: &out)
        return out.joined(separator: "\n") + "\n"
    }

    private var catalog: Catalog { planner.catalog }
    private var progress: UserProgress { planner.progress }

    // MARK: Sections

    private func heading(into out: inout [String]) {
        guard let target = planner.targetRole else {
            out += ["# Career progress", "", "Exported from career-planner on \(today.iso)."]
            if let id = progress.targetRole {
                out += ["", "The target role \(Self.code(id)) is not in the catalog."]
            } else {
                out += ["", "No target role chosen yet."]
            }
            return
        }
        let readiness = planner.readiness(for: target)
        var counts = "\(readiness.done) of \(readiness.total) required skills done, "
            + "\(readiness.learning) learning, \(readiness.todo) to do"
        if readiness.skipped > 0 { counts += "; \(readiness.skipped) skipped" }
        out += [
            "# Career progress: \(Self.inline(target.name))", "",
            "Exported from career-planner on \(today.iso).", "",
            "**Readiness:** \(readiness.percent)% (\(counts)). "
                + "\(HoursText.hours(readiness.hoursLeft)) h of study left.",
        ]
    }

    private func skills(into out: inout [String]) {
        out += ["", "## Skills"]
        let target = planner.targetRole
        let required = target.map { Set(catalog.requiredClosure(of: $0).map(\.id)) } ?? []
        let shown = Set((target.map { planner.skills(role: $0) } ?? []).map(\.id))
        var anyTable = false
        for category in catalog.categories {
            let inCategory = catalog.skills.filter { $0.category == category.id }
            let listed = inCategory.filter { target == nil ? progress.state(of: $0.id) != .todo : shown.contains($0.id) }
            guard !listed.isEmpty else { continue }
            let done = listed.filter { progress.state(of: $0.id) == .done }.count
            out += ["", "### \(Self.inline(category.name)) (\(done) of \(listed.count) done)", ""]
            out += table(listed.map { skill in
                (skill.id, Self.inline(skill.name) + (target != nil && !required.contains(skill.id) ? " (nice to have)" : ""))
            })
            anyTable = true
        }
        // Skills learned outside the target's path, and ids the catalog no longer has.
        let known = Set(catalog.skills.map(\.id))
        let others = catalog.skills.filter { target != nil && !shown.contains($0.id) && progress.state(of: $0.id) != .todo }
            .map { ($0.id, Self.inline($0.name)) }
            + progress.skills.keys.sorted().filter { !known.contains($0) && progress.state(of: $0) != .todo }
            .map { ($0, Self.code($0) + " (not in the catalog)") }
        if !others.isEmpty {
            out += ["", target == nil ? "### Not in the catalog" : "### Other skills", ""]
            out += table(others)
            anyTable = true
        }
        if !anyTable { out += ["", "No skills ticked yet."] }
    }

    /// One row per skill: its name, state, the day the state last changed, and its evidence.
    private func table(_ rows: [(id: String, name: String)]) -> [String] {
        ["| Skill | State | Since | Evidence |", "| --- | --- | --- | --- |"] + rows.map { row in
            let record = progress.skills[row.id]
            let evidence = (record?.evidence ?? []).map(Self.link).joined(separator: ", ")
            return "| \(row.name) | \(progress.state(of: row.id).rawValue) | \(record?.changed?.iso ?? "") | \(evidence) |"
        }
    }

    private func schedule(into out: inout [String]) {
        out += ["", "## Schedule", ""]
        guard let plan = progress.plan, plan.weekCount > 0 else {
            out.append("No study plan yet.")
            return
        }
        let settings = plan.settings
        let roleName = catalog.role(settings.roleID)?.name ?? settings.roleID
        var summary = "Plan for \(Self.inline(roleName)): \(settings.start.iso) to \(plan.end.iso), "
            + "\(plan.weekCount) weeks at \(HoursText.hours(settings.hoursPerWeek)) h a week, "
            + "\(HoursText.hours(minutes: plan.totalMinutes)) h in all."
        if let pace = planner.paceTowardsTarget(today: today) {
            summary += " Pace: \(pace.slackText)."
        } else if settings.roleID != progress.targetRole {
            summary += " It was made for a role other than the target."
        }
        out.append(summary)
        let currentWeek = plan.week(containing: today)
        let finishing = plan.finishingWeek
        var month: (Int, Int)?
        for week in 1...plan.weekCount {
            let start = plan.start(ofWeek: week)
            if month.map({ $0 != (start.year, start.month) }) ?? true {
                month = (start.year, start.month)
                out += ["", "### \(start.monthName) \(start.year)", ""]
            }
            let blocks = plan.blocks(inWeek: week)
            let items = blocks.map { block -> String in
                let state = progress.state(of: block.skillID)
                return name(of: block.skillID) + " \(HoursText.hours(minutes: block.minutes)) h"
                    + (state == .todo ? "" : " (\(state.rawValue))")
            }
            let end = plan.end(ofWeek: week)
            let days = start.shortText + "–" + (end.month == start.month ? String(end.day) : end.shortText)
            out.append("- Week \(week) (\(days))\(week == currentWeek ? ", this week" : ""): "
                       + (items.isEmpty ? "a week off" : items.joined(separator: ", ")))
            for block in blocks where finishing[block.skillID] == week {
                if let milestone = catalog.skill(block.skillID)?.milestone {
                    out.append("  - Milestone: \(Self.inline(milestone))")
                }
            }
        }
    }

    private func study(into out: inout [String]) {
        out += ["", "## Study time", ""]
        guard let first = progress.log.map(\.date).min(), let last = progress.log.map(\.date).max() else {
            out.append("Nothing logged yet.")
            return
        }
        let insights = ProgressInsights(planner: planner, today: today)
        let days = Set(progress.log.map(\.date)).count
        let rules = insights.rules
        let current = insights.streaks.current.map { "\($0.days) day\($0.days == 1 ? "" : "s") now" } ?? "none now"
        let longest = insights.streaks.longest.map { ", longest \($0.days) day\($0.days == 1 ? "" : "s")" } ?? ""
        out += [
            "- Logged: \(HoursText.hours(minutes: insights.totalMinutes)) h on \(days) day\(days == 1 ? "" : "s"), "
                + "from \(first.iso) to \(last.iso)",
            "- Streak: \(current)\(longest) (a day counts from \(rules.minutesPerDay) min; "
                + "\(rules.restDaysPerWeek) rest day\(rules.restDaysPerWeek == 1 ? "" : "s") a week)",
            "", "| Category | Hours |", "| --- | ---: |",
        ]
        out += insights.categories.map { "| \(Self.inline($0.bucket.name)) | \(HoursText.hours(minutes: $0.minutes)) |" }
    }

    private func name(of skillID: String) -> String {
        catalog.skill(skillID).map { Self.inline($0.name) } ?? Self.code(skillID)
    }

    // MARK: Markdown text

    /// Text shown as itself: the characters Markdown gives a meaning to are
    /// escaped, a line break becomes a space so a table row stays one line,
    /// and other control characters (escapes, say, in a hand-edited file) become �.
    static func inline(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "&", "#", "!":
                out += "\\\(character)"
            case _ where character.isNewline:
                out += " "
            case _ where character.unicodeScalars.contains { $0.properties.generalCategory == .control }:
                out += "\u{FFFD}"
            default:
                out.append(character)
            }
        }
        return out
    }

    /// An id in code style; an id is a slug, but an imported file may hold anything.
    static func code(_ text: String) -> String {
        text.allSatisfy({ $0 != "`" && !$0.isNewline }) ? "`\(text)`" : inline(text)
    }

    /// A web address as a link; anything else as text. `|` would end a table cell, so it is percent-encoded.
    static func link(_ text: String) -> String {
        let isAddress = (text.hasPrefix("https://") || text.hasPrefix("http://"))
            && !text.contains { $0.isWhitespace || $0 == "<" || $0 == ">" || $0.asciiValue.map { $0 < 0x20 || $0 == 0x7F } == true }
        guard isAddress else { return inline(text) }
        return "<" + text.replacing("|", with: "%7C") + ">"
    }
}
