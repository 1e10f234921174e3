import PlannerEngine
import PlannerTUI

/// A role's page as text: every section the catalog has for it, with figures
/// footnoted to the articles they come from.
struct RolePage {
    let planner: Planner
    let role: Role
    let style: OutputStyle

    /// The sources the page cites, in the order they are first cited.
    static func citedSourceIDs(_ role: Role) -> [String] {
        var ids = role.sources
        ids += role.typicalDay?.sources ?? []
        ids += role.pay.flatMap(\.sources)
        ids += role.outlook.flatMap(\.sources)
        var seen = Set<String>()
        return ids.filter { seen.insert($0).inserted }
    }

    func lines() -> [String] {
        let sources = Self.citedSourceIDs(role)
        func cite(_ ids: [String]) -> String {
            ids.compactMap { id in sources.firstIndex(of: id).map { "[\($0 + 1)]" } }.joined()
        }
        var out: [String] = []
        func section(_ title: String, _ detail: String = "") {
            out.append("")
            out.append(style.paint(title.uppercased(), .heading) + (detail.isEmpty ? "" : " " + detail))
        }

        var title = style.paint(style.clean(role.name), .heading) + "  (\(style.clean(role.id)))"
        if role.steppingStone { title += "  stepping stone" }
        if role.id == planner.progress.targetRole { title += "  " + style.paint("your target", .target) }
        out.append(title)

        section("What the role is", cite(role.sources))
        out += style.paragraph(role.summary)
        section("Responsibilities")
        role.responsibilities.forEach { out += style.bullet($0) }

        if let day = role.typicalDay {
            section("A typical day", cite(day.sources))
            day.parts.forEach { out += style.bullet("\($0.when): \($0.what)") }
        }

        section("Pay", "(US dollars a year)")
        if role.pay.isEmpty {
            out.append("  " + PayText.noFigure)
        } else {
            let labelWidth = role.pay.map { TerminalText.width(style.clean($0.label)) }.max() ?? 0
            for figure in role.pay {
                var line = "  " + style.column(figure.label, labelWidth) + "  "
                    + PayText.amount(figure, glyphs: style.glyphs) + " " + cite(figure.sources)
                if let provenance = PayText.provenance(figure) { line += " " + style.clean(provenance) }
                out.append(line)
            }
        }

        section("Outlook")
        if role.outlook.isEmpty { out.append("  nothing in our sources") }
        role.outlook.forEach { out += style.bullet("\($0.text) \(cite($0.sources))") }

        section("Routes in")
        role.entryRoutes.forEach { out += style.bullet($0) }
        section("Progression")
        out += style.paragraph(role.progression.joined(separator: " \(style.glyphs.arrow) "))
        section("Industries")
        out += style.paragraph(role.industries.joined(separator: ", "))

        let readiness = planner.readiness(for: role)
        var counts = "(\(readiness.done) of \(readiness.total) done, \(readiness.percent)%"
        counts += readiness.skipped > 0 ? "; \(readiness.skipped) skipped)" : ")"
        section("Skills it needs", counts)
        out += skillLines(planner.catalog.requiredClosure(of: role))
        if !role.niceToHaveSkills.isEmpty {
            section("Nice to have")
            out += skillLines(role.niceToHaveSkills.compactMap(planner.catalog.skill))
        }

        section("Sources")
        for (index, id) in sources.enumerated() {
            guard let source = planner.catalog.source(id) else { continue }
            var text = ""
            if let author = source.author { text += author + ", " }
            text += "\"\(source.title)\""
            if let publisher = source.publisher { text += ", " + publisher }
            if let published = source.published { text += ", " + published }
            out += style.hanging(text, lead: "  [\(index + 1)] ")
        }
        return out
    }

    private func skillLines(_ skills: [Skill]) -> [String] {
        let idWidth = skills.map { TerminalText.width(style.clean($0.id)) }.max() ?? 0
        return skills.map { skill in
            "  " + style.mark(planner.progress.state(of: skill.id)) + " " + style.column(skill.id, idWidth)
                + "  " + style.clean(skill.name)
        }
    }
}
