import FoundationEssentials

/// Turns what Foundation's JSON decoder throws into a `FileProblem` a person can
/// act on: a line and column for broken syntax, a field path for a wrong or
/// missing value.
enum JSONProblemLocator {
    /// Checks the syntax strictly: an empty file or one that is not JSON is a problem.
    static func checkSyntax(of data: Data, file: String) throws(FileProblem) {
        if isBlank(data) { throw FileProblem(file: file, message: "the file is empty") }
        if let problem = syntaxProblem(in: data, file: file) { throw problem }
    }

    /// Decodes text that passed `checkSyntax`; a wrong or missing value comes back as a `FileProblem`.
    static func decode<T: Decodable>(_ type: T.Type, from data: Data, file: String) throws(FileProblem) -> T {
        do {
            return try JSONDecoder().decode(type, from: data)
        } catch {
            if isUnplacedValue(error), let number = UnreadableNumber.find(in: data, cannotBeRead: { changed in
                do { _ = try JSONDecoder().decode(type, from: changed); return false } catch { return isUnplacedValue(error) }
            }) {
                let (line, column) = lineAndColumn(ofByte: number.offset, in: data)
                throw FileProblem(file: file, line: line, column: column,
                                  message: "the number \(number.text) cannot be read here: too large, "
                                      + "or a fraction where a whole number belongs")
            }
            throw problem(for: error, in: data, file: file)
        }
    }

    /// The decoder's complaint about a value it does not say the place of (a
    /// number it cannot hold), in text whose syntax is fine.
    static func isUnplacedValue(_ error: Error) -> Bool {
        if case DecodingError.dataCorrupted(let context) = error { return context.codingPath.isEmpty }
        return false
    }

    static func isBlank(_ data: Data) -> Bool {
        data.allSatisfy { [0x20, 0x09, 0x0A, 0x0D].contains($0) }
    }

    static func problem(for error: Error, in data: Data, file: String) -> FileProblem {
        guard let decodingError = error as? DecodingError else {
            return FileProblem(file: file, message: "\(error)")
        }
        switch decodingError {
        case .dataCorrupted(let context) where context.codingPath.isEmpty:
            return syntaxProblem(in: data, file: file)
                ?? FileProblem(file: file, message: "a value cannot be read: a number too large, or with a fraction "
                               + "where a whole number belongs? (\(context.debugDescription))")
        case .dataCorrupted(let context):
            return FileProblem(file: file, field: path(context.codingPath, in: data),
                               message: context.debugDescription)
        case .keyNotFound(let key, let context):
            return FileProblem(file: file, field: path(context.codingPath + [key], in: data),
                               message: "this field is missing")
        case .valueNotFound(let type, let context):
            return FileProblem(file: file, field: path(context.codingPath, in: data),
                               message: "expected \(describe(type)), found null")
        case .typeMismatch(let type, let context):
            return FileProblem(file: file, field: path(context.codingPath, in: data),
                               message: "expected \(describe(type))\(found(in: context.debugDescription))")
        @unknown default:
            return FileProblem(file: file, message: "\(decodingError)")
        }
    }

    /// Where the text stops being JSON, or nil when it is valid JSON.
    static func syntaxProblem(in data: Data, file: String) -> FileProblem? {
        if data.starts(with: [0xEF, 0xBB, 0xBF]) {
            return FileProblem(file: file, line: 1, column: 1, message: "the file starts with a byte-order mark, which JSON "
                               + "does not allow (an editor added it?); save it as UTF-8 without a BOM")
        }
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) {
            return FileProblem(file: file, line: 1, column: 1, message: "this is UTF-16 text; save it as UTF-8")
        }
        guard let failure = JSONSyntaxChecker.firstError(in: [UInt8](data)) else { return nil }
        let (line, column) = lineAndColumn(ofByte: failure.offset, in: data)
        switch failure.problem {
        case .expected where failure.atEnd:
            return FileProblem(file: file, line: line, column: column, message: "the file ends too early (cut off?)")
        case .expected(let what):
            return FileProblem(file: file, line: line, column: column, message: "this is not valid JSON: expected \(what)")
        case .notUTF8:
            return FileProblem(file: file, line: line, column: column,
                               message: "this is not UTF-8 text (saved in another encoding, or damaged?)")
        case .repeatedName(let name):
            return FileProblem(file: file, line: line, column: column,
                               message: "\"\(name)\" appears twice in the same object (left over from a merge?); keep one")
        }
    }

    /// 1-based line and column (in characters) of a byte offset.
    static func lineAndColumn(ofByte offset: Int, in data: Data) -> (Int, Int) {
        let prefix = data.prefix(max(0, min(offset, data.count)))
        var line = 1
        var lineStart = prefix.startIndex
        for index in prefix.indices where prefix[index] == 0x0A {
            line += 1
            lineStart = index + 1
        }
        let column = String(decoding: prefix[lineStart...], as: UTF8.self).count + 1
        return (line, column)
    }

    /// `roles[ml-engineer].pay[0].min`: array elements named by their `id` where they have one.
    static func path(_ codingPath: [CodingKey], in data: Data) -> String {
        var node = JSONValue.parse(data)
        var text = ""
        for key in codingPath {
            if let index = key.intValue {
                let element = node?.elements.flatMap { index < $0.count ? $0[index] : nil }
                text += "[\(element?.name(at: index) ?? String(index))]"
                node = element
            } else {
                text += text.isEmpty ? key.stringValue : ".\(key.stringValue)"
                node = node?.members?[key.stringValue]
            }
        }
        return text.isEmpty ? "(top level)" : text
    }

    static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: return "text"
        case is Int.Type, is Double.Type: return "a number"
        case is Bool.Type: return "true or false"
        default:
            let name = String(describing: type)
            if name.hasPrefix("Array") { return "a list" }
            if name.hasPrefix("Dictionary") { return "an object" }
            return "an object"
        }
    }

    /// ", found a number" out of "Expected to decode String but found number instead."
    static func found(in debugDescription: String) -> String {
        guard let start = debugDescription.firstRange(of: "but found "),
              let end = debugDescription[start.upperBound...].firstRange(of: " instead")
        else { return "" }
        let what = debugDescription[start.upperBound..<end.lowerBound]
        switch what {
        case "a string", "a string/data", "string": return ", found text"
        case "number": return ", found a number"
        case "a dictionary": return ", found an object"
        case "an array": return ", found a list"
        default: return ", found \(what)"
        }
    }
}
