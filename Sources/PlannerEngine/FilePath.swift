/// Splitting a path into folder and name without Foundation's NSString, whose
/// `deletingLastPathComponent` traps on a bare one-character name.
enum FilePath {
    /// The folder part: `"."` for a bare name, `"/"` for a file at the root.
    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let folder = path[..<slash]
        return folder.isEmpty ? "/" : String(folder)
    }

    /// The last component.
    static func name(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }

    /// `relative` taken from `folder`, unless it is absolute already.
    static func join(_ folder: String, _ relative: String) -> String {
        if relative.hasPrefix("/") { return relative }
        return folder.hasSuffix("/") ? folder + relative : folder + "/" + relative
    }
}
