/// Refusing fields a type does not know, so that decoding and saving again can
/// never drop something the user wrote.
enum StrictDecoding {
    struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    /// Throws for the first field of the object being decoded that is not in `known`.
    static func rejectUnknownFields(_ decoder: Decoder, known: [String]) throws {
        let container = try decoder.container(keyedBy: AnyKey.self)
        let known = Set(known)
        for key in container.allKeys.sorted(by: { $0.stringValue < $1.stringValue }) where !known.contains(key.stringValue) {
            throw DecodingError.dataCorrupted(.init(
                codingPath: decoder.codingPath + [key],
                debugDescription: "unknown field (this career-planner would lose it on the next save; remove or rename it)"))
        }
    }
}
