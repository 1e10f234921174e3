/// A request the planner cannot carry out, said in words the user can act on.
public enum PlannerError: Error, Equatable, Sendable, CustomStringConvertible {
    case unknownSkill(String, suggestions: [String])
    case unknownRole(String, suggestions: [String])
    case unknownCategory(String, suggestions: [String])
    case controlCharacters(field: String)
    case invalidEvidence(String)

    public var description: String {
        switch self {
        case .unknownSkill(let id, let suggestions):
            return "unknown skill \"\(id)\"" + hint(suggestions, list: "career-planner skills")
        case .unknownRole(let id, let suggestions):
            return "unknown role \"\(id)\"" + hint(suggestions, list: "career-planner roles")
        case .unknownCategory(let id, let suggestions):
            return "unknown category \"\(id)\"" + hint(suggestions, list: "career-planner skills")
        case .controlCharacters(let field):
            return "the \(field) contains control characters (tabs, newlines, escapes); use plain text on one line"
        case .invalidEvidence(let text):
            return "evidence must be a link such as https://github.com/you/project, found \"\(text)\""
        }
    }

    private func hint(_ suggestions: [String], list: String) -> String {
        if suggestions.isEmpty { return "; '\(list)' lists them" }
        let quoted = suggestions.map { "\"\($0)\"" }
        let list = quoted.count == 1 ? quoted[0] : quoted.dropLast().joined(separator: ", ") + " or " + quoted.last!
        return "; did you mean \(list)?"
    }
}
