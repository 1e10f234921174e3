import Foundation
import Testing

/// `career-planner roles` and the errors of `role ID`.
@Suite struct RolesCLITests {
    @Test func rolesListsEveryRoleWithReadinessAndFirstPayFigure() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let result = try cli.runOnFile(["roles"])
        #expect(result == .init(stdout: """
              ID                        ROLE                           READY  PAY (US dollars a year)
              ml-engineer               Machine learning engineer         0%  $134,000–$215,000 (average range)
              ai-research-scientist     AI research scientist             0%  $133,000 (approximate average)
              nlp-engineer              NLP engineer                      0%  no figure in our sources
              computer-vision-engineer  Computer vision engineer          0%  no figure in our sources
              data-scientist            Data scientist                    0%  no figure in our sources
              mlops-engineer            MLOps engineer                    0%  no figure in our sources
              automl-engineer           AutoML engineer                   0%  no figure in our sources
              ai-ethics-specialist      AI ethics specialist              0%  no figure in our sources
              data-analyst              Data analyst (stepping stone)     0%  no figure in our sources

            'career-planner role ID' shows a role in full, with the sources of its figures.

            """, stderr: "", status: 0))
        #expect(cli.dataBytes() == nil, "listing must not create the data file")
    }

    @Test func rolesMarksTheTargetAndShowsProgress() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try StatusCLITests.recordProgress(cli)
        let result = try cli.runOnFile(["roles"])
        #expect(result == .init(stdout: """
              ID                        ROLE                           READY  PAY (US dollars a year)
            * ml-engineer               Machine learning engineer         7%  $134,000–$215,000 (average range)
              ai-research-scientist     AI research scientist             9%  $133,000 (approximate average)
              nlp-engineer              NLP engineer                      9%  no figure in our sources
              computer-vision-engineer  Computer vision engineer          9%  no figure in our sources
              data-scientist            Data scientist                   10%  no figure in our sources
              mlops-engineer            MLOps engineer                   10%  no figure in our sources
              automl-engineer           AutoML engineer                   9%  no figure in our sources
              ai-ethics-specialist      AI ethics specialist             10%  no figure in our sources
              data-analyst              Data analyst (stepping stone)    13%  no figure in our sources

            'career-planner role ID' shows a role in full, with the sources of its figures.

            """, stderr: "", status: 0))
    }

    @Test func rolesJSONHasTheDocumentedFieldsForEveryRole() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.runOnFile(["target", "data-analyst"]).status == 0)
        let result = try cli.runOnFile(["roles", "--json"])
        #expect(result.status == 0 && result.stderr == "")
        let roles = try JSONOutput.array(result.stdout)
        let catalog = try ReferenceCatalog()
        #expect(roles.map { $0["id"] as? String } == catalog.roles.map(\.id))
        for (role, expected) in zip(roles, catalog.roles) {
            #expect(Set(role.keys) == ["id", "name", "steppingStone", "target", "readiness", "pay"])
            #expect(role["name"] as? String == expected.name)
            #expect(role["steppingStone"] as? Bool == expected.steppingStone)
            #expect(role["target"] as? Bool == (expected.id == "data-analyst"))
            let readiness = try #require(role["readiness"] as? [String: Any])
            #expect(Set(readiness.keys) == ["done", "learning", "todo", "skipped", "total", "percent", "hoursLeft"])
            #expect(JSONOutput.int(readiness["total"]) == catalog.requiredClosure(of: expected).count)
        }

        let pay = try #require(roles[0]["pay"] as? [[String: Any]])
        #expect(pay.count == 4)
        #expect(Set(pay[0].keys) == ["label", "min", "max", "plus", "currency", "period", "sources"])
        #expect(pay[0]["label"] as? String == "Average range")
        #expect(JSONOutput.int(pay[0]["min"]) == 134_000 && JSONOutput.int(pay[0]["max"]) == 215_000)
        #expect(pay[0]["currency"] as? String == "USD" && pay[0]["period"] as? String == "year")
        #expect(pay[0]["plus"] as? Bool == false)
        #expect(pay[0]["sources"] as? [String] == ["jenkins-2025"])
        #expect(pay[3]["plus"] as? Bool == true)
        #expect(pay[3]["via"] as? String == "Glassdoor" && pay[3]["asOf"] as? String == "2024-12")
        #expect((roles[8]["pay"] as? [Any])?.isEmpty == true, "no figure in the sources: an empty list, not an invented one")
    }

    @Test func unknownRoleSuggestsTheClosestIDs() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.runOnFile(["role", "ml-enginer"]) == .init(
            stdout: "", stderr: "career-planner: unknown role \"ml-enginer\"; did you mean \"ml-engineer\" or \"nlp-engineer\"?\n",
            status: 64))
        #expect(try cli.runOnFile(["role", "data"]) == .init(
            stdout: "", stderr: "career-planner: unknown role \"data\"; did you mean \"data-analyst\" or \"data-scientist\"?\n",
            status: 64))
        #expect(try cli.runOnFile(["role", "pilot", "--json"]) == .init(
            stdout: "", stderr: "career-planner: unknown role \"pilot\"; 'career-planner roles' lists them\n", status: 64))
        #expect(cli.dataBytes() == nil)
    }

    @Test func roleWithoutAnIDIsAUsageError() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let result = try cli.runOnFile(["role"])
        #expect(result.status == 64)
        #expect(result.stdout == "")
        #expect(result.stderr.hasPrefix("Error: Missing expected argument '<id>'\n"))
    }
}
