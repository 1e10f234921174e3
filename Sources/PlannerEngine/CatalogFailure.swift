/// Why the custom catalog could not be used.
public enum CatalogFailure: Error, Equatable, Sendable, CustomStringConvertible {
    /// A file named on the command line or in the environment is not there.
    case notFound(CatalogLocation)
    /// The system refused to read it, or it is a folder.
    case unreadable(path: String, reason: String)
    /// It reads, but what it says is wrong; every problem at once.
    case invalid(file: String, problems: [FileProblem])

    public var description: String {
        switch self {
        case .notFound(let location):
            let namedBy = location.origin == .environment ? " (named by CAREER_PLANNER_CATALOG)" : ""
            return "cannot find the catalog \(location.path)\(namedBy)"
        case .unreadable(let path, let reason):
            return "cannot read the catalog \(path): \(reason)"
        case .invalid(let file, let problems):
            let count = problems.count == 1 ? "1 problem" : "\(problems.count) problems"
            return "the catalog \(file) has \(count), so nothing was done "
                + "('career-planner catalog check \(file)' lists them too):\n"
                + problems.map(\.description).joined(separator: "\n")
        }
    }
}
