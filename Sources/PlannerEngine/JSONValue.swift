import FoundationEssentials

/// A JSON document as a tree: what the careful path looks at beyond what
/// decoded (fields the model has no place for, the record a problem is in).
/// Read with JSONDecoder, so the program needs no more of Foundation than
/// FoundationEssentials.
enum JSONValue: Decodable, Equatable {
    case object([String: JSONValue])
    case list([JSONValue])
    case text(String)
    case number(Double)
    case bool(Bool)
    case null

    /// The document's tree, or nil when it is not JSON.
    static func parse(_ data: Data) -> JSONValue? {
        try? JSONDecoder().decode(JSONValue.self, from: data)
    }

    init(from decoder: any Decoder) throws {
        if let container = try? decoder.container(keyedBy: AnyKey.self) {
            var members: [String: JSONValue] = [:]
            for key in container.allKeys {
                members[key.stringValue] = try container.decode(JSONValue.self, forKey: key)
            }
            self = .object(members)
        } else if var container = try? decoder.unkeyedContainer() {
            var elements: [JSONValue] = []
            while !container.isAtEnd { elements.append(try container.decode(JSONValue.self)) }
            self = .list(elements)
        } else {
            let container = try decoder.singleValueContainer()
            if container.decodeNil() {
                self = .null
            } else if let value = try? container.decode(Bool.self) {
                self = .bool(value)
            } else if let value = try? container.decode(Double.self) {
                self = .number(value)
            } else {
                self = .text(try container.decode(String.self))
            }
        }
    }

    var members: [String: JSONValue]? { if case .object(let members) = self { members } else { nil } }
    var elements: [JSONValue]? { if case .list(let elements) = self { elements } else { nil } }
    var isNull: Bool { self == .null }

    /// A list element as paths name it: by its `id` where it has one.
    func name(at index: Int) -> String {
        if case .text(let id) = members?["id"] { return id }
        return String(index)
    }

    private struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}
