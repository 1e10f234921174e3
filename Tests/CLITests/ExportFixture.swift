import Foundation
import TestSupport
import Testing

/// A user to export: target ml-engineer, a plan made on Monday 2 November 2026,
/// some skills ticked with awkward text, and some study logged. Calculus is
/// renamed by a custom catalog to a long name full of characters that
/// Markdown, CSV and iCalendar each treat specially, several of them more
/// than one byte long.
struct ExportFixture {
    static let trickyName = "Calcul différentiel | *intégral* <b>&amp; — 微積分の基礎, chain rule; «limits» 🎓 \\ end"
    static let planStart = "2026-11-02"
    /// Changed by hand in the data file: the CLI refuses notes with line breaks, a file may hold them.
    static let pythonNote = "two lines,\nand \"quotes\""

    let cli: CLIRunner
    let overlay: URL

    /// The environment every run of the fixture uses: the custom catalog.
    var environment: [String: String] { ["CAREER_PLANNER_CATALOG": overlay.path] }

    init() throws {
        cli = try CLIRunner(today: Self.planStart)
        overlay = cli.folder.appendingPathComponent("overlay.json")
        let catalog = try Self.catalogRoot()
        var calculus = (catalog["skills"] as! [[String: Any]]).first { $0["id"] as? String == "calculus" }!
        calculus["name"] = Self.trickyName
        try JSONSerialization.data(withJSONObject: ["formatVersion": 1, "skills": [calculus]]).write(to: overlay)
        try cli.succeed([
            ["target", "ml-engineer"],
            ["tick", "linear-algebra", "--evidence", "https://github.com/me/la?tab=notes|code"],
            ["tick", "linear-algebra", "--evidence", "https://example.org/certificate"],
            ["tick", "python", "--note", "PYTHON-NOTE"],
            ["tick", "calculus", "--state", "learning", "--note", "3Blue1Brown, \"Essence of calculus\""],
            ["tick", "r-basics", "--state", "skipped"],
            ["plan", "--months", "12"],
        ], environment: environment)
        try cli.succeed([
            ["log", "50", "--skill", "calculus", "--date", "2026-11-20", "--note", "chain rule, by hand"],
            ["log", "30", "--date", "2026-11-21"],
        ], environment: environment.merging(["CAREER_PLANNER_TODAY": "2026-11-22"]) { _, new in new })
        let text = try cli.dataText().replacingOccurrences(of: "\"PYTHON-NOTE\"", with: "\"two lines,\\nand \\\"quotes\\\"\"")
        try cli.writeData(text)
    }

    func cleanUp() { cli.cleanUp() }

    /// Runs `export` on the data file (with the custom catalog) and returns what it wrote to stdout.
    func export(_ arguments: [String], today: String = "2026-11-22",
                sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let result = try cli.runOnFile(["export"] + arguments,
                                       environment: environment.merging(["CAREER_PLANNER_TODAY": today]) { _, new in new })
        #expect(result.status == 0 && result.stderr.isEmpty, "\(result.stderr)", sourceLocation: sourceLocation)
        return result.stdout
    }

    /// The data file as plain JSON.
    func data() throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: cli.dataText().data(using: .utf8)!) as! [String: Any]
    }

    /// The built-in catalog's JSON, read from the source tree.
    static func catalogRoot() throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(contentsOf: ReferenceCatalog.path)) as! [String: Any]
    }

    /// A skill's name as the fixture's catalog has it.
    static func name(_ id: String, in reference: ReferenceCatalog) -> String {
        id == "calculus" ? trickyName : reference.skill(id).name
    }

    /// What `Tests/ExportChecks/parse_export.py` read from `text` written as a `format` file.
    func parsed(_ format: String, _ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String: Any] {
        let file = cli.folder.appendingPathComponent("export-\(UUID().uuidString)")
        try Data(text.utf8).write(to: file)
        let script = ReferenceCatalog.path.deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Tests/ExportChecks/parse_export.py")
        let result = try ChildProcess.run("/usr/bin/env", ["python3", script.path, format, file.path], in: cli.folder.path)
        guard result.status == 0 else {
            let complaint = String(decoding: result.stderr, as: UTF8.self)
            let message = "the \(format) parser failed: \(complaint) (python3 with the packages of "
                + "Tests/python-requirements.txt is needed: python3 -m pip install -r Tests/python-requirements.txt)"
            Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
            throw ParserFailed()
        }
        return try JSONSerialization.jsonObject(with: result.stdout) as! [String: Any]
    }

    struct ParserFailed: Error {}
}
