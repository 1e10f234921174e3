import Foundation

/// The data file's text: pretty-printed JSON with `schemaVersion` first, the
/// other keys sorted, and one skill per line, so that it diffs and merges well.
public enum ProgressFileFormat {
    public enum Failure: Error, Equatable {
        case unreadable(FileProblem)
        case newerSchema(file: String, found: Int)
    }

    /// The bytes to write.
    public static func encode(_ progress: UserProgress) -> Data {
        var text = "{\n  \"schemaVersion\": \(UserProgress.schemaVersion),\n  \"skills\": {"
        let ids = progress.skills.keys.sorted()
        for (index, id) in ids.enumerated() {
            text += "\n    \(quoted(id)): \(line(for: progress.skills[id]!))"
            text += index == ids.count - 1 ? "\n  }" : ","
        }
        if ids.isEmpty { text += "}" }
        if let target = progress.targetRole {
            text += ",\n  \"targetRole\": \(quoted(target))"
        }
        text += "\n}\n"
        return Data(text.utf8)
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
        let document: Document
        do {
            document = try JSONProblemLocator.decode(Document.self, from: data, file: file)
        } catch {
            throw .unreadable(error)
        }
        return UserProgress(targetRole: document.targetRole, skills: document.skills)
    }

    private struct VersionOnly: Decodable { var schemaVersion: Double }

    private struct Document: Decodable {
        var schemaVersion: Int
        var skills: [String: SkillProgress]
        var targetRole: String?

        enum CodingKeys: String, CodingKey, CaseIterable { case schemaVersion, skills, targetRole }

        init(from decoder: Decoder) throws {
            try StrictDecoding.rejectUnknownFields(decoder, known: CodingKeys.allCases.map(\.rawValue))
            let container = try decoder.container(keyedBy: CodingKeys.self)
            schemaVersion = try container.decode(Int.self, forKey: .schemaVersion)
            skills = try container.decode([String: SkillProgress].self, forKey: .skills)
            targetRole = try container.decodeIfPresent(String.self, forKey: .targetRole)
        }
    }

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
