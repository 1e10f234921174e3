import Foundation
import Testing

/// `career-planner catalog check [PATH]`: every problem at once, exit 65 if any.
@Suite struct CatalogCheckCLITests {
    /// A catalog of its own (a replacement), so that its problems are its alone.
    static let brokenCatalog = """
        {
          "formatVersion": 1,
          "replace": true,
          "sources": [
            {"id": "guide", "title": "A guide", "author": null, "publisher": null, "published": null, "seed": "guide.txt"}
          ],
          "phases": [{"id": "basics", "name": "Basics"}],
          "categories": [{"id": "code", "name": "Code", "phase": "basics"}],
          "skills": [
            {"id": "python", "name": "Python", "category": "code", "hours": 10, "prerequisites": ["typing"], "learn": "l", "show": "s"},
            {"id": "numpy", "name": "NumPy", "category": "code", "hours": 5, "prerequisites": ["pandas"], "learn": "l", "show": "s"},
            {"id": "pandas", "name": "pandas", "category": "code", "hours": 5, "prerequisites": ["numpy"], "learn": "l", "show": "s", "colour": "red"},
            {"id": "python", "name": "Python again", "category": "code", "hours": 10, "prerequisites": [], "learn": "l", "show": "s"}
          ],
          "roles": [
            {"id": "analyst", "name": "Analyst", "steppingStone": false, "summary": "s", "responsibilities": [],
             "typicalDay": null,
             "pay": [{"label": "Average", "min": 50000, "max": 60000, "plus": false, "currency": "USD", "period": "year", "sources": []}],
             "outlook": [], "entryRoutes": [], "progression": [], "industries": [],
             "requiredSkills": ["python"], "niceToHaveSkills": [], "sources": ["guide"]}
          ]
        }

        """

    func write(_ text: String, named name: String, in cli: CLIRunner) throws -> String {
        let file = cli.folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: file)
        return file.path
    }

    @Test func theBuiltInCatalogHasNoProblems() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.run(["catalog", "check"]) == .init(
            stdout: "catalog.json (built in): no problems: 9 roles, 81 skills, 14 categories, 3 sources\n",
            stderr: "", status: 0))
    }

    @Test func theSourceTreesCatalogFileHasNoProblems() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let path = ReferenceCatalog.path.path
        #expect(try cli.run(["catalog", "check", path]) == .init(
            stdout: "\(path): no problems: 9 roles, 81 skills, 14 categories, 3 sources (over the built-in catalog)\n",
            stderr: "", status: 0))
    }

    @Test func everyProblemInABrokenCatalogIsListed() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let path = try write(Self.brokenCatalog, named: "broken.json", in: cli)
        #expect(try cli.run(["catalog", "check", path]) == .init(stdout: """
            \(path): field skills[pandas].colour: unknown field
            \(path): skill "python": field id: this id is used twice
            \(path): skill "python": field prerequisites: unknown skill "typing"
            \(path): role "analyst": field pay[0].sources: a figure needs at least one source
            \(path): skill "numpy": field prerequisites: prerequisites go round in a circle: numpy -> pandas -> numpy
            \(path): 5 problems

            """, stderr: "", status: 65))
    }

    @Test func aCatalogThatIsNotJSONIsReportedAtItsLineAndColumn() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let path = try write("{\n  \"formatVersion\": 1,\n  \"sources\": []\n  \"phases\": []\n}\n", named: "bad.json", in: cli)
        #expect(try cli.run(["catalog", "check", path]) == .init(stdout: """
            \(path):4:3: this is not valid JSON: expected ',' or '}'
            \(path): 1 problem

            """, stderr: "", status: 65))
    }

    @Test func aCutOffCatalogSaysSo() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let path = try write("{\n  \"formatVersion\": 1,\n  \"sources\": [\n", named: "cut.json", in: cli)
        #expect(try cli.run(["catalog", "check", path]) == .init(stdout: """
            \(path):4:1: the file ends too early (cut off?)
            \(path): 1 problem

            """, stderr: "", status: 65))
    }

    @Test func aCatalogWithMissingFieldsNamesEachOfThem() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let text = Self.brokenCatalog.replacingOccurrences(of: #""hours": 5, "#, with: "")
        let path = try write(text, named: "missing.json", in: cli)
        #expect(try cli.run(["catalog", "check", path]) == .init(stdout: """
            \(path): field skills[numpy].hours: this field is missing
            \(path): field skills[pandas].hours: this field is missing
            \(path): 2 problems

            """, stderr: "", status: 65))
    }

    @Test func aCatalogFileThatDoesNotExistIsNoInput() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let path = cli.folder.appendingPathComponent("nowhere.json").path
        #expect(try cli.run(["catalog", "check", path])
                == .init(stdout: "", stderr: "career-planner: cannot find the catalog \(path)\n", status: 66))
    }

    @Test func catalogCheckNeitherReadsNorWritesTheDataFile() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.writeData("not json at all")
        #expect(try cli.runOnFile(["catalog", "check"]).status == 0)
        #expect(cli.dataBytes() == Data("not json at all".utf8))
    }

    /// Problems in the text itself stop the check there, at a line and column where there is one.
    static let textProblems: [(text: [UInt8], problem: String)] = [
        (Array("{\n  \"formatVersion\": 1,\n  \"roles\": [,]\n}\n".utf8), ":3:13: this is not valid JSON: expected a value"),
        (Array("{\"formatVersion\": 1, \"roles\": [".utf8), ":1:32: the file ends too early (cut off?)"),
        (Array("{\"formatVersion\": 1, \"roles\": [{\"name\": \"".utf8) + [0xFF, 0x22, 0x7D, 0x5D, 0x7D],
         ":1:42: this is not UTF-8 text (saved in another encoding, or damaged?)"),
        (Array("{\"formatVersion\": 1,\n \"formatVersion\": 1}".utf8),
         ":2:2: \"formatVersion\" appears twice in the same object (left over from a merge?); keep one"),
        (Array(" \n\n".utf8), ": the file is empty"),
        (Array("[]".utf8), ": field (top level): expected an object, found a list"),
        (Array("{\"roles\": []}".utf8), ": field formatVersion: this field is missing"),
        (Array("{\"formatVersion\": 2}".utf8), ": field formatVersion: this program reads catalog format 1, found 2"),
        (Array("{\"formatVersion\": 1.5}".utf8), ":1:19: the number 1.5 cannot be read here: too large, or a fraction "
            + "where a whole number belongs"),
    ]

    @Test(arguments: textProblems)
    func aProblemInTheTextIsTheOnlyOneReported(text: [UInt8], problem: String) throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let path = cli.folder.appendingPathComponent("text.json").path
        try Data(text).write(to: URL(fileURLWithPath: path))
        #expect(try cli.run(["catalog", "check", path])
                == .init(stdout: "\(path)\(problem)\n\(path): 1 problem\n", stderr: "", status: 65))
    }

    @Test func everyRecordThatDoesNotReadIsListed() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let path = try write("""
            {
              "formatVersion": "1",
              "replace": "yes",
              "phases": {"id": "later"},
              "colour": "red",
              "skills": [
                {"id": "rust", "name": "Rust", "category": "programming", "hours": "ten", "prerequisites": [], "learn": "l", "show": "s"},
                {"id": "go", "name": "Go", "category": "programming", "hours": 10, "prerequisites": [], "learn": "l"},
                {"id": "zig", "name": null, "category": "programming", "hours": 10, "prerequisites": [], "learn": "l", "show": "s"},
                {"id": "c", "name": "C", "category": "programming", "hours": 10, "prerequisites": [], "learn": "l", "show": "s", "level": 2},
                "swift"
              ],
              "roles": [
                {"id": "lone-role", "name": "Lone", "steppingStone": false, "summary": "s", "responsibilities": [],
                 "pay": [{"label": "Average", "min": 90000.5, "max": 100000, "plus": false, "currency": "USD", "period": "year",
                          "sources": ["x"], "note": "n"}],
                 "outlook": [], "entryRoutes": [], "progression": [], "industries": [],
                 "requiredSkills": ["c"], "niceToHaveSkills": [], "sources": ["x"]}
              ]
            }
            """, named: "form.json", in: cli)
        #expect(try cli.run(["catalog", "check", path]) == .init(stdout: """
            \(path): field formatVersion: expected a number, found text
            \(path): field replace: expected true or false, found text
            \(path): field phases: expected a list, found an object
            \(path): field skills[rust].hours: expected a number, found text
            \(path): field skills[go].show: this field is missing
            \(path): field skills[zig].name: expected text, found null
            \(path): field skills[4]: expected an object, found text
            \(path): field roles[lone-role]: a number in this record is too large, or has a fraction where a whole number belongs
            \(path): field colour: unknown field
            \(path): field skills[c].level: unknown field
            \(path): 10 problems

            """, stderr: "", status: 65))
    }

    @Test func aReplacementNeedsEverySection() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let path = try write(#"{"formatVersion": 1, "replace": true, "skills": [], "roles": null}"#, named: "alone.json", in: cli)
        #expect(try cli.run(["catalog", "check", path]) == .init(stdout: """
            \(path): field sources: this field is missing
            \(path): field phases: this field is missing
            \(path): field categories: this field is missing
            \(path): field roles: this field is missing
            \(path): 4 problems

            """, stderr: "", status: 65))
    }

    /// Once every record reads, the whole catalog, built-in records included, is checked as merged.
    @Test func everyInconsistencyInAnOverlayIsListedAgainstTheMergedCatalog() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let path = try write("""
            {
              "formatVersion": 1,
              "sources": [{"id": "Bad Source", "title": "A source"}],
              "categories": [{"id": "systems-x", "name": "Systems", "phase": "later"}],
              "skills": [
                {"id": "rust", "name": "Rust", "category": "systems", "hours": 0, "prerequisites": ["rust", "cobol"],
                 "learn": "l", "show": "s", "sources": ["rumour"]},
                {"id": "python", "name": "Python", "category": "programming", "hours": 60, "prerequisites": ["numpy"],
                 "learn": "l", "show": "s"},
                {"id": "sql", "name": "SQL", "category": "programming", "hours": 2000.5, "prerequisites": [], "learn": "l", "show": "s"},
                {"id": "sql", "name": "SQL again", "category": "programming", "hours": 30, "prerequisites": [], "learn": "l", "show": "s"}
              ],
              "roles": [
                {"id": "lone-role", "name": "Lone", "steppingStone": false, "summary": "s", "responsibilities": [],
                 "typicalDay": {"parts": [], "sources": []},
                 "pay": [{"label": "Average", "min": 90000, "max": 80000, "plus": false, "currency": "USD", "period": "year", "sources": []}],
                 "outlook": [{"text": "Growing.", "sources": []}], "entryRoutes": [], "progression": [], "industries": [],
                 "requiredSkills": [], "niceToHaveSkills": ["ghost"], "sources": []}
              ]
            }
            """, named: "overlay.json", in: cli)
        #expect(try cli.run(["catalog", "check", path]) == .init(stdout: """
            \(path): source "Bad Source": field id: ids are lowercase letters, digits and single hyphens
            \(path): skill "sql": field id: this id is used twice
            \(path): category "systems-x": field phase: unknown phase "later"
            \(path): skill "sql": field hours: expected more than 0 and at most 2000 hours, found 2000.5
            \(path): skill "rust": field category: unknown category "systems"
            \(path): skill "rust": field hours: expected more than 0 and at most 2000 hours, found 0
            \(path): skill "rust": field prerequisites: unknown skill "cobol"
            \(path): skill "rust": field prerequisites: a skill cannot need itself
            \(path): skill "rust": field sources: unknown source "rumour"
            \(path): role "lone-role": field niceToHaveSkills: unknown skill "ghost"
            \(path): role "lone-role": field requiredSkills: a role needs at least one required skill
            \(path): role "lone-role": field sources: a role needs at least one source
            \(path): role "lone-role": field typicalDay.sources: a typical day needs at least one source
            \(path): role "lone-role": field pay[0].sources: a figure needs at least one source
            \(path): role "lone-role": field pay[0]: expected 0 < min <= max, found 90000–80000
            \(path): role "lone-role": field outlook[0].sources: an outlook statement needs at least one source
            \(path): skill "python": field prerequisites: prerequisites go round in a circle: python -> numpy -> python
            \(path): 17 problems

            """, stderr: "", status: 65))
    }
}
