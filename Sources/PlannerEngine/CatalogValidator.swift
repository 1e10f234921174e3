/// Checks that a decoded catalog hangs together: unique ids, every reference
/// resolves, prerequisites form no cycle, every figure names a source.
public enum CatalogValidator {
    public static func problems(in catalog: Catalog, file: String) -> [FileProblem] {
        var problems: [FileProblem] = []
        func report(_ record: String, _ field: String, _ message: String) {
            problems.append(FileProblem(file: file, record: record, field: field, message: message))
        }

        let sourceIDs = checkIDs(catalog.sources.map(\.id), kind: "source", file: file, into: &problems)
        let phaseIDs = checkIDs(catalog.phases.map(\.id), kind: "phase", file: file, into: &problems)
        let categoryIDs = checkIDs(catalog.categories.map(\.id), kind: "category", file: file, into: &problems)
        let skillIDs = checkIDs(catalog.skills.map(\.id), kind: "skill", file: file, into: &problems)
        _ = checkIDs(catalog.roles.map(\.id), kind: "role", file: file, into: &problems)

        /// `citedBy` names what needs a source ("a figure"); nil where none is needed.
        func checkSources(_ ids: [String], record: String, field: String, citedBy: String?) {
            if let citedBy, ids.isEmpty { report(record, field, "\(citedBy) needs at least one source") }
            for id in ids where !sourceIDs.contains(id) {
                report(record, field, "unknown source \"\(id)\"")
            }
        }

        for category in catalog.categories where !phaseIDs.contains(category.phase) {
            report("category \"\(category.id)\"", "phase", "unknown phase \"\(category.phase)\"")
        }
        for skill in catalog.skills {
            let record = "skill \"\(skill.id)\""
            if !categoryIDs.contains(skill.category) {
                report(record, "category", "unknown category \"\(skill.category)\"")
            }
            if !(skill.hours > 0 && skill.hours <= 2000) {
                report(record, "hours", "expected more than 0 and at most 2000 hours, found \(number(skill.hours))")
            }
            for id in skill.prerequisites where !skillIDs.contains(id) {
                report(record, "prerequisites", "unknown skill \"\(id)\"")
            }
            if skill.prerequisites.contains(skill.id) {
                report(record, "prerequisites", "a skill cannot need itself")
            }
            checkSources(skill.sources ?? [], record: record, field: "sources", citedBy: nil)
        }
        for role in catalog.roles {
            let record = "role \"\(role.id)\""
            for (field, ids) in [("requiredSkills", role.requiredSkills), ("niceToHaveSkills", role.niceToHaveSkills)] {
                for id in ids where !skillIDs.contains(id) {
                    report(record, field, "unknown skill \"\(id)\"")
                }
            }
            if role.requiredSkills.isEmpty { report(record, "requiredSkills", "a role needs at least one required skill") }
            checkSources(role.sources, record: record, field: "sources", citedBy: "a role")
            if let day = role.typicalDay {
                checkSources(day.sources, record: record, field: "typicalDay.sources", citedBy: "a typical day")
            }
            for (index, figure) in role.pay.enumerated() {
                checkSources(figure.sources, record: record, field: "pay[\(index)].sources", citedBy: "a figure")
                if figure.min <= 0 || figure.max < figure.min {
                    report(record, "pay[\(index)]", "expected 0 < min <= max, found \(figure.min)–\(figure.max)")
                }
            }
            for (index, statement) in role.outlook.enumerated() {
                checkSources(statement.sources, record: record, field: "outlook[\(index)].sources", citedBy: "an outlook statement")
            }
        }
        for cycle in PrerequisiteGraph(catalog).cycles() {
            report("skill \"\(cycle[0])\"", "prerequisites",
                   "prerequisites go round in a circle: \(cycle.joined(separator: " -> "))")
        }
        return problems
    }

    /// The set of ids, reporting empty, malformed and repeated ones.
    private static func checkIDs(_ ids: [String], kind: String, file: String,
                                 into problems: inout [FileProblem]) -> Set<String> {
        var seen = Set<String>()
        for id in ids {
            if !isSlug(id) {
                problems.append(FileProblem(file: file, record: "\(kind) \"\(id)\"", field: "id",
                                            message: "ids are lowercase letters, digits and single hyphens"))
            }
            if !seen.insert(id).inserted {
                problems.append(FileProblem(file: file, record: "\(kind) \"\(id)\"", field: "id",
                                            message: "this id is used twice"))
            }
        }
        return seen
    }

    /// `40` rather than `40.0`, `12.5` as it is.
    private static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    /// Lowercase letters, digits and single hyphens, not at either end. Checked byte by byte:
    /// a 10,000-skill catalog has 10,000 ids.
    static func isSlug(_ id: String) -> Bool {
        var afterHyphen = true  // the start counts as one, so that a leading hyphen is refused
        for byte in id.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                afterHyphen = false
            case UInt8(ascii: "-") where !afterHyphen:
                afterHyphen = true
            default:
                return false
            }
        }
        return !afterHyphen
    }
}
