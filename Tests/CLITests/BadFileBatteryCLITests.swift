import Foundation
import TestSupport
import Testing

/// More than fifty damaged versions of a real data file. Each one is refused by
/// a command that reads and by one that writes, with the file named (and the
/// place, where there is one) and the right exit code; the file stays byte for
/// byte as it was and no backup appears.
@Suite struct BadFileBatteryCLITests {
    /// How a variant is put in the data file's place.
    enum Damage {
        case bytes(Data)
        case folder
        case fifo
        case symlinkLoop
        /// The real file, readable only by its owner, read by another user.
        case unreadable
    }

    struct Variant {
        var name: String
        var damage: Damage
        var exitCode: Int32
        /// Text the message must hold after `career-planner: PATH`.
        var place: String
    }

    /// A real data file: target, ticks with notes and evidence, a plan, a log.
    static func realFile() throws -> Data {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.succeed([
            ["target", "ml-engineer"],
            ["tick", "python", "numpy", "--evidence", "https://github.com/me/numpy-notes"],
            ["tick", "calculus", "--state", "learning", "--note", "chain rule, week 2"],
            ["tick", "r-basics", "--state", "skipped"],
            ["plan", "--months", "12"],
            ["log", "50", "--skill", "calculus", "--note", "gradients"],
            ["log", "30", "--date", "2026-11-20"],
        ])
        return try #require(cli.dataBytes())
    }

    static func variants(of good: Data) -> [Variant] {
        let text = String(decoding: good, as: UTF8.self)
        func edited(_ name: String, _ from: String, _ to: String, place: String) -> Variant {
            precondition(text.contains(from), "the real file has no \(from)")
            return Variant(name: name, damage: .bytes(Data(text.replacingOccurrences(of: from, with: to).utf8)),
                           exitCode: 65, place: place)
        }
        var list: [Variant] = []
        // Cut at 16 places spread over the file (never just the final newline, which leaves the same JSON).
        for part in 1...16 {
            let offset = good.count * part / 17
            list.append(Variant(name: "cut at byte \(offset)", damage: .bytes(good.prefix(offset)), exitCode: 65, place: ":"))
        }
        list += [
            edited("state as a number", "\"state\": \"done\"", "\"state\": 3", place: "field skills."),
            edited("state unknown", "\"state\": \"done\"", "\"state\": \"finished\"", place: "field skills."),
            edited("minutes as text", "\"minutes\": 50, \"note\"", "\"minutes\": \"50\", \"note\"", place: "field log[0].minutes"),
            edited("log as an object", "\"log\": [", "\"log\": {\"x\": [", place: ":"),
            edited("skills as a list", "\"skills\": {", "\"skills\": [{", place: ":"),
            edited("target as a number", "\"targetRole\": \"ml-engineer\"", "\"targetRole\": 7", place: "field targetRole"),
            edited("a date that is not one", "\"date\": \"2026-11-20\"", "\"date\": \"2026-02-30\"", place: "field log[1].date"),
            edited("an unknown field", "\"schemaVersion\": 2,", "\"schemaVersion\": 2, \"colour\": \"red\",", place: "field colour"),
            edited("a name twice", "\"schemaVersion\": 2,", "\"schemaVersion\": 2, \"schemaVersion\": 2,", place: "appears twice"),
            edited("minutes 1e400", "\"minutes\": 50, \"note\"", "\"minutes\": 1e400, \"note\"", place: "the number 1e400 cannot be read here"),
            edited("minutes past Int64", "\"minutes\": 50, \"note\"", "\"minutes\": 99999999999999999999, \"note\"", place: "the number 99999999999999999999 cannot be read here"),
            edited("minutes negative", "\"minutes\": 50, \"note\"", "\"minutes\": -1, \"note\"", place: "field log[0].minutes: expected 1 to 1440 minutes, found -1"),
            edited("minutes with a fraction", "\"minutes\": 50, \"note\"", "\"minutes\": 50.5, \"note\"", place: "the number 50.5 cannot be read here"),
            edited("schema version 1e9", "\"schemaVersion\": 2", "\"schemaVersion\": 1e9", place: "field schemaVersion"),
            edited("schema version from the future", "\"schemaVersion\": 2", "\"schemaVersion\": 99", place: "newer career-planner"),
            edited("hours per week as text", "\"hoursPerWeek\": ", "\"hoursPerWeek\": \"x\", \"y\": ", place: "field plan."),
            Variant(name: "100,000 brackets deep",
                    damage: .bytes(Data(("{\"schemaVersion\": 2, \"skills\": " + String(repeating: "[", count: 100_000)).utf8)),
                    exitCode: 65, place: ":1:"),
            Variant(name: "invalid UTF-8 in a note",
                    damage: .bytes(Data(text.replacingOccurrences(of: "chain rule", with: "chain\u{1}rule").utf8.map { $0 == 1 ? 0xC3 : $0 })),
                    exitCode: 65, place: "not UTF-8"),
            Variant(name: "invalid UTF-8 in a key",
                    damage: .bytes(Data(text.replacingOccurrences(of: "\"numpy\"", with: "\"num\u{1}py\"").utf8.map { $0 == 1 ? 0xFF : $0 })),
                    exitCode: 65, place: "not UTF-8"),
            Variant(name: "a byte-order mark", damage: .bytes(Data([0xEF, 0xBB, 0xBF]) + good), exitCode: 65, place: ":1:1: the file starts with a byte-order mark"),
            Variant(name: "UTF-16", damage: .bytes(text.data(using: .utf16)!), exitCode: 65, place: ":1:1: this is UTF-16 text"),
            Variant(name: "a NUL byte inside", damage: .bytes(good.prefix(20) + Data([0]) + good.dropFirst(20)), exitCode: 65, place: ":"),
            Variant(name: "empty", damage: .bytes(Data()), exitCode: 65, place: ": the file is empty"),
            Variant(name: "spaces only", damage: .bytes(Data("  \n\t\n".utf8)), exitCode: 65, place: ": the file is empty"),
            Variant(name: "not JSON at all", damage: .bytes(Data("schemaVersion = 2\n".utf8)), exitCode: 65, place: ":1:1:"),
            Variant(name: "a folder in its place", damage: .folder, exitCode: 74, place: ": it is a folder"),
            Variant(name: "a pipe in its place", damage: .fifo, exitCode: 74, place: ": it is not a plain file"),
            Variant(name: "a symlink loop", damage: .symlinkLoop, exitCode: 74, place: ": Too many levels of symbolic links"),
            Variant(name: "no read permission", damage: .unreadable, exitCode: 74, place: ": Permission denied"),
        ]
        // Single flipped bits spread over the file: some still make JSON (a digit changes), most do not.
        for part in 1...16 {
            let offset = good.count * part / 17 - 3
            var flipped = good
            flipped[offset] ^= UInt8(1 << (part % 7))
            list.append(Variant(name: "bit \(part % 7) flipped at byte \(offset)", damage: .bytes(flipped), exitCode: 65, place: ""))
        }
        return list
    }

    /// Puts the variant where the data file goes.
    func place(_ damage: Damage, good: Data, in cli: CLIRunner) throws {
        let path = cli.dataFile.path
        switch damage {
        case .bytes(let data): try data.write(to: cli.dataFile)
        case .folder: try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        case .fifo: #expect(mkfifo(path, 0o600) == 0)
        case .symlinkLoop:
            try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: path + ".other")
            try FileManager.default.createSymbolicLink(atPath: path + ".other", withDestinationPath: path)
        case .unreadable:
            try good.write(to: cli.dataFile)
            #expect(chmod(path, 0o600) == 0)
            #expect(chmod(cli.folder.path, 0o755) == 0)
        }
    }

    /// The binary as an unprivileged user (root reads everything), or as it is.
    func run(_ arguments: [String], in cli: CLIRunner, asAnotherUser: Bool) throws -> CLIRunner.Result {
        guard asAnotherUser else { return try cli.runOnFile(arguments) }
        let setpriv = "/usr/bin/setpriv"
        try #require(FileManager.default.isExecutableFile(atPath: setpriv), "setpriv (util-linux) is needed to read as another user")
        let result = try ChildProcess.run(setpriv, ["--reuid=65534", "--regid=65534", "--clear-groups", CLIRunner.binary.path]
                                          + arguments + ["--file", cli.dataFile.path], environment: cli.environment, in: cli.folder.path)
        return .init(stdout: "", stderr: String(decoding: result.stderr, as: UTF8.self), status: result.status)
    }

    /// What stands at the data file's path, to compare before and after.
    func fingerprint(_ cli: CLIRunner) -> String {
        var info = stat()
        guard lstat(cli.dataFile.path, &info) == 0 else { return "nothing" }
        let bytes = FileManager.default.contents(atPath: cli.dataFile.path).map { "\($0.hashValue)" } ?? "-"
        return "mode \(info.st_mode) size \(info.st_size) mtime \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec) \(bytes)"
    }

    @Test func everyDamagedFileIsRefusedNamedAndLeftAsItWas() throws {
        let good = try Self.realFile()
        let variants = Self.variants(of: good)
        #expect(variants.count >= 50)
        var stillValid: [String] = []
        for variant in variants {
            let cli = try CLIRunner()
            defer { cli.cleanUp() }
            try place(variant.damage, good: good, in: cli)
            let before = fingerprint(cli)
            let asAnotherUser: Bool
            if case .unreadable = variant.damage { asAnotherUser = true } else { asAnotherUser = false }
            let read = try run(["status"], in: cli, asAnotherUser: asAnotherUser)
            if read.status == 0, case .bytes = variant.damage, variant.name.hasPrefix("bit") {
                // The flip made other valid JSON (a digit or a letter in a name changed): not damage we can see.
                stillValid.append(variant.name)
                #expect(fingerprint(cli) == before, "\(variant.name): reading changed the file")
                continue
            }
            for (command, result) in [("status", read), ("tick", try run(["tick", "python"], in: cli, asAnotherUser: asAnotherUser))] {
                #expect(result.status == variant.exitCode, "\(variant.name), \(command): exit \(result.status): \(result.stderr)")
                #expect(result.stderr.hasPrefix("career-planner: ") && result.stderr.contains(cli.dataFile.path),
                        "\(variant.name), \(command): the message does not name the file: \(result.stderr)")
                #expect(variant.place.isEmpty || result.stderr.contains(cli.dataFile.path + variant.place)
                        || result.stderr.contains(variant.place),
                        "\(variant.name), \(command): expected \"\(variant.place)\" in \(result.stderr)")
                #expect(!result.stderr.contains("Fatal error") && !result.stderr.contains("Swift runtime"), "\(variant.name): crashed")
            }
            #expect(fingerprint(cli) == before, "\(variant.name): the file was changed")
            #expect(!CLIRunner.exists(cli.backupFile), "\(variant.name): a backup appeared")
        }
        // Most flips break the file; the ones that do not are reported, not hidden.
        #expect(stillValid.count < 8, "flips that still parse: \(stillValid)")
    }
}
