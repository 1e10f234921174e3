/// A request the planner cannot carry out, said in words the user can act on.
public enum PlannerError: Error, Equatable, Sendable, CustomStringConvertible {
    case unknownSkill(String, suggestions: [String])
    case unknownRole(String, suggestions: [String])
    case unknownCategory(String, suggestions: [String])
    case controlCharacters(field: String)
    case invalidEvidence(String)
    case noTarget
    case planExists(start: Day)
    case minutesOutOfRange(Int)
    case dateInFuture(Day)
    case dayOverfull(Day, alreadyLogged: Int)
    case habitMinutesOutOfRange(Int)
    case restDaysOutOfRange(Int)
    case sameRole(String)
    case noPlanForCalendar

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
        case .noTarget:
            return "choose a target role first ('career-planner target ROLE'); the plan is built for it"
        case .planExists(let start):
            return "you already have a plan (from \(start.iso)); pass --replan to rebuild it with new settings, keeping done work and the log"
        case .minutesOutOfRange(let minutes):
            return "minutes must be between 1 and 1440 (a whole day), found \(minutes)"
        case .dateInFuture(let date):
            return "\(date.iso) is in the future; log study on or before today"
        case .dayOverfull(let date, let logged):
            return "\(date.iso) already has \(logged) minutes logged; a day holds at most 1440"
        case .habitMinutesOutOfRange(let minutes):
            return "the minutes a day that count towards a streak must be between 1 and 1440, found \(minutes)"
        case .restDaysOutOfRange(let days):
            return "rest days a week must be between 0 and 6, found \(days)"
        case .sameRole(let id):
            return "compare needs two different roles, found \"\(id)\" twice"
        case .noPlanForCalendar:
            return "there is no plan to put in a calendar yet; make one with 'career-planner plan'"
        }
    }

    private func hint(_ suggestions: [String], list: String) -> String {
        if suggestions.isEmpty { return "; '\(list)' lists them" }
        let quoted = suggestions.map { "\"\($0)\"" }
        let list = quoted.count == 1 ? quoted[0] : quoted.dropLast().joined(separator: ", ") + " or " + quoted.last!
        return "; did you mean \(list)?"
    }
}
