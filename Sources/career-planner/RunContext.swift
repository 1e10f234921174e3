import FoundationEssentials
import Glibc
import PlannerEngine
import PlannerTUI

/// What one run of a command works with, all read from the outside world here
/// and nowhere else: the environment, today's date, the catalog (the built-in
/// one with a custom one over it or in its place), the data file.
struct RunContext {
    let catalog: Catalog
    let store: ProgressStore
    let today: Day
    let style: OutputStyle

    init(fileOption: DataFileOption, environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        try self.init(file: fileOption.file, catalogFile: fileOption.catalog, environment: environment)
    }

    /// The files named by `--file` and `--catalog` (nil: not given).
    init(file: String?, catalogFile: String?, environment: [String: String]) throws {
        let location = try Self.customCatalog(explicit: catalogFile, environment: environment)
        do {
            catalog = try Self.catalogInEffect(custom: location).catalog
        } catch let failure as CatalogFailure {
            throw Self.commandFailure(failure)
        }
        store = ProgressStore(path: try DataFileLocation.resolve(explicit: file, environment: environment))
        today = try Self.today(environment)
        style = OutputStyle(environment: environment, standardOutputIsTerminal: isatty(STDOUT_FILENO) == 1)
    }

    /// The user's progress, read without taking the lock.
    func planner() throws -> Planner {
        Planner(catalog: catalog, progress: try store.load())
    }

    /// Locks the file, reads it, applies `change` and saves, all or nothing.
    /// Returns the planner as saved.
    func change(_ change: (inout Planner) throws -> Void) throws -> Planner {
        let lock = try store.lockForWriting()
        defer { lock.release() }
        var planner = try planner()
        let before = planner.progress
        try change(&planner)
        if planner.progress != before { try store.save(planner.progress) }
        return planner
    }

    static func builtInCatalog() throws -> Catalog {
        switch Catalog.embedded() {
        case .loaded(let catalog):
            return catalog
        case .invalid(let problems):
            throw CommandFailure("the built-in catalog is broken (a build problem):\n"
                                 + problems.map(\.description).joined(separator: "\n"),
                                 code: CommandFailure.software)
        }
    }

    /// The custom catalog `--catalog`, `CAREER_PLANNER_CATALOG` or the config folder names, if any.
    static func customCatalog(explicit: String?, environment: [String: String]) throws -> CatalogLocation? {
        do {
            return try CatalogLocation.resolve(explicit: explicit, environment: environment)
        } catch {
            throw CommandFailure(error.description, code: CommandFailure.usage)
        }
    }

    /// The built-in catalog with the custom one at `location` over it or in its
    /// place. Throws `CatalogFailure` for a custom catalog that cannot be used.
    static func catalogInEffect(custom location: CatalogLocation?) throws -> CatalogInEffect {
        try CatalogInEffect.assemble(builtIn: try builtInCatalog(), custom: location)
    }

    /// What a custom catalog that cannot be used means for the exit code:
    /// not there 66, not readable 74, wrong inside 65.
    static func commandFailure(_ failure: CatalogFailure) -> CommandFailure {
        switch failure {
        case .notFound: return CommandFailure(failure.description, code: CommandFailure.noInput)
        case .unreadable: return CommandFailure(failure.description, code: CommandFailure.ioError)
        case .invalid: return CommandFailure(failure.description, code: CommandFailure.dataError)
        }
    }

    /// `CAREER_PLANNER_TODAY` when set, else the local calendar date.
    static func today(_ environment: [String: String]) throws -> Day {
        if let frozen = environment["CAREER_PLANNER_TODAY"], !frozen.isEmpty {
            guard let day = Day(iso: frozen) else {
                throw CommandFailure("CAREER_PLANNER_TODAY must be a date as YYYY-MM-DD, found \"\(frozen)\"",
                                     code: CommandFailure.usage)
            }
            return day
        }
        let now = LocalTime.now()
        return Day(year: now.year, month: now.month, day: now.day)!
    }
}
