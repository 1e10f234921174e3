import FoundationEssentials

/// The data file's text: pretty-printed JSON with `schemaVersion` first, the
/// other keys sorted, and one skill per line, so that it diffs and merges well.
public enum ProgressFileFormat {
    public enum Failure: Error, Equatable {
        case unreadable(FileProblem)
        case newerSchema(file: String, found: Int)
    }

    /// The bytes to write: `schemaVersion`, then the other keys sorted; one
    /// log entry, plan block or skill per line. Written straight into bytes:
    /// a log of 100,000 entries is 6 MB.
    public static func encode(_ progress: UserProgress) -> Data {
        var out = FileWriter()
        out.reserve(200 + progress.log.count * 64 + (progress.plan?.blocks.count ?? 0) * 56 + progress.skills.count * 64)
        out.text("{\n  \"schemaVersion\": \(progress.fileSchemaVersion)")
        if let habit = progress.habit {
            out.text(",\n  \"habit\": {\"minutesPerDay\": \(habit.minutesPerDay), \"restDaysPerWeek\": \(habit.restDaysPerWeek)}")
        }
        if !progress.log.isEmpty {
            out.text(",\n  \"log\": ")
            out.list(progress.log, indent: "  ") { out, entry in
                out.text("{\"date\": ")
                out.quoted(entry.date.iso)
                out.text(", \"minutes\": \(entry.minutes)")
                if let note = entry.note { out.text(", \"note\": "); out.quoted(note) }
                if let skill = entry.skillID { out.text(", \"skill\": "); out.quoted(skill) }
                out.text("}")
            }
        }
        if let plan = progress.plan {
            let settings = plan.settings
            out.text(",\n  \"plan\": {\n    \"blocks\": ")
            out.list(plan.blocks, indent: "    ") { out, block in
                out.text("{\"minutes\": \(block.minutes), \"skill\": ")
                out.quoted(block.skillID)
                out.text(", \"week\": \(block.week)}")
            }
            out.text(",\n    \"hoursPerWeek\": \(number(settings.hoursPerWeek)),\n    \"months\": \(settings.months),"
                     + "\n    \"niceToHave\": \(settings.includeNiceToHave),\n    \"role\": ")
            out.quoted(settings.roleID)
            out.text(",\n    \"start\": ")
            out.quoted(settings.start.iso)
            out.text("\n  }")
        }
        out.text(",\n  \"skills\": ")
        if progress.skills.isEmpty {
            out.text("{}")
        } else {
            for (index, id) in progress.skills.keys.sorted().enumerated() {
                out.text(index == 0 ? "{\n    " : ",\n    ")
                out.quoted(id)
                out.text(": ")
                out.skillRecord(progress.skills[id]!)
            }
            out.text("\n  }")
        }
        if let target = progress.targetRole {
            out.text(",\n  \"targetRole\": ")
            out.quoted(target)
        }
        out.text("\n}\n")
        return Data(out.bytes)
    }

    /// The data file's text as it is written, in UTF-8 bytes.
    struct FileWriter {
        var bytes: [UInt8] = []

        mutating func reserve(_ count: Int) { bytes.reserveCapacity(count) }

        mutating func text(_ text: String) {
            var text = text
            text.withUTF8 { bytes.append(contentsOf: $0) }
        }

        /// A JSON list with one item per line.
        mutating func list<Item>(_ items: [Item], indent: String, _ item: (inout FileWriter, Item) -> Void) {
            guard !items.isEmpty else { return text("[]") }
            text("[\n" + indent + "  ")
            for (index, element) in items.enumerated() {
                if index > 0 { text(",\n" + indent + "  ") }
                item(&self, element)
            }
            text("\n" + indent + "]")
        }

        /// One skill's record on one line, keys sorted.
        mutating func skillRecord(_ record: SkillProgress) {
            text("{")
            if let changed = record.changed { text("\"changed\": "); quoted(changed.iso); text(", ") }
            if !record.evidence.isEmpty {
                text("\"evidence\": [")
                for (index, item) in record.evidence.enumerated() {
                    if index > 0 { text(", ") }
                    quoted(item)
                }
                text("], ")
            }
            if let note = record.note { text("\"note\": "); quoted(note); text(", ") }
            text("\"state\": ")
            quoted(record.state.rawValue)
            text("}")
        }

        /// A JSON string literal: quotes, backslashes and control characters escaped.
        mutating func quoted(_ string: String) {
            bytes.append(UInt8(ascii: "\""))
            var string = string
            string.withUTF8 { utf8 in
                for byte in utf8 {
                    switch byte {
                    case UInt8(ascii: "\""): bytes.append(UInt8(ascii: "\\")); bytes.append(byte)
                    case UInt8(ascii: "\\"): bytes.append(UInt8(ascii: "\\")); bytes.append(byte)
                    case 0x0A: bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "n"))
                    case 0x0D: bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "r"))
                    case 0x09: bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "t"))
                    case 0..<0x20, 0x7F:
                        let hex = Array("0123456789abcdef".utf8)
                        bytes.append(contentsOf: Array("\\u00".utf8))
                        bytes.append(hex[Int(byte >> 4)])
                        bytes.append(hex[Int(byte & 0xF)])
                    default: bytes.append(byte)
                    }
                }
            }
            bytes.append(UInt8(ascii: "\""))
        }
    }

    /// Reads the bytes of `file`; the name is only used in messages. A file
    /// the fast reader is sure of is read by it; any other is read carefully.
    public static func decode(_ data: Data, file: String) throws(Failure) -> UserProgress {
        if let progress = FastProgressReader.read(data) { return progress }
        return try decodeCarefully(data, file: file)
    }

    /// Reads the bytes of `file` with Foundation's decoder after a strict
    /// syntax check, naming the place of any problem. Slower than `decode`.
    public static func decodeCarefully(_ data: Data, file: String) throws(Failure) -> UserProgress {
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

    /// A JSON number: `10` for whole values, `14.5` otherwise.
    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
