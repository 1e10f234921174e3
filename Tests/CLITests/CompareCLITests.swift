import Foundation
import Testing

/// `career-planner compare` on the file InsightFixture describes.
///
/// From ReferenceCatalog (checked in `compareJSONSplitsTheClosures`): Machine
/// learning engineer's required closure has 42 skills, Data analyst's 22; 18 are
/// in both (with the 4 done and sql skipped among them), 24 only in the first,
/// 4 only in the second. Hours left, over the skills neither done nor skipped:
/// both 50 (statistics) + 15 + 20 + 15 + 25 + 30 + 20 + 20 + 20 + 10 + 20 + 15 + 20 = 280;
/// only the first 765 (1045 - 280); only the second 15 + 10 + 10 + 15 = 50 (330 - 280).
@Suite struct CompareCLITests {
    /// Labels take 12 cells and each role's column (78 - 12) / 2 = 33; then, for each part,
    /// its open skills by category in catalog order, wrapped at 74 cells.
    static let page = [
        "            Machine learning engineer        Data analyst",
        "Readiness   9% (4 of 41), 1 skipped          19% (4 of 21), 1 skipped",
        "Hours left  1045 h                           330 h",
        "",
        "Both need: 18 skills, 4 done, 1 skipped, 280 h left",
        "  Mathematics: Statistics",
        "  Programming: Git and version control, Testing and code documentation",
        "  Data: NumPy, pandas, Data cleaning and preprocessing, Data visualisation,",
        "    Exploratory data analysis",
        "  ML fundamentals: Core machine learning concepts",
        "  Portfolio and experience: GitHub project documentation",
        "  Soft skills: Communication and explaining complex ideas, Collaboration",
        "    across teams, Problem solving",
        "",
        "Only Machine learning engineer needs: 24 skills, 0 done, 765 h left",
        "  Mathematics: Calculus, Optimisation",
        "  Programming: Data structures and algorithms, Object-oriented programming",
        "  Data: Feature engineering",
        "  ML fundamentals: Supervised learning, scikit-learn, Model evaluation,",
        "    Unsupervised learning, Hyperparameter tuning, Algorithm families and when",
        "    to use them",
        "  Deep learning: Neural network fundamentals, PyTorch",
        "  Reinforcement learning: Reinforcement learning basics",
        "  Engineering and deployment: Model deployment, Model monitoring and",
        "    retraining",
        "  Cloud and big data: Cloud ML services (AWS, Google Cloud, Azure), Hadoop",
        "    and Spark",
        "  Portfolio and experience: End-to-end ML project",
        "  Career and job search: Interview prep: coding challenges, Interview prep:",
        "    ML theory, Interview prep: ML system design, Interview prep: project",
        "    presentation",
        "  Soft skills: Project management and organisation",
        "",
        "Only Data analyst needs: 4 skills, 0 done, 50 h left",
        "  Career and job search: Networking and community, Leveraging domain",
        "    expertise, Targeting job titles and tailoring applications",
        "  Soft skills: Business understanding",
    ]

    @Test func compareShowsBothRolesAndWhatEachNeeds() throws {
        let cli = try InsightFixture.make()
        defer { cli.cleanUp() }
        #expect(try InsightFixture.read(cli, ["compare", "ml-engineer", "data-analyst"]) == InsightFixture.ok(Self.page))
    }

    /// A part whose skills are all done or skipped says so. With Data analyst's whole
    /// closure done, the 4 skills only it needs (Data scientist's closure holds the other 18:
    /// numpy, linear-algebra and ml-concepts through pandas and supervised-learning, git,
    /// command-line-basics and testing-documentation through github-documentation) and the
    /// 18 both need have nothing left.
    @Test func aPartWithNothingOpenSaysSo() throws {
        let cli = try CLIRunner(today: InsightFixture.today)
        defer { cli.cleanUp() }
        let catalog = PlanReference.catalog
        let analyst = catalog.requiredClosure(of: catalog.role("data-analyst"))
        try cli.succeed([["tick"] + analyst])
        let scientist = catalog.requiredClosure(of: catalog.role("data-scientist"))
        #expect(analyst.filter { !scientist.contains($0) }
                == ["networking-community", "domain-expertise", "collaboration", "problem-solving"])
        let result = try InsightFixture.read(cli, ["compare", "data-analyst", "data-scientist"])
        #expect(result.status == 0 && result.stderr == "")
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // Data scientist: 29 skills, the 18 shared done: 18 × 100 / 29 = 62%; the other 11 hold 370 h.
        let allDone = Dictionary(uniqueKeysWithValues: analyst.map { ($0, "done") })
        let ready = catalog.readiness(of: catalog.role("data-scientist"), states: allDone)
        #expect((ready.done, ready.total, ready.hoursLeft) == (18, 29, 370))
        #expect(lines.prefix(3) == [
            "            Data analyst                     Data scientist",
            "Readiness   100% (22 of 22)                  62% (18 of 29)",
            "Hours left  0 h                              370 h",
        ])
        for heading in ["Both need: 18 skills, 18 done, 0 h left", "Only Data analyst needs: 4 skills, 4 done, 0 h left"] {
            let index = lines.firstIndex(of: heading)
            #expect(index.map { lines[$0 + 1] } == "  nothing left to learn", "\(heading)")
        }
    }

    @Test func compareJSONSplitsTheClosures() throws {
        let cli = try InsightFixture.make()
        defer { cli.cleanUp() }
        let result = try InsightFixture.read(cli, ["compare", "ml-engineer", "data-analyst", "--json"])
        #expect(result.status == 0 && result.stderr == "")
        let json = try JSONOutput.object(result.stdout)
        #expect(Set(json.keys) == ["first", "second", "shared", "onlyFirst", "onlySecond"])

        let catalog = PlanReference.catalog
        let states = InsightFixture.states
        for (key, id) in [("first", "ml-engineer"), ("second", "data-analyst")] {
            let role = try #require(json[key] as? [String: Any])
            #expect(role["id"] as? String == id && role["name"] as? String == catalog.role(id).name)
            let readiness = try #require(role["readiness"] as? [String: Any])
            let ready = catalog.readiness(of: catalog.role(id), states: states)
            #expect(["done", "learning", "todo", "skipped", "total", "percent"].map { JSONOutput.int(readiness[$0]) }
                    == [ready.done, ready.learning, ready.todo, ready.skipped, ready.total, ready.percent])
            #expect(JSONOutput.double(readiness["hoursLeft"]) == ready.hoursLeft)
        }

        let a = catalog.requiredClosure(of: catalog.role("ml-engineer"))
        let b = catalog.requiredClosure(of: catalog.role("data-analyst"))
        #expect((a.count, b.count) == (42, 22))
        let parts = [("shared", a.filter(b.contains)), ("onlyFirst", a.filter { !b.contains($0) }), ("onlySecond", b.filter { !a.contains($0) })]
        var hours: [Double] = []
        for (key, skills) in parts {
            let part = try #require(json[key] as? [String: Any])
            #expect(part["skills"] as? [String] == skills, "\(key)")
            #expect(JSONOutput.int(part["done"]) == skills.filter { states[$0] == "done" }.count, "\(key)")
            #expect(JSONOutput.int(part["skipped"]) == skills.filter { states[$0] == "skipped" }.count, "\(key)")
            let left = skills.filter { states[$0] == nil || states[$0] == "learning" }.reduce(0) { $0 + catalog.skill($1).hours }
            #expect(JSONOutput.double(part["hoursLeft"]) == left, "\(key)")
            hours.append(left)
        }
        #expect(hours == [280, 765, 50])
        #expect(parts.map { $0.1.count } == [18, 24, 4])
    }

    @Test func theSameRoleTwiceIsRefused() throws {
        let cli = try InsightFixture.make()
        defer { cli.cleanUp() }
        let refusal = InsightFixture.usage("compare needs two different roles, found \"ml-engineer\" twice")
        #expect(try InsightFixture.read(cli, ["compare", "ml-engineer", "ml-engineer"]) == refusal)
        #expect(try InsightFixture.read(cli, ["compare", "ml-engineer", "ml-engineer", "--json"]) == refusal)
    }

    @Test func anUnknownRoleIsRefused() throws {
        let cli = try InsightFixture.make()
        defer { cli.cleanUp() }
        let refusal = InsightFixture.usage("unknown role \"data\"; did you mean \"data-analyst\" or \"data-scientist\"?")
        #expect(try InsightFixture.read(cli, ["compare", "data", "ml-engineer"]) == refusal)
        #expect(try InsightFixture.read(cli, ["compare", "ml-engineer", "data", "--json"]) == refusal)
    }
}
