/// Where the custom catalog is, if there is one. Pure: the environment comes
/// in from outside. Only one custom catalog is ever used.
public struct CatalogLocation: Equatable, Sendable {
    public static let fileName = "catalog.json"

    /// Who named the file, which decides whether a missing file is an error.
    public enum Origin: Equatable, Sendable {
        /// `--catalog PATH`, or the PATH of `catalog check PATH`.
        case commandLine
        /// `CAREER_PLANNER_CATALOG`.
        case environment
        /// `$XDG_CONFIG_HOME/career-planner/catalog.json`: used only when it exists.
        case configFolder
    }

    public enum Failure: Error, Equatable, Sendable, CustomStringConvertible {
        case emptyPath

        public var description: String {
            "the catalog path is empty; pass --catalog PATH with a file name"
        }
    }

    public var path: String
    public var origin: Origin

    public init(path: String, origin: Origin) {
        self.path = path
        self.origin = origin
    }

    /// A file named on the command line or in the environment has to exist;
    /// the one in the config folder is simply not used when it does not.
    public var mustExist: Bool { origin != .configFolder }

    /// `--catalog` first, then `CAREER_PLANNER_CATALOG`, then
    /// `$XDG_CONFIG_HOME/career-planner/catalog.json`, then
    /// `~/.config/career-planner/catalog.json`. An `XDG_CONFIG_HOME` that is
    /// not an absolute path is ignored, as the XDG spec says. Nil when there
    /// is nowhere to look (no HOME).
    public static func resolve(explicit: String?, environment: [String: String]) throws(Failure) -> CatalogLocation? {
        if let explicit {
            guard !explicit.isEmpty else { throw .emptyPath }
            return CatalogLocation(path: explicit, origin: .commandLine)
        }
        if let fromEnvironment = environment["CAREER_PLANNER_CATALOG"], !fromEnvironment.isEmpty {
            return CatalogLocation(path: fromEnvironment, origin: .environment)
        }
        let configHome: String
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") {
            configHome = xdg
        } else if let home = environment["HOME"], !home.isEmpty {
            configHome = FilePath.join(home, ".config")
        } else {
            return nil
        }
        return CatalogLocation(path: FilePath.join(configHome, "career-planner/" + fileName), origin: .configFolder)
    }
}
