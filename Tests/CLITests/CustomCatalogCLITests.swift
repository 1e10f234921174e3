import Foundation
import Testing

/// Custom catalogs from `--catalog`, `CAREER_PLANNER_CATALOG` and the config
/// folder: which one is used, over the built-in catalog or in its place, and
/// what a bad one does to every command.
@Suite struct CustomCatalogCLITests {
    /// A custom catalog that adds one role needing Python.
    static func overlay(adding id: String) -> String {
        """
        {"formatVersion": 1, "roles": [{"id": "\(id)", "name": "Role \(id)", "steppingStone": false, "summary": "s",
          "responsibilities": [], "typicalDay": null, "pay": [], "outlook": [], "entryRoutes": [], "progression": [],
          "industries": [], "requiredSkills": ["python"], "niceToHaveSkills": [], "sources": ["jenkins-2025"]}]}
        """
    }

    static let badOverlay = """
        {"formatVersion": 1, "skills": [{"id": "rust", "name": "Rust", "category": "systems", "hours": 30,
          "prerequisites": [], "learn": "l", "show": "s"}]}
        """

    /// The ```json blocks of docs/catalog-format.md: the overlay, then the replacement.
    static func documentedExamples() throws -> [String] {
        let document = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/catalog-format.md")
        return try String(contentsOf: document, encoding: .utf8).components(separatedBy: "```json\n").dropFirst()
            .map { $0.components(separatedBy: "\n```")[0] }
    }

    /// Writes `text` at `relative` inside the runner's folder, making folders on the way; returns the path.
    func write(_ text: String, to relative: String, in cli: CLIRunner) throws -> String {
        let file = cli.folder.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
        return file.path
    }

    static let builtInRoles = """
          ml-engineer               Machine learning engineer         0%  $134,000–$215,000 (average range)
          ai-research-scientist     AI research scientist             0%  $133,000 (approximate average)
          nlp-engineer              NLP engineer                      0%  no figure in our sources
          computer-vision-engineer  Computer vision engineer          0%  no figure in our sources
          data-scientist            Data scientist                    0%  no figure in our sources
          mlops-engineer            MLOps engineer                    0%  no figure in our sources
          automl-engineer           AutoML engineer                   0%  no figure in our sources
          ai-ethics-specialist      AI ethics specialist              0%  no figure in our sources
          data-analyst              Data analyst (stepping stone)     0%  no figure in our sources
        """

    @Test func theDocumentedOverlayAddsItsRoleAfterTheBuiltInOnes() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let path = try write(try Self.documentedExamples()[0], to: "data-engineer.json", in: cli)
        #expect(try cli.runOnFile(["--catalog", path, "roles"]) == .init(stdout: """
              ID                        ROLE                           READY  PAY (US dollars a year)
            \(Self.builtInRoles)
              data-engineer             Data engineer                     0%  no figure in our sources

            'career-planner role ID' shows a role in full, with the sources of its figures.

            """, stderr: "", status: 0))
        #expect(try cli.run(["catalog", "check", path]) == .init(
            stdout: "\(path): no problems: 10 roles, 82 skills, 14 categories, 4 sources (over the built-in catalog)\n",
            stderr: "", status: 0))
    }

    @Test func theDocumentedReplacementStandsAlone() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let path = try write(try Self.documentedExamples()[1], to: "web.json", in: cli)
        let environment = ["CAREER_PLANNER_CATALOG": path]
        #expect(try cli.runOnFile(["roles"], environment: environment) == .init(stdout: """
              ID                  ROLE                 READY  PAY (US dollars a year)
              frontend-developer  Front-end developer     0%  no figure in our sources

            'career-planner role ID' shows a role in full, with the sources of its figures.

            """, stderr: "", status: 0))
        #expect(try cli.runOnFile(["skills"], environment: environment).stdout == """
            The web platform  0/2 done
              [ ] html-css    HTML and CSS              30 h
              [ ] javascript  JavaScript                60 h

            Applications  0/1 done
              [ ] web-app     A web app of your own     80 h

            """)
        #expect(try cli.run(["catalog", "check"], environment: environment) == .init(
            stdout: "\(path): no problems: 1 role, 3 skills, 2 categories, 1 source (in place of the built-in catalog)\n",
            stderr: "", status: 0))
    }

    @Test func theConfigFoldersCatalogIsUsedOnlyWhenItExists() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.run(["catalog", "check"]).stdout
                == "catalog.json (built in): no problems: 9 roles, 81 skills, 14 categories, 3 sources\n")
        let atHome = try write(Self.overlay(adding: "home-role"), to: ".config/career-planner/catalog.json", in: cli)
        #expect(try cli.run(["catalog", "check"]).stdout
                == "\(atHome): no problems: 10 roles, 81 skills, 14 categories, 3 sources (over the built-in catalog)\n")
        let xdg = cli.folder.appendingPathComponent("xdg").path
        #expect(try cli.run(["catalog", "check"], environment: ["XDG_CONFIG_HOME": xdg]).stdout
                == "catalog.json (built in): no problems: 9 roles, 81 skills, 14 categories, 3 sources\n")
        _ = try write(Self.overlay(adding: "xdg-role"), to: "xdg/career-planner/catalog.json", in: cli)
        let result = try cli.runOnFile(["roles", "--json"], environment: ["XDG_CONFIG_HOME": xdg])
        #expect(try JSONOutput.array(result.stdout).last?["id"] as? String == "xdg-role")
        #expect(try cli.run(["catalog", "check"], environment: ["XDG_CONFIG_HOME": "relative"]).stdout
                == "\(atHome): no problems: 10 roles, 81 skills, 14 categories, 3 sources (over the built-in catalog)\n")
    }

    @Test func theFlagBeatsTheEnvironmentWhichBeatsTheConfigFolder() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        _ = try write(Self.overlay(adding: "from-config"), to: ".config/career-planner/catalog.json", in: cli)
        let fromEnvironment = try write(Self.overlay(adding: "from-environment"), to: "env.json", in: cli)
        let fromFlag = try write(Self.overlay(adding: "from-flag"), to: "flag.json", in: cli)
        func lastRole(_ arguments: [String], _ environment: [String: String]) throws -> String? {
            let result = try cli.runOnFile(arguments + ["roles", "--json"], environment: environment)
            #expect(result.status == 0, "\(result.stderr)")
            return try JSONOutput.array(result.stdout).last?["id"] as? String
        }
        let both = ["CAREER_PLANNER_CATALOG": fromEnvironment]
        #expect(try lastRole(["--catalog", fromFlag], both) == "from-flag")
        #expect(try lastRole([], both) == "from-environment")
        #expect(try lastRole([], ["CAREER_PLANNER_CATALOG": ""]) == "from-config")
        let roles = try JSONOutput.array(try cli.runOnFile(["--catalog", fromFlag, "roles", "--json"], environment: both).stdout)
        #expect(roles.count == 10, "only one custom catalog is used")
    }

    @Test func aNamedCatalogThatIsNotThereIsAnError() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let missing = cli.folder.appendingPathComponent("nowhere.json").path
        #expect(try cli.runOnFile(["--catalog", missing, "status"])
                == .init(stdout: "", stderr: "career-planner: cannot find the catalog \(missing)\n", status: 66))
        #expect(try cli.runOnFile(["status"], environment: ["CAREER_PLANNER_CATALOG": missing]) == .init(
            stdout: "", stderr: "career-planner: cannot find the catalog \(missing) (named by CAREER_PLANNER_CATALOG)\n",
            status: 66))
        #expect(try cli.runOnFile(["--catalog", cli.folder.path, "status"]) == .init(
            stdout: "", stderr: "career-planner: cannot read the catalog \(cli.folder.path): it is a folder, not a file\n",
            status: 74))
        #expect(try cli.runOnFile(["--catalog", "", "status"]) == .init(
            stdout: "", stderr: "career-planner: the catalog path is empty; pass --catalog PATH with a file name\n",
            status: 64))
        #expect(cli.dataBytes() == nil)
    }

    @Test(arguments: [["status"], ["roles"], ["tick", "python"], ["target", "ml-engineer"], ["log", "30"],
                      ["plan", "--replan"], ["habit", "--minutes", "30"], ["catalog", "check"]])
    func aBadCatalogStopsTheCommandAndLeavesTheDataFileAsItWas(command: [String]) throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.succeed([["target", "data-analyst"], ["tick", "sql"], ["plan"]])
        let before = cli.snapshot()
        let path = try write(Self.badOverlay, to: ".config/career-planner/catalog.json", in: cli)
        let problem = "\(path): skill \"rust\": field category: unknown category \"systems\""
        let expected: CLIRunner.Result = command == ["catalog", "check"]
            ? .init(stdout: "\(problem)\n\(path): 1 problem\n", stderr: "", status: 65)
            : .init(stdout: "", stderr: """
                career-planner: the catalog \(path) has 1 problem, so nothing was done ('career-planner catalog check \(path)' lists them too):
                \(problem)

                """, status: 65)
        #expect(try cli.runOnFile(command) == expected)
        #expect(cli.snapshot() == before)
    }

    @Test func progressOnRolesAndSkillsACatalogDoesNotKnowIsKeptAndShownAsSuch() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let web = try write(try Self.documentedExamples()[1], to: "web.json", in: cli)
        try cli.succeed([["target", "frontend-developer"], ["tick", "html-css"]], environment: ["CAREER_PLANNER_CATALOG": web])
        let saved = cli.dataBytes()
        let status = try cli.runOnFile(["status"])
        #expect(status.status == 0)
        #expect(status.stdout.hasPrefix("""
            Target role
              "frontend-developer" is not in the catalog; choose another with 'career-planner target ROLE'

            """))
        for command in [["status", "--short"], ["next"], ["stats"], ["roles"], ["skills"], ["today"], ["compare", "ml-engineer", "data-analyst"]] {
            let result = try cli.runOnFile(command)
            #expect(result.status == 0, "\(command): \(result.stderr)")
        }
        #expect(cli.dataBytes() == saved)
        #expect(try cli.runOnFile(["--catalog", web, "status", "--short"]).stdout == "Front-end developer 33% · streak 0\n")
    }
}
