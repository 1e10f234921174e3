import ArgumentParser
import FoundationEssentials
import PlannerEngine

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Read a JSON export (or another data file) into the data file.",
        discussion: """
        The file is checked whole before anything is written. Progress already in the data file \
        is never replaced without --force; when it is, the old file is kept as .bak beside it. \
        Skill and role ids the catalog does not know are kept as they are.
        """)

    @Argument(help: ArgumentHelp("The JSON file to read, as 'career-planner export --format json' writes it.", valueName: "path"))
    var path: String

    @Flag(help: "Replace progress already in the data file (even a file that cannot be read).")
    var force = false

    @OptionGroup var data: DataFileOption

    func run() throws {
        try CommandFailure.reporting {
            let context = try RunContext(fileOption: data)
            let incoming = try Self.read(path)
            let store = context.store
            let lock = try store.lockForWriting()
            defer { lock.release() }
            do {
                let existing = try store.load()
                if existing == incoming {
                    print("\(store.path) already holds exactly this; nothing changed")
                    return
                }
                if existing != UserProgress() && !force {
                    throw CommandFailure("\(store.path) already holds progress (\(Self.summary(of: existing))); "
                                         + "add --force to replace it (the old file is then kept as \(store.backupPath))",
                                         code: CommandFailure.cannotCreate)
                }
            } catch StoreError.unreadable(let problem) {
                // Replacing a damaged file with a good export is a way to mend it; the damaged one becomes the .bak.
                guard force else {
                    throw CommandFailure("\(problem)\nThe data file cannot be read, so nothing was imported; "
                                         + "add --force to replace it (it is then kept as \(store.backupPath))",
                                         code: CommandFailure.dataError)
                }
            }
            try store.save(incoming)
            print("Imported \(path) into \(store.path): \(Self.summary(of: incoming))")
            for note in Self.unknownIDs(in: incoming, catalog: context.catalog) { print(note) }
        }
    }

    /// The progress in `path`, checked as strictly as the data file itself.
    static func read(_ path: String) throws -> UserProgress {
        let bytes: Data
        switch FileBytes.read(path) {
        case .success(let data): bytes = data
        case .failure(.missing): throw CommandFailure("cannot read \(path): no such file", code: CommandFailure.noInput)
        case .failure(.folder): throw CommandFailure("cannot read \(path): it is a folder, not a file", code: CommandFailure.ioError)
        case .failure(.notPlain):
            throw CommandFailure("cannot read \(path): it is not a plain file (a pipe or a device?)", code: CommandFailure.ioError)
        case .failure(.failed(let reason)): throw CommandFailure("cannot read \(path): \(reason)", code: CommandFailure.ioError)
        }
        do {
            return try ProgressFileFormat.decode(bytes, file: path)
        } catch {
            switch error {
            case .unreadable(let problem):
                throw CommandFailure("\(problem)\nNothing was imported.", code: CommandFailure.dataError)
            case .newerSchema(let file, let found):
                throw CommandFailure("\(file) was written by a newer career-planner (schema \(found); this one reads up to "
                                     + "\(UserProgress.schemaVersion)); nothing was imported", code: CommandFailure.dataError)
            }
        }
    }

    /// `target ml-engineer, 12 skills, 30 log entries, a 66-week plan`.
    static func summary(of progress: UserProgress) -> String {
        var parts: [String] = []
        if let target = progress.targetRole { parts.append("target \(target)") }
        parts.append(count(progress.skills.count, "skill"))
        parts.append(count(progress.log.count, "log entry", plural: "log entries"))
        if let plan = progress.plan { parts.append("a \(plan.weekCount)-week plan") }
        return parts.joined(separator: ", ")
    }

    private static func count(_ number: Int, _ noun: String, plural: String? = nil) -> String {
        "\(number) \(number == 1 ? noun : plural ?? noun + "s")"
    }

    /// Notes on ids the catalog does not have: kept, but worth knowing about.
    static func unknownIDs(in progress: UserProgress, catalog: Catalog) -> [String] {
        let skills = Set(catalog.skills.map(\.id))
        let unknownSkills = Set(progress.skills.keys).union(progress.log.compactMap(\.skillID))
            .union(progress.plan?.skillIDs ?? []).subtracting(skills).sorted()
        var notes: [String] = []
        if !unknownSkills.isEmpty {
            notes.append("Not in the catalog, kept as they are: \(count(unknownSkills.count, "skill")) ("
                         + unknownSkills.joined(separator: ", ") + ")")
        }
        for role in Set([progress.targetRole, progress.plan?.settings.roleID].compactMap { $0 }).sorted()
        where catalog.role(role) == nil {
            notes.append("Not in the catalog, kept as it is: the role \(role)")
        }
        return notes
    }
}
