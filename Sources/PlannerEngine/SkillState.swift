/// Where a user stands with a skill. Skipped is not done: it is left out of a
/// role's total and never counted as progress.
public enum SkillState: String, Codable, CaseIterable, Sendable {
    case todo, learning, done, skipped

    /// Still to learn: neither done nor skipped.
    public var isOpen: Bool { self == .todo || self == .learning }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let state = SkillState(rawValue: text) else {
            throw DecodingError.dataCorruptedError(
                in: container,
                debugDescription: "expected one of \(SkillState.allCases.map(\.rawValue).joined(separator: ", ")), found \"\(text)\"")
        }
        self = state
    }
}
