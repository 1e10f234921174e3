import PlannerEngine

/// A role's page for the interface: summary, responsibilities, typical day,
/// pay with its sources, outlook, routes in, progression and the skills it
/// needs with their states, wrapped to a width.
enum RoleDetailLines {
    static func lines(_ role: Role, _ planner: Planner, width: Int, glyphs: Glyphs) -> [(String, StyleRole)] {
        var out: [(String, StyleRole)] = []
        func heading(_ text: String) {
            if !out.isEmpty { out.append(("", .normal)) }
            out.append((text, .heading))
        }
        func paragraph(_ text: String, lead: String = "") {
            let indent = String(repeating: " ", count: lead.count)
            for (index, line) in TextWrapper.wrap(text, width: max(1, width - lead.count)).enumerated() {
                out.append(((index == 0 ? lead : indent) + line, .normal))
            }
        }
        func sourceNames(_ ids: [String]) -> String {
            ids.compactMap { planner.catalog.source($0).map { ($0.author ?? $0.title) + ($0.published.map { ", \($0)" } ?? "") } }
                .joined(separator: "; ")
        }

        paragraph(role.summary)
        heading("Responsibilities")
        role.responsibilities.forEach { paragraph($0, lead: "- ") }
        if let day = role.typicalDay {
            heading("A typical day (" + sourceNames(day.sources) + ")")
            day.parts.forEach { paragraph("\($0.when): \($0.what)", lead: "- ") }
        }
        heading("Pay (US dollars a year)")
        if role.pay.isEmpty { paragraph(PayText.noFigure) }
        for figure in role.pay {
            var text = "\(figure.label): \(PayText.amount(figure, glyphs: glyphs)) (" + sourceNames(figure.sources)
            if let provenance = PayText.provenance(figure) { text += "; " + provenance }
            paragraph(text + ")", lead: "- ")
        }
        heading("Outlook")
        if role.outlook.isEmpty { paragraph("nothing in our sources") }
        role.outlook.forEach { paragraph("\($0.text) (" + sourceNames($0.sources) + ")", lead: "- ") }
        heading("Routes in")
        role.entryRoutes.forEach { paragraph($0, lead: "- ") }
        heading("Progression")
        paragraph(role.progression.joined(separator: " \(glyphs.arrow) "))
        let readiness = planner.readiness(for: role)
        heading("Skills it needs: \(readiness.done) of \(readiness.total) done (\(readiness.percent)%)"
                + (readiness.skipped > 0 ? ", \(readiness.skipped) skipped" : ""))
        for skill in planner.catalog.requiredClosure(of: role) {
            let state = planner.progress.state(of: skill.id)
            out.append((StateMark.text(state) + " " + skill.name, StateMark.role(state)))
        }
        return out
    }
}
