import Foundation
import Testing

/// `career-planner catalog check [PATH]`: every problem at once, exit 65 if any.
@Suite struct CatalogCheckCLITests {
    static let brokenCatalog = """
        {
          "formatVersion": 1,
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
            stdout: "\(path): no problems: 9 roles, 81 skills, 14 categories, 3 sources\n", stderr: "", status: 0))
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

    @Test func aCatalogWithAMissingFieldNamesIt() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let text = Self.brokenCatalog.replacingOccurrences(of: #""hours": 5, "#, with: "")
        let path = try write(text, named: "missing.json", in: cli)
        #expect(try cli.run(["catalog", "check", path]) == .init(stdout: """
            \(path): field skills[numpy].hours: this field is missing
            \(path): 1 problem

            """, stderr: "", status: 65))
    }

    @Test func aCatalogFileThatDoesNotExistIsAUsageError() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let path = cli.folder.appendingPathComponent("nowhere.json").path
        let result = try cli.run(["catalog", "check", path])
        #expect(result.status == 74)
        #expect(result.stdout == "")
        #expect(result.stderr.hasPrefix("career-planner: cannot read \(path): "))
    }

    @Test func catalogCheckNeitherReadsNorWritesTheDataFile() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.writeData("not json at all")
        #expect(try cli.runOnFile(["catalog", "check"]).status == 0)
        #expect(cli.dataBytes() == Data("not json at all".utf8))
    }
}
