import Foundation

/// The data file's text: pretty-printed JSON with `schemaVersion` first, the
/// other keys sorted, and one skill per line, so that it diffs and merges well.
public enum ProgressFileFormat {
    public enum Failure: Error, Equatable {
        case unreadable(FileProblem)
        case newerSchema(file: String, found: Int)
    }

    /// The bytes to write: `schemaVersion`, then the other keys sorted; one
    /// log entry, plan block or skill per line.
    public static func encode(_ progress: UserProgress) -> Data {
        var sections = ["\"schemaVersion\": \(progress.fileSchemaVersion)"]
        if let habit = progress.habit {
            sections.append("\"habit\": {\"minutesPerDay\": \(habit.minutesPerDay), \"restDaysPerWeek\": \(habit.restDaysPerWeek)}")
        }
        if !progress.log.isEmpty {
            sections.append("\"log\": " + list(progress.log.map(line(for:)), indent: "  "))
        }
        if let plan = progress.plan {
            let settings = plan.settings
            sections.append("""
                "plan": {
                    "blocks": \(list(plan.blocks.map(line(for:)), indent: "    ")),
                    "hoursPerWeek": \(number(settings.hoursPerWeek)),
                    "months": \(settings.months),
                    "niceToHave": \(settings.includeNiceToHave),
                    "role": \(quoted(settings.roleID)),
                    "start": \(quoted(settings.start.iso))
                  }
                """)
        }
        let skills = progress.skills.keys.sorted().map { "\(quoted($0)): \(line(for: progress.skills[$0]!))" }
        sections.append("\"skills\": " + (skills.isEmpty ? "{}" : "{\n    " + skills.joined(separator: ",\n    ") + "\n  }"))
        if let target = progress.targetRole { sections.append("\"targetRole\": \(quoted(target))") }
        return Data(("{\n  " + sections.joined(separator: ",\n  ") + "\n}\n").utf8)
    }

    /// A JSON list with one item per line.
    private static func list(_ items: [String], indent: String) -> String {
        items.isEmpty ? "[]" : "[\n\(indent)  " + items.joined(separator: ",\n\(indent)  ") + "\n\(indent)]"
    }

    /// Reads the bytes of `file`; the name is only used in messages.
    public static func decode(_ data: Data, file: String) throws(Failure) -> UserProgress {
        let version: Int
        do throws(FileProblem) {
            try JSONProblemLocator.checkSyntax(of: data, file: file)
            let number = try JSONProblemLocator.decode(VersionOnly.self, from: data, file: file).schemaVersion
            guard number == number.rounded(), abs(number) < 1_000_000 else {
                throw FileProblem(file: file, field: "schemaVersion", message: "expected a whole number, found \(number)")
            }
            version = Int(number)
        } catch {
            throw .unreadable(error)
        }
        if version < 1 {
            throw .unreadable(FileProblem(file: file, field: "schemaVersion",
                                          message: "expected a version from 1, found \(version)"))
        }
        if version > UserProgress.schemaVersion { throw .newerSchema(file: file, found: version) }
        let document: ProgressDocument
        do {
            document = try JSONProblemLocator.decode(ProgressDocument.self, from: data, file: file)
        } catch {
            throw .unreadable(error)
        }
        return UserProgress(targetRole: document.targetRole, skills: document.skills, log: document.log ?? [],
                            plan: document.plan, habit: document.habit)
    }

    private struct VersionOnly: Decodable { var schemaVersion: Double }

    /// One skill's record on one line, keys sorted.
    private static func line(for record: SkillProgress) -> String {
        var fields: [String] = []
        if let changed = record.changed { fields.append("\"changed\": \(quoted(changed.iso))") }
        if !record.evidence.isEmpty {
            fields.append("\"evidence\": [" + record.evidence.map(quoted).joined(separator: ", ") + "]")
        }
        if let note = record.note { fields.append("\"note\": \(quoted(note))") }
        fields.append("\"state\": \(quoted(record.state.rawValue))")
        return "{" + fields.joined(separator: ", ") + "}"
    }

    private static func line(for entry: LogEntry) -> String {
        var fields = ["\"date\": \(quoted(entry.date.iso))", "\"minutes\": \(entry.minutes)"]
        if let note = entry.note { fields.append("\"note\": \(quoted(note))") }
        if let skill = entry.skillID { fields.append("\"skill\": \(quoted(skill))") }
        return "{" + fields.joined(separator: ", ") + "}"
    }

    private static func line(for block: PlanBlock) -> String {
        "{\"minutes\": \(block.minutes), \"skill\": \(quoted(block.skillID)), \"week\": \(block.week)}"
    }

    /// A JSON number: `10` for whole values, `14.5` otherwise.
    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    /// A JSON string literal.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
