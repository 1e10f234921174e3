import Foundation
import Testing

/// `career-planner next` on the file InsightFixture describes, and without a target.
///
/// Candidates: skills of the target's scope (its required skills and its
/// nice-to-have skills, each with what it needs first) neither done nor skipped
/// whose prerequisites all are.
/// With linear-algebra, python, command-line-basics and probability done and sql
/// skipped, that is calculus (no prerequisites), statistics (probability),
/// git-version-control (command-line-basics), oop and data-structures-algorithms
/// (python), numpy (python, linear-algebra), communication, collaboration,
/// problem-solving and project-management (none), and containers (nice to have:
/// command-line-basics, python): 11, checked against the catalog below.
///
/// Ranked by: due in the plan, learning, required (before nice to have), in the
/// current phase, skills it unlocks, fits this week's hours left, first plan week,
/// catalog order. Today (Dec 9) is plan week 3, whose first block is
/// linear-algebra (mathematics): the phase is Foundations (mathematics,
/// programming, data). Week 3 plans 1128 min; 90 + 10 + 30 are logged Dec 6-9:
/// 998 min (16.6 h) left. Minutes left = the catalog's hours less the time logged on the skill.
/// 1. calculus: planned from week 3 (due this week), learning; unlocks optimisation
///    (its other prerequisite, linear-algebra, is done); 2400 - 295 = 2105 min (35.1 h), more than 998.
/// 2. statistics: unlocks ml-concepts (python done) and r-basics (nice to have): 2;
///    3000 - 20 = 2980 min (49.7 h).
/// 3-5. unlocking 1 each: git-version-control (testing-documentation, python done),
///    numpy (pandas), data-structures-algorithms (interview-coding). git (900 min = 15 h)
///    and numpy (900 - 40 = 860 = 14.3 h) fit in 998, first planned in weeks 15 and 23;
///    data-structures-algorithms (3600 = 60 h) does not.
/// 6. oop: unlocks nothing (pytorch also needs neural-networks); 1500 min.
/// 7-10. the soft skills, not in the phase: collaboration and project-management
///    (900 min) fit, planned in weeks 63 and 65; communication and problem-solving
///    (1200) do not, weeks 61 and 64.
/// 11. containers: nice to have only, not in the plan.
@Suite struct NextCLITests {
    static let ranking = ["calculus", "statistics", "git-version-control", "numpy", "data-structures-algorithms", "oop",
                          "collaboration", "project-management", "communication", "problem-solving", "containers"]

    /// The first five items: a title wraps under itself at 76 - 6 - 1 = 69 cells (the fifth,
    /// 71 cells long, does), the reasons under the names at 76 - 3 - 4 = 69 cells.
    static let topFive = [
        "1. [~] Calculus (calculus) · 35.1 h left",
        "       due this week · already learning · on your target's path · in the",
        "       current phase · unlocks 1 skill",
        "2. [ ] Statistics (statistics) · 49.7 h left",
        "       on your target's path · in the current phase · unlocks 2 skills",
        "3. [ ] Git and version control (git-version-control) · 15 h left",
        "       on your target's path · in the current phase · unlocks 1 skill · fits",
        "       the 16.6 h left this week",
        "4. [ ] NumPy (numpy) · 14.3 h left",
        "       on your target's path · in the current phase · unlocks 1 skill · fits",
        "       the 16.6 h left this week",
        "5. [ ] Data structures and algorithms (data-structures-algorithms) · 60 h",
        "       left",
        "       on your target's path · in the current phase · unlocks 1 skill",
    ]

    static let heading = "Next to learn for Machine learning engineer (phase: Foundations; 16.6 h left in this week's plan)"

    @Test func theCandidatesAreTheReadyOpenSkillsOfTheTargetsScope() {
        let catalog = PlanReference.catalog
        let role = catalog.role("ml-engineer")
        // Nice-to-have skills come with what they need first, as in a plan that includes them.
        let scope = PlanReference.closure(of: role.requiredSkills + role.niceToHaveSkills)
        func open(_ id: String) -> Bool { InsightFixture.states[id] == nil || InsightFixture.states[id] == "learning" }
        let ready = scope.filter { open($0) && !catalog.skill($0).prerequisites.contains(where: open) }
        #expect(ready == Set(Self.ranking))
    }

    @Test func nextListsFiveByDefault() throws {
        let cli = try InsightFixture.make()
        defer { cli.cleanUp() }
        #expect(try InsightFixture.read(cli, ["next"]) == InsightFixture.ok([Self.heading] + Self.topFive.map { "  " + $0 }))
    }

    @Test func countTwoListsTheFirstTwo() throws {
        let cli = try InsightFixture.make()
        defer { cli.cleanUp() }
        // Calculus (3 lines) and statistics (2 lines).
        #expect(try InsightFixture.read(cli, ["next", "--count", "2"])
                == InsightFixture.ok([Self.heading] + Self.topFive.prefix(5).map { "  " + $0 }))
    }

    /// On Sun Dec 27 (week 6, all probability, which is done: still Foundations) calculus,
    /// planned in weeks 3 to 5, is overdue; week 6's 1128 min are all left, less than its 2105.
    @Test func aSkillPlannedToFinishInAnEarlierWeekIsOverdue() throws {
        let cli = try InsightFixture.make()
        defer { cli.cleanUp() }
        let json = try JSONOutput.object(try InsightFixture.read(cli, ["next", "--json", "--count", "1"], on: "2026-12-27").stdout)
        #expect(JSONOutput.int(json["minutesLeftThisWeek"]) == 1128)
        #expect(json["phase"] as? String == "foundations")
        let first = try #require((json["skills"] as? [[String: Any]])?.first)
        #expect(first["id"] as? String == "calculus")
        #expect((first["reasons"] as? [[String: Any]])?.map { "\($0["kind"] as? String ?? ""):\($0["text"] as? String ?? "")" } == [
            "overdue:overdue (planned to finish in week 5)", "learning:already learning", "requiredByTarget:on your target's path",
            "currentPhase:in the current phase", "unlocks:unlocks 1 skill",
        ])
    }

    @Test(arguments: ["0", "101", "-5"])
    func aCountOutsideOneToAHundredIsRefused(_ count: String) throws {
        let cli = try InsightFixture.make()
        defer { cli.cleanUp() }
        #expect(try InsightFixture.read(cli, ["next", "--count=\(count)"]) == .init(stdout: "", stderr: """
            Error: --count must be between 1 and 100, found \(count)
            Usage: career-planner next [--count <count>] [--file <path>] [--catalog <path>] [--json]
              See 'career-planner next --help' for more information.

            """, status: 64))
        #expect(try InsightFixture.read(cli, ["next", "--count=\(count)", "--json"]).status == 64)
    }

    /// No target and no file: the whole catalog, nothing done, no plan. The phase is the
    /// catalog's first with open skills, Foundations. Ready: the skills without prerequisites;
    /// in the phase, ranked by skills unlocked (those needing only them): python 2
    /// (data-structures-algorithms, oop), probability 1 (statistics), command-line-basics 1
    /// (git-version-control), then linear-algebra, calculus and sql with none, in catalog order.
    @Test func withoutATargetTheWholeCatalogIsInScope() throws {
        let cli = try CLIRunner(today: InsightFixture.today)
        defer { cli.cleanUp() }
        #expect(try cli.runOnFile(["next"]) == InsightFixture.ok([
            "Next to learn (phase: Foundations)",
            "  No target role: every skill in the catalog is in the list; choose one with 'career-planner target ROLE'.",
            "  1. [ ] Python (python) · 60 h left",
            "         in the current phase · unlocks 2 skills",
            "  2. [ ] Probability (probability) · 35 h left",
            "         in the current phase · unlocks 1 skill",
            "  3. [ ] Command line basics (command-line-basics) · 10 h left",
            "         in the current phase · unlocks 1 skill",
            "  4. [ ] Linear algebra (linear-algebra) · 40 h left",
            "         in the current phase",
            "  5. [ ] Calculus (calculus) · 40 h left",
            "         in the current phase",
        ]))
        #expect(!CLIRunner.exists(cli.dataFile), "reading must not create the data file")
        let json = try JSONOutput.object(try cli.runOnFile(["next", "--json", "--count", "6"]).stdout)
        #expect(json["targetRole"] == nil && json["minutesLeftThisWeek"] == nil)
        #expect(json["phase"] as? String == "foundations")
        #expect((json["skills"] as? [[String: Any]])?.map { $0["id"] as? String }
                == ["python", "probability", "command-line-basics", "linear-algebra", "calculus", "sql"])
    }

    @Test func nextJSONHasTheRankingWithReasons() throws {
        let cli = try InsightFixture.make()
        defer { cli.cleanUp() }
        let result = try InsightFixture.read(cli, ["next", "--json"])
        #expect(result.status == 0 && result.stderr == "")
        let json = try JSONOutput.object(result.stdout)
        #expect(Set(json.keys) == ["targetRole", "phase", "minutesLeftThisWeek", "skills"])
        #expect(json["targetRole"] as? String == "ml-engineer")
        #expect(json["phase"] as? String == "foundations")
        #expect(JSONOutput.int(json["minutesLeftThisWeek"]) == 1128 - 130)
        let five = try #require(json["skills"] as? [[String: Any]])
        #expect(five.map { $0["id"] as? String } == Array(Self.ranking.prefix(5)))

        // All of them (the count may be up to 100): id, state, minutes left, first plan week, reasons.
        let all = try #require(try JSONOutput.object(try InsightFixture.read(cli, ["next", "--json", "--count", "100"]).stdout)["skills"]
                               as? [[String: Any]])
        let fits = "fitsThisWeek:fits the 16.6 h left this week"
        let path = "requiredByTarget:on your target's path", phase = "currentPhase:in the current phase"
        let expected: [[String]] = [
            ["calculus", "Calculus", "learning", "2105", "3", "dueThisWeek:due this week", "learning:already learning", path, phase,
             "unlocks:unlocks 1 skill"],
            ["statistics", "Statistics", "todo", "2980", "7", path, phase, "unlocks:unlocks 2 skills"],
            ["git-version-control", "Git and version control", "todo", "900", "15", path, phase, "unlocks:unlocks 1 skill", fits],
            ["numpy", "NumPy", "todo", "860", "23", path, phase, "unlocks:unlocks 1 skill", fits],
            ["data-structures-algorithms", "Data structures and algorithms", "todo", "3600", "15", path, phase, "unlocks:unlocks 1 skill"],
            ["oop", "Object-oriented programming", "todo", "1500", "19", path, phase],
            ["collaboration", "Collaboration across teams", "todo", "900", "63", path, fits],
            ["project-management", "Project management and organisation", "todo", "900", "65", path, fits],
            ["communication", "Communication and explaining complex ideas", "todo", "1200", "61", path],
            ["problem-solving", "Problem solving", "todo", "1200", "64", path],
            ["containers", "Containers", "todo", "1200", "-", "niceToHave:nice to have for your target"],
        ]
        #expect(all.count == expected.count)
        for (skill, want) in zip(all, expected) {
            let reasons = (skill["reasons"] as? [[String: Any]] ?? []).map { "\($0["kind"] as? String ?? ""):\($0["text"] as? String ?? "")" }
            let got = [skill["id"] as? String ?? "", skill["name"] as? String ?? "", skill["state"] as? String ?? "",
                       "\(JSONOutput.int(skill["minutesLeft"]) ?? -1)", JSONOutput.int(skill["plannedWeek"]).map(String.init) ?? "-"]
            #expect(got + reasons == want)
            #expect(PlanReference.catalog.skill(want[0]).name == want[1])
        }
    }
}
