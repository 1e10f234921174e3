/// Where the data file lives. Pure: the environment comes in from outside.
public enum DataFileLocation {
    public static let fileName = "progress.json"

    public enum Failure: Error, Equatable, CustomStringConvertible {
        case noHome
        case emptyPath
        case folderPath(String)

        public var description: String {
            switch self {
            case .noHome:
                return "cannot tell where to keep the data file: HOME is not set; pass --file PATH or set CAREER_PLANNER_FILE"
            case .emptyPath:
                return "the data file path is empty; pass --file PATH with a file name"
            case .folderPath(let path):
                return "\(path) names a folder; the data file needs a file name, e.g. \(path)progress.json"
            }
        }
    }

    /// `--file` first, then `CAREER_PLANNER_FILE`, then
    /// `$XDG_DATA_HOME/career-planner/progress.json`, then
    /// `~/.local/share/career-planner/progress.json`. An `XDG_DATA_HOME` that
    /// is not an absolute path is ignored, as the XDG spec says.
    public static func resolve(explicit: String?, environment: [String: String]) throws -> String {
        if let explicit {
            guard !explicit.isEmpty else { throw Failure.emptyPath }
            return try fileName(explicit)
        }
        if let fromEnvironment = environment["CAREER_PLANNER_FILE"], !fromEnvironment.isEmpty {
            return try fileName(fromEnvironment)
        }
        if let dataHome = environment["XDG_DATA_HOME"], dataHome.hasPrefix("/") {
            return join(dataHome, "career-planner", fileName)
        }
        guard let home = environment["HOME"], !home.isEmpty else { throw Failure.noHome }
        return join(home, ".local/share/career-planner", fileName)
    }

    private static func fileName(_ path: String) throws -> String {
        if path.hasSuffix("/") { throw Failure.folderPath(path) }
        return path
    }

    private static func join(_ parts: String...) -> String {
        parts.enumerated().map { index, part in
            index == 0 ? String(part.reversed().drop(while: { $0 == "/" }).reversed()) : part
        }.joined(separator: "/")
    }
}
