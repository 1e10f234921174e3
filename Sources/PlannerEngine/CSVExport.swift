/// Progress as comma-separated values (RFC 4180): a header row, CRLF line
/// ends, and fields quoted when they hold a comma, a quote or a line break.
enum CSVExport {
    static let skillColumns = ["id", "name", "category", "state", "changed", "hours", "target_role", "note", "evidence"]
    static let logColumns = ["date", "minutes", "skill", "note"]

    /// Every catalog skill, in catalog order, then the skills the data file
    /// keeps that the catalog no longer has. `target_role` says whether the
    /// target needs the skill (`required`) or would like it (`nice to have`);
    /// several evidence links share a field, one per line.
    static func skills(_ planner: Planner) -> String {
        let progress = planner.progress
        let target = planner.targetRole
        let required = target.map { Set(planner.catalog.requiredClosure(of: $0).map(\.id)) } ?? []
        let niceToHave = Set(target?.niceToHaveSkills ?? [])
        func row(id: String, name: String, category: String, hours: String) -> [String] {
            let record = progress.skills[id]
            let need = required.contains(id) ? "required" : niceToHave.contains(id) ? "nice to have" : ""
            return [id, name, category, progress.state(of: id).rawValue, record?.changed?.iso ?? "", hours, need,
                    record?.note ?? "", (record?.evidence ?? []).joined(separator: "\n")]
        }
        let known = Set(planner.catalog.skills.map(\.id))
        let rows = planner.catalog.skills.map { skill in
            row(id: skill.id, name: skill.name, category: planner.catalog.category(skill.category)?.name ?? skill.category,
                hours: ProgressFileFormat.number(skill.hours))
        } + progress.skills.keys.sorted().filter { !known.contains($0) }.map {
            row(id: $0, name: "", category: "", hours: "")
        }
        return table([skillColumns] + rows)
    }

    /// The study log, one entry per row in the order it was logged.
    static func log(_ planner: Planner) -> String {
        table([logColumns] + planner.progress.log.map {
            [$0.date.iso, String($0.minutes), $0.skillID ?? "", $0.note ?? ""]
        })
    }

    static func table(_ rows: [[String]]) -> String {
        rows.map { $0.map(field).joined(separator: ",") + "\r\n" }.joined()
    }

    /// A field as RFC 4180 writes it: in quotes, with quotes doubled, when it needs them.
    static func field(_ text: String) -> String {
        let needsQuotes = text.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
        guard needsQuotes else { return text }
        var quoted = "\""
        for character in text {
            if character == "\"" { quoted += "\"\"" } else { quoted.append(character) }
        }
        return quoted + "\""
    }
}
