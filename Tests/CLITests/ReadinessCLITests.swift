import Foundation
import Testing

/// Readiness = done ÷ required, where required is the role's required skills
/// plus all their prerequisites (transitively), skipped ones left out of the
/// total and reported apart. The expected numbers are worked out here from
/// Resources/catalog.json, not taken from the program.
@Suite struct ReadinessCLITests {
    /// A mix of states touching many roles, including prerequisites no role lists directly.
    static let states: [String: String] = [
        "python": "done", "linear-algebra": "done", "sql": "done", "command-line-basics": "done",
        "communication": "done", "neural-networks": "done",
        "statistics": "learning", "pandas": "learning",
        "calculus": "skipped", "git-version-control": "skipped", "rl-basics": "skipped",
    ]

    static func record(_ states: [String: String], in cli: CLIRunner) throws {
        for state in ["done", "learning", "skipped"] {
            let ids = states.filter { $0.value == state }.map(\.key).sorted()
            let result = try cli.runOnFile(["tick"] + ids + ["--state", state])
            #expect(result.status == 0, "\(result.stderr)")
        }
    }

    @Test func theClosureReachesBeyondTheListedSkills() throws {
        // Guards the other tests: if no role needed an unlisted prerequisite they would prove less.
        let catalog = try ReferenceCatalog()
        let role = catalog.role("ml-engineer")
        let unlisted = catalog.requiredClosure(of: role).filter { !role.requiredSkills.contains($0) }
        #expect(unlisted.contains("command-line-basics") && unlisted.contains("communication"))
    }

    @Test func statusJSONReadinessMatchesTheClosureForEveryRole() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try Self.record(Self.states, in: cli)
        let catalog = try ReferenceCatalog()
        let status = try JSONOutput.object(try cli.runOnFile(["status", "--json"]).stdout)
        let roles = try #require(status["roles"] as? [[String: Any]])
        #expect(roles.count == catalog.roles.count)
        for (json, role) in zip(roles, catalog.roles) {
            let expected = catalog.readiness(of: role, states: Self.states)
            let readiness = try #require(json["readiness"] as? [String: Any])
            #expect(json["id"] as? String == role.id)
            #expect(JSONOutput.int(readiness["done"]) == expected.done, "\(role.id) done")
            #expect(JSONOutput.int(readiness["learning"]) == expected.learning, "\(role.id) learning")
            #expect(JSONOutput.int(readiness["todo"]) == expected.todo, "\(role.id) todo")
            #expect(JSONOutput.int(readiness["skipped"]) == expected.skipped, "\(role.id) skipped")
            #expect(JSONOutput.int(readiness["total"]) == expected.total, "\(role.id) total")
            #expect(JSONOutput.int(readiness["percent"]) == expected.percent, "\(role.id) percent")
            #expect(JSONOutput.double(readiness["hoursLeft"]) == expected.hoursLeft, "\(role.id) hoursLeft")
        }
        let counts = try #require(status["counts"] as? [String: Any])
        #expect(counts.mapValues { JSONOutput.int($0) ?? -1 } == [
            "done": 6, "learning": 2, "skipped": 3, "todo": catalog.skills.count - 11,
        ])
    }

    @Test func statusTextLinesMatchTheClosureForEveryRole() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try Self.record(Self.states, in: cli)
        let catalog = try ReferenceCatalog()
        let lines = try cli.runOnFile(["status"]).stdout.split(separator: "\n").map(String.init)
        for role in catalog.roles {
            let expected = catalog.readiness(of: role, states: Self.states)
            let line = try #require(lines.first { $0.hasPrefix("  " + role.name + " ") }, "\(role.id)")
            let filled = expected.done * 20 / expected.total
            var tail = String(repeating: "█", count: filled) + String(repeating: "░", count: 20 - filled)
            tail += "  " + String(repeating: " ", count: 4 - "\(expected.percent)%".count) + "\(expected.percent)%"
            tail += "  \(expected.done)/\(expected.total)"
            if expected.skipped > 0 { tail += " (\(expected.skipped) skipped)" }
            #expect(line.hasSuffix("  " + tail), "\(role.id): \(line)")
        }
    }

    @Test func rolesJSONAndTheTickAnswerAgreeWithTheClosure() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let catalog = try ReferenceCatalog()
        #expect(try cli.runOnFile(["target", "ml-engineer"]).status == 0)
        try Self.record(Self.states, in: cli)
        let roles = try JSONOutput.array(try cli.runOnFile(["roles", "--json"]).stdout)
        for (json, role) in zip(roles, catalog.roles) {
            let readiness = try #require(json["readiness"] as? [String: Any])
            let expected = catalog.readiness(of: role, states: Self.states)
            #expect(JSONOutput.int(readiness["total"]) == expected.total, "\(role.id)")
            #expect(JSONOutput.int(readiness["skipped"]) == expected.skipped, "\(role.id)")
        }

        // Ticking a prerequisite that ml-engineer does not list itself still counts for it.
        var after = Self.states
        after["data-structures-algorithms"] = "done"
        #expect(!catalog.role("ml-engineer").requiredSkills.contains("data-structures-algorithms"))
        #expect(catalog.requiredClosure(of: catalog.role("ml-engineer")).contains("data-structures-algorithms"))
        let expected = catalog.readiness(of: catalog.role("ml-engineer"), states: after)
        #expect(try cli.runOnFile(["tick", "data-structures-algorithms"]) == .init(stdout: """
            data-structures-algorithms: done
            Machine learning engineer: \(expected.done) of \(expected.total) skills done (\(expected.percent)%), \
            \(expected.skipped) skipped

            """, stderr: "", status: 0))
        #expect(expected.done == 7 && expected.skipped == 3 && expected.total == 39)
    }

    @Test func aRoleWithEverySkillSkippedIsAtZeroPercentNotDivideByZero() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let catalog = try ReferenceCatalog()
        let closure = catalog.requiredClosure(of: catalog.role("data-analyst"))
        #expect(try cli.runOnFile(["tick"] + closure + ["--state", "skipped"]).status == 0)
        #expect(try cli.runOnFile(["target", "data-analyst"]) == .init(
            stdout: "Data analyst: 0 of 0 skills done (0%), \(closure.count) skipped\n", stderr: "", status: 0))
    }

    @Test func everyRequiredSkillDoneIsAFullBar() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let catalog = try ReferenceCatalog()
        let closure = catalog.requiredClosure(of: catalog.role("data-analyst"))
        #expect(try cli.runOnFile(["tick"] + closure).status == 0)
        let status = try cli.runOnFile(["status"]).stdout
        #expect(status.contains("  Data analyst               ████████████████████  100%  22/22\n"))
    }
}
