import Foundation
import Testing

/// `career-planner skills [--role ID] [--category NAME] [--state STATE]`.
@Suite struct SkillsCLITests {
    /// python and numpy done, statistics learning, calculus skipped.
    static func recordProgress(_ cli: CLIRunner) throws {
        for command in [["tick", "python", "numpy"], ["tick", "statistics", "--state", "learning"],
                        ["tick", "calculus", "--state", "skipped"]] {
            #expect(try cli.runOnFile(command).status == 0)
        }
    }

    @Test func categoryListsItsSkillsWithStateAndHours() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try Self.recordProgress(cli)
        #expect(try cli.runOnFile(["skills", "--category", "mathematics"]) == .init(stdout: """
            Mathematics  0/4 done
              [ ] linear-algebra  Linear algebra     40 h
              [-] calculus        Calculus           40 h
              [ ] probability     Probability        35 h
              [~] statistics      Statistics         50 h
              [ ] optimisation    Optimisation       30 h

            """, stderr: "", status: 0))
    }

    @Test func roleAndCategoryTogetherNarrowToTheRolesSkillsInThatCategory() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try Self.recordProgress(cli)
        // Calculus and optimisation are not in the data analyst's closure.
        #expect(try cli.runOnFile(["skills", "--role", "data-analyst", "--category", "mathematics"]) == .init(stdout: """
            Mathematics  0/3 done
              [ ] linear-algebra  Linear algebra     40 h
              [ ] probability     Probability        35 h
              [~] statistics      Statistics         50 h

            """, stderr: "", status: 0))
    }

    /// The headings count the whole category, so a --state filter does not make them read 0/N or N/N.
    @Test func stateFilterGroupsByCategory() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try Self.recordProgress(cli)
        #expect(try cli.runOnFile(["skills", "--state", "done"]) == .init(stdout: """
            Programming  1/8 done
              [x] python  Python     60 h

            Data  1/6 done
              [x] numpy   NumPy      15 h

            """, stderr: "", status: 0))
        #expect(try cli.runOnFile(["skills", "--state", "skipped"]) == .init(stdout: """
            Mathematics  0/4 done
              [-] calculus  Calculus     40 h

            """, stderr: "", status: 0))
    }

    @Test func nothingMatchingSaysSo() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.runOnFile(["skills", "--category", "nlp", "--state", "done"])
            == .init(stdout: "No skills match.\n", stderr: "", status: 0))
        #expect(try cli.runOnFile(["skills", "--category", "nlp", "--state", "done", "--json"])
            == .init(stdout: "[]\n", stderr: "", status: 0))
    }

    /// The whole listing, rendered here from catalog.json: categories in catalog
    /// order, ids padded to the longest, names to at most 40 cells (cut with …).
    @Test func fullListingHasEverySkillOnceUnderItsCategory() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try Self.recordProgress(cli)
        let catalog = try ReferenceCatalog()
        let states = ["python": "done", "numpy": "done", "statistics": "learning", "calculus": "skipped"]
        let marks = ["done": "[x]", "learning": "[~]", "skipped": "[-]", "todo": "[ ]"]
        let idWidth = catalog.skills.map(\.id.count).max()!
        let nameWidth = min(40, catalog.skills.map(\.name.count).max()!)
        func pad(_ text: String, _ width: Int) -> String {
            let cut = text.count > width ? String(text.prefix(width - 1)) + "…" : text
            return cut + String(repeating: " ", count: width - cut.count)
        }
        var groups: [String] = []
        for category in catalog.categories {
            let skills = catalog.skills.filter { $0.category == category.id }
            let counted = skills.filter { states[$0.id] != "skipped" }.count
            let done = skills.filter { states[$0.id] == "done" }.count
            var lines = ["\(category.name)  \(done)/\(counted) done"]
            for skill in skills {
                let hours = String(Int(skill.hours))
                lines.append("  \(marks[states[skill.id] ?? "todo"]!) \(pad(skill.id, idWidth))  \(pad(skill.name, nameWidth))  "
                             + String(repeating: " ", count: 5 - hours.count) + hours + " h")
            }
            groups.append(lines.joined(separator: "\n"))
        }
        let result = try cli.runOnFile(["skills"])
        #expect(result == .init(stdout: groups.joined(separator: "\n\n") + "\n", stderr: "", status: 0))
    }

    @Test func roleFilterIsTheRequiredClosurePlusNiceToHave() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let catalog = try ReferenceCatalog()
        for role in catalog.roles {
            let result = try cli.runOnFile(["skills", "--role", role.id, "--json"])
            #expect(result.status == 0)
            let listed = try JSONOutput.array(result.stdout).map { $0["id"] as? String }
            let wanted = Set(catalog.requiredClosure(of: role)).union(role.niceToHaveSkills)
            #expect(listed == catalog.skills.map(\.id).filter(wanted.contains), "\(role.id)")
        }
    }

    @Test func skillsJSONHasTheDocumentedFields() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.runOnFile(["tick", "numpy", "--state", "learning", "--note", "broadcasting next",
                                   "--evidence", "https://github.com/me/numpy-drills"]).status == 0)
        let result = try cli.runOnFile(["skills", "--category", "data", "--json"])
        #expect(result.status == 0 && result.stderr == "")
        let skills = try JSONOutput.array(result.stdout)
        #expect(skills.map { $0["id"] as? String } == ["numpy", "pandas", "data-cleaning", "data-visualisation",
                                                       "exploratory-data-analysis", "feature-engineering"])
        let numpy = skills[0]
        #expect(Set(numpy.keys) == ["id", "name", "category", "hours", "prerequisites", "state", "changed", "note",
                                    "evidence", "learn", "show"])
        #expect(numpy["name"] as? String == "NumPy")
        #expect(numpy["category"] as? String == "data")
        #expect(JSONOutput.double(numpy["hours"]) == 15)
        #expect(numpy["prerequisites"] as? [String] == ["python", "linear-algebra"])
        #expect(numpy["state"] as? String == "learning")
        #expect(numpy["changed"] as? String == "2026-11-22")
        #expect(numpy["note"] as? String == "broadcasting next")
        #expect(numpy["evidence"] as? [String] == ["https://github.com/me/numpy-drills"])
        #expect((numpy["learn"] as? String)?.isEmpty == false && (numpy["show"] as? String)?.isEmpty == false)

        // A skill never touched: todo, no changed date, no note, no evidence.
        let pandas = skills[1]
        #expect(pandas["state"] as? String == "todo")
        #expect(pandas["changed"] == nil || pandas["changed"] is NSNull)
        #expect(pandas["note"] == nil || pandas["note"] is NSNull)
        #expect(pandas["evidence"] as? [String] == [])
    }

    @Test func unknownCategoryOrRoleSuggestsAndExits64() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.runOnFile(["skills", "--category", "mathematic"]) == .init(
            stdout: "", stderr: "career-planner: unknown category \"mathematic\"; did you mean \"mathematics\"?\n", status: 64))
        #expect(try cli.runOnFile(["skills", "--category", "deep"]) == .init(
            stdout: "", stderr: "career-planner: unknown category \"deep\"; did you mean \"deep-learning\"?\n", status: 64))
        #expect(try cli.runOnFile(["skills", "--role", "nlp"]) == .init(
            stdout: "", stderr: "career-planner: unknown role \"nlp\"; did you mean \"nlp-engineer\"?\n", status: 64))
        #expect(try cli.runOnFile(["skills", "--category", "astrology"]) == .init(
            stdout: "", stderr: "career-planner: unknown category \"astrology\"; 'career-planner skills' lists them\n", status: 64))
        #expect(cli.dataBytes() == nil)
    }

    @Test func invalidStateFilterIsAUsageError() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let result = try cli.runOnFile(["skills", "--state", "finished"])
        #expect(result.status == 64)
        #expect(result.stdout == "")
        #expect(result.stderr.hasPrefix("""
            Error: The value 'finished' is invalid for '--state <state>'. \
            Please provide one of 'todo', 'learning', 'done' or 'skipped'.\n
            """))
    }
}
