import ArgumentParser
import FoundationEssentials
import Glibc
import PlannerEngine

struct RestoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract: "Put the backup (progress.json.bak) back in place of the data file, after asking.",
        discussion: """
        Shows what the backup and the data file hold, then asks. The data file as it was \
        (even a damaged one) is kept beside it as progress.json.broken-DATE-TIME, and the backup stays.
        """)

    @Flag(name: .customLong("from-backup"), help: "Restore from the backup the last save kept.")
    var fromBackup = false

    @Flag(help: "Do it without asking (needed when stdin is not a terminal).")
    var yes = false

    @OptionGroup var data: DataFileOption

    func validate() throws {
        guard fromBackup else { throw ValidationError("say where from: --from-backup (the only source for now)") }
    }

    func run() throws {
        try CommandFailure.reporting {
            let context = try RunContext(fileOption: data)
            let store = context.store
            let backup: UserProgress
            do {
                guard let loaded = try store.loadBackup() else {
                    throw CommandFailure("there is no backup of \(store.path) (\(store.backupPath)); nothing to restore",
                                         code: CommandFailure.noInput)
                }
                backup = loaded
            } catch StoreError.unreadable(let problem) {
                throw CommandFailure("the backup cannot be read either, so nothing was changed: \(problem)", code: CommandFailure.dataError)
            }
            print("Backup   \(store.backupPath): \(ImportCommand.summary(of: backup))")
            print("Current  \(store.path): \(Self.describeCurrent(store))")
            guard try confirmed("Replace \(store.path) with its backup? [y/N] ") else {
                print("Nothing changed.")
                return
            }
            let lock = try store.lockForWriting()
            defer { lock.release() }
            let keptAs = store.resolvedPath + ".broken-" + Self.stamp()
            let hadFile = FileManager.default.fileExists(atPath: store.resolvedPath)
            try store.restoreBackup(keepingCurrentAs: keptAs)
            print("Restored \(store.path) from its backup" + (hadFile ? "; the file it replaced is kept as \(keptAs)" : ""))
        }
    }

    /// The current file in a few words, whatever state it is in.
    static func describeCurrent(_ store: ProgressStore) -> String {
        guard FileManager.default.fileExists(atPath: store.path) else { return "not there" }
        do {
            return ImportCommand.summary(of: try store.load())
        } catch {
            return "cannot be read (\(error.description.split(separator: "\n").first ?? ""))"
        }
    }

    /// Yes with `--yes`; otherwise the answer typed at the terminal.
    func confirmed(_ question: String) throws -> Bool {
        if yes { return true }
        guard isatty(STDIN_FILENO) == 1 else {
            throw CommandFailure("restore asks before it replaces the data file; add --yes to do it without asking",
                                 code: CommandFailure.usage)
        }
        print(question, terminator: "")
        _ = StandardOutput.flushFailure()
        let answer = readLine()?.trimmingWhitespace().lowercased() ?? ""
        return answer == "y" || answer == "yes"
    }

    /// `20261122-101530`, local time: when the replaced file was put aside.
    static func stamp() -> String {
        let now = LocalTime.now()
        return PrintfText.format("%04ld%02ld%02ld-%02ld%02ld%02ld", now.year, now.month, now.day, now.hour, now.minute, now.second)
    }
}
