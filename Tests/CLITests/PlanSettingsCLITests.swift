import Foundation
import Testing

/// `career-planner plan --json`, and the settings a new plan takes.
@Suite struct PlanSettingsCLITests {
    @Test func planJSONHasTheDocumentedFields() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.succeed([["target", "ml-engineer"], ["tick", "linear-algebra", "--state", "learning"]])
        let result = try cli.runOnFile(["plan", "--json"])
        #expect(result.status == 0 && result.stderr == "")
        let plan = try JSONOutput.object(result.stdout)
        #expect(Set(plan.keys) == ["role", "start", "end", "months", "hoursPerWeek", "niceToHave", "totalMinutes", "weeks"])
        #expect(plan["role"] as? String == "ml-engineer")
        #expect(plan["start"] as? String == "2026-11-22")
        #expect(plan["end"] as? String == "2028-02-19")
        #expect(JSONOutput.int(plan["months"]) == 15)
        #expect(JSONOutput.double(plan["hoursPerWeek"]) == 18.8)
        #expect(plan["niceToHave"] as? Bool == false)
        #expect(JSONOutput.int(plan["totalMinutes"]) == 73200)
        let weeks = try #require(plan["weeks"] as? [[String: Any]])
        #expect(weeks.count == 65)
        #expect(Set(weeks[0].keys) == ["week", "start", "end", "blocks", "milestones"])
        let third = weeks[2]
        #expect(JSONOutput.int(third["week"]) == 3)
        #expect(third["start"] as? String == "2026-12-06")
        #expect(third["end"] as? String == "2026-12-12")
        #expect(third["milestones"] as? [String] == [])
        let blocks = try #require(third["blocks"] as? [[String: Any]])
        #expect(blocks.count == 2)
        #expect(Set(blocks[0].keys) == ["skill", "minutes", "state"])
        #expect(blocks[0]["skill"] as? String == "linear-algebra")
        #expect(JSONOutput.int(blocks[0]["minutes"]) == 144)
        #expect(blocks[0]["state"] as? String == "learning")
        #expect(blocks[1]["skill"] as? String == "calculus")
        #expect(JSONOutput.int(blocks[1]["minutes"]) == 984)
        #expect(blocks[1]["state"] as? String == "todo")
        #expect(weeks[54]["milestones"] as? [String] == ["First end-to-end project published"])
        #expect(weeks[62]["milestones"] as? [String] == ["Mock interviews done"])
        // --json shows the stored plan too, without writing.
        let before = cli.snapshot()
        #expect(try cli.runOnFile(["plan", "--json"]) == result)
        #expect(cli.snapshot() == before)
    }

    /// The heading of a new plan for each setting, worked out by `PlanReference`.
    @Test(arguments: [
        (["--months", "12"], PlanReference.heading(start: "2026-11-22", months: 12, totalMinutes: 73200)),
        (["--months", "18"], PlanReference.heading(start: "2026-11-22", months: 18, totalMinutes: 73200)),
        // 20 h a week: 61 weeks, which need 15 months (14 months from Nov 22 hold only 60).
        (["--hours-per-week", "20"], PlanReference.heading(start: "2026-11-22", months: 15, hoursPerWeek: 20,
                                                           totalMinutes: 73200)),
        (["--hours-per-week", "16", "--months", "18"],
         PlanReference.heading(start: "2026-11-22", months: 18, hoursPerWeek: 16, totalMinutes: 73200)),
        (["--start", "2026-12-01"], PlanReference.heading(start: "2026-12-01", months: 15, totalMinutes: 73200)),
        (["--nice-to-have"], PlanReference.heading(
            start: "2026-11-22", months: 15,
            totalMinutes: PlanReference.minutes(of: PlanReference.planSkills("ml-engineer", niceToHave: true)),
            niceToHave: true)),
    ])
    func settingsShowInTheHeading(arguments: [String], heading: String) throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.succeed([["target", "ml-engineer"]])
        let result = try cli.runOnFile(["plan"] + arguments)
        #expect(result.status == 0 && result.stderr == "")
        #expect(result.stdout.hasPrefix(heading + "\n\n"))
        // The settings are kept: shown again with no options, the same page.
        #expect(try cli.runOnFile(["plan"]) == result)
    }

    @Test func settingsHeadingsAsTheyRead() throws {
        // The same headings written out, so that a mistake shared by program and reference shows.
        let expected = [
            ["--months", "12"]: "Plan for Machine learning engineer: 2026-11-22 to 2027-11-20\n"
                + "  52 weeks at 23.5 h a week, 1220 h in all (made for 12 months)\n",
            ["--hours-per-week", "20"]: "Plan for Machine learning engineer: 2026-11-22 to 2028-01-22\n"
                + "  61 weeks at 20 h a week, 1220 h in all (made for 15 months)\n",
            ["--start", "2026-12-01"]: "Plan for Machine learning engineer: 2026-12-01 to 2028-02-28\n"
                + "  65 weeks at 18.8 h a week, 1220 h in all (made for 15 months)\n",
            ["--nice-to-have"]: "Plan for Machine learning engineer: 2026-11-22 to 2028-02-19\n"
                + "  65 weeks at 25.8 h a week, 1675 h in all (made for 15 months, with nice-to-have skills)\n",
        ]
        for (arguments, heading) in expected {
            let cli = try CLIRunner()
            defer { cli.cleanUp() }
            try cli.succeed([["target", "ml-engineer"]])
            let result = try cli.runOnFile(["plan"] + arguments)
            #expect(result.stdout.hasPrefix(heading + "\n"), "\(arguments)")
        }
    }
}
