import Testing
@testable import PlannerEngine
@testable import PlannerTUI

/// What frames keep between keys (the header's readiness and pace, the
/// Skills pane's rows) is worked out again whenever what it comes from
/// changes: a tick, an undo, the day, the role, the scope, the filter.
@Suite struct KeptValuesTests {
    typealias F = TUIFixture

    @Test func theHeaderFollowsTicksUndoAndTheDay() {
        var state = F.state(focus: .skills)
        func header() -> String { F.draw(state).rows[0] }
        #expect(header().hasSuffix("7% (3/41)                 Pace: on track"))
        #expect(header().hasSuffix("7% (3/41)                 Pace: on track"), "drawn again from what was kept")
        F.press([.character("j"), .character(" ")], &state)  // calculus: done → todo
        #expect(header().hasSuffix("4% (2/41)                 Pace: on track"))
        F.press([.character("u")], &state)
        #expect(header().hasSuffix("7% (3/41)                 Pace: on track"))
        state.today = F.today.adding(days: 60)
        #expect(!header().contains("on track"))
        #expect(header().contains("Pace: ") && header().contains("behind"))
    }

    @Test func theRolesPaneFollowsTicksAndUndo() {
        var state = F.state(focus: .roles)
        func targetRow() -> String? { F.text(F.draw(state)).split(separator: "\n").first { $0.contains("* Machine learning engineer") }.map(String.init) }
        #expect(targetRow()?.hasSuffix(" 7%") == true)
        F.press([.character("2"), .character("j"), .character(" "), .character("1")], &state)  // calculus: done → todo
        #expect(targetRow()?.hasSuffix(" 4%") == true)
        F.press([.character("u")], &state)
        #expect(targetRow()?.hasSuffix(" 7%") == true)
    }

    @Test func theSkillRowsFollowTicksTheRoleTheScopeAndTheFilter() {
        var state = F.state(focus: .skills)
        func counts() -> [String] {
            PaneContent.skillRows(state).compactMap {
                if case .category(let category, let done, let counted) = $0 { return "\(category.id) \(done)/\(counted)" }
                return nil
            }
        }
        let first = counts()
        #expect(first.first == "mathematics 2/5")
        F.press([.character("j"), .character(" ")], &state)
        #expect(counts().first == "mathematics 1/5")
        F.press([.character("a")], &state)
        let all = PaneContent.skillRows(state).count
        #expect(all > 41 + first.count, "every skill of the catalog, not only the role's")
        F.press([.character("a")], &state)
        F.press([.character("/")] + F.type("python") + [.enter], &state)
        #expect(PaneContent.skillRows(state).map {
            if case .skill(let skill) = $0 { return skill.id } else { return "-" }
        } == ["-", "python"])
        F.press([.character("/"), .escape], &state)
        #expect(counts().first == "mathematics 1/5")
        let target = PaneContent.skillRows(state)
        F.press([.character("1"), .character("j")], &state)  // another role selected in Roles
        #expect(PaneContent.selectedRole(state)?.id != "ml-engineer")
        #expect(PaneContent.skillRows(state) != target)
        #expect(PaneContent.skillRows(state) == PaneContent.makeSkillRows(state, role: PaneContent.selectedRole(state)))
    }

    @Test func theScheduleRowsFollowThePlanAndTheFilter() throws {
        var state = F.state(focus: .schedule)
        let twelve = PaneContent.scheduleRows(state)
        try state.planner.plan(.init(months: 18, replan: true), today: F.today)
        let plan = try #require(state.planner.progress.plan)
        let eighteen = PaneContent.scheduleRows(state)
        #expect(eighteen.count > twelve.count)
        #expect(eighteen == PaneContent.makeScheduleRows(state, plan: plan))
        F.press([.character("/")] + F.type("Week 7") + [.enter], &state)
        let filtered = PaneContent.scheduleRows(state)
        #expect(filtered.count < eighteen.count && filtered.contains(.week(7)))
        #expect(filtered == PaneContent.makeScheduleRows(state, plan: plan))
    }
}
