import ArgumentParser
import FoundationEssentials
import Glibc
import PlannerEngine
import PlannerTUI

struct DoctorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor",
        abstract: "Check the data file, its backup, permissions, the lock and the catalog, and say what to do.",
        discussion: "Changes nothing. Exits 0 when all is well or there are only warnings, 65 when the data file or the catalog has a problem.")

    @OptionGroup var data: DataFileOption

    /// One line of the report.
    struct Finding {
        enum Level: String { case ok, warning, problem }
        var level: Level
        var subject: String
        var text: String
    }

    func run() throws {
        try CommandFailure.reporting {
            let environment = ProcessInfo.processInfo.environment
            let store = ProgressStore(path: try DataFileLocation.resolve(explicit: data.file, environment: environment))
            let catalog = try RunContext.customCatalog(explicit: data.catalog, environment: environment)
            let findings = Self.dataFile(store) + Self.backup(store) + Self.permissions(store) + [Self.lock(store)]
                + Self.leftovers(store) + [try Self.catalog(catalog)]
            for finding in findings {
                print(TerminalText.padded(finding.level.rawValue, to: 9) + TerminalText.sanitized("\(finding.subject): \(finding.text)"))
            }
            if findings.contains(where: { $0.level == .problem }) { throw ExitCode(CommandFailure.dataError) }
        }
    }

    static func dataFile(_ store: ProgressStore) -> [Finding] {
        guard FileManager.default.fileExists(atPath: store.path) else {
            return [Finding(level: .ok, subject: "data file", text: "\(store.path) is not there yet; the first change makes it")]
        }
        do {
            let progress = try store.load()
            var info = stat()
            let size = stat(store.resolvedPath, &info) == 0 ? Int(info.st_size) : 0
            return [Finding(level: .ok, subject: "data file", text: "\(store.path) reads well: "
                            + "\(ImportCommand.summary(of: progress)) (\(size) bytes, schema \(progress.fileSchemaVersion))")]
        } catch {
            let firstLine = error.description.split(separator: "\n").first.map(String.init) ?? ""
            let backupIsGood = (try? store.loadBackup()) != nil
            let advice = backupIsGood ? "the backup is good: 'career-planner restore --from-backup' puts it back"
                : "fix it by hand (the message says where)"
            return [Finding(level: .problem, subject: "data file", text: "\(firstLine); \(advice)")]
        }
    }

    static func backup(_ store: ProgressStore) -> [Finding] {
        do {
            guard let backup = try store.loadBackup() else {
                return [Finding(level: .ok, subject: "backup", text: "none yet (each save keeps the file before it as \(store.backupPath))")]
            }
            return [Finding(level: .ok, subject: "backup", text: "\(store.backupPath) reads well: \(ImportCommand.summary(of: backup))")]
        } catch {
            let firstLine = error.description.split(separator: "\n").first.map(String.init) ?? ""
            return [Finding(level: .warning, subject: "backup", text: "\(firstLine); the next save replaces it")]
        }
    }

    /// The file should be the user's alone (0600); a folder others can write lets them replace it.
    static func permissions(_ store: ProgressStore) -> [Finding] {
        var findings: [Finding] = []
        var info = stat()
        let file = store.resolvedPath
        if stat(file, &info) == 0, info.st_mode & 0o077 != 0 {
            let mode = String(info.st_mode & 0o777, radix: 8)
            findings.append(Finding(level: .warning, subject: "permissions",
                                    text: "\(file) can be read by others (mode \(mode)); 'chmod 600 \(file)' makes it yours alone"))
        }
        let folder = URL(fileURLWithPath: file).deletingLastPathComponent().path
        if stat(folder, &info) == 0, info.st_mode & 0o022 != 0, info.st_mode & S_ISVTX == 0 {
            let mode = String(info.st_mode & 0o777, radix: 8)
            findings.append(Finding(level: .warning, subject: "permissions",
                                    text: "others can write in \(folder) (mode \(mode)) and so replace the file; 'chmod go-w \(folder)'"))
        }
        return findings.isEmpty ? [Finding(level: .ok, subject: "permissions", text: "the file is yours alone")] : findings
    }

    static func lock(_ store: ProgressStore) -> Finding {
        guard let state = WriteLock.holder(ofLockAt: store.lockPath), state.held else {
            return Finding(level: .ok, subject: "lock", text: "no career-planner is writing the file now")
        }
        let who = state.process.map { "process \($0)" } ?? "another career-planner"
        return Finding(level: .warning, subject: "lock", text: "\(who) is writing the file right now; changes wait until it is done")
    }

    static func leftovers(_ store: ProgressStore) -> [Finding] {
        store.leftoverTemporaryFiles().map {
            Finding(level: .warning, subject: "leftover", text: "\($0) is half a save that was cut off; "
                    + "it is not your data, and the next change removes it")
        }
    }

    static func catalog(_ location: CatalogLocation?) throws -> Finding {
        do {
            let effect = try RunContext.catalogInEffect(custom: location)
            let counts = "\(effect.catalog.roles.count) roles, \(effect.catalog.skills.count) skills"
            guard let custom = effect.custom else { return Finding(level: .ok, subject: "catalog", text: "the built-in one (\(counts))") }
            let how = effect.replacesBuiltIn ? "in place of" : "over"
            return Finding(level: .ok, subject: "catalog", text: "\(custom.path) \(how) the built-in one (\(counts))")
        } catch CatalogFailure.invalid(let file, let problems) {
            let count = problems.count == 1 ? "1 problem" : "\(problems.count) problems"
            return Finding(level: .problem, subject: "catalog",
                           text: "\(file) has \(count), so every command stops; 'career-planner catalog check \(file)' lists them")
        } catch let failure as CatalogFailure {
            return Finding(level: .problem, subject: "catalog", text: failure.description)
        }
    }
}
