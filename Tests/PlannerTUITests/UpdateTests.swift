import Testing
import PlannerEngine
@testable import PlannerTUI

/// Each key on a given state gives the expected state and effects.
@Suite struct UpdateTests {
    typealias F = TUIFixture

    static func skillIDs(_ state: AppState) -> [String] {
        PaneContent.skillRows(state).compactMap { if case .skill(let skill) = $0 { return skill.id } else { return nil } }
    }

    /// The cursor is on an item, its row is inside the pane's list area, and the drawn screen highlights it.
    static func expectSelectionInView(_ state: AppState, sourceLocation: SourceLocation = #_sourceLocation) {
        let pane = state.focus
        let items = PaneContent.itemRows(pane, state)
        guard let area = Layout(state).listArea(pane), !items.isEmpty else { return }
        let cursor = state.cursor(in: pane)
        #expect(cursor >= 0 && cursor < items.count, sourceLocation: sourceLocation)
        let row = items[min(max(cursor, 0), items.count - 1)]
        let scroll = state.scroll[pane] ?? 0
        #expect(scroll <= row && row < scroll + area.height, "row \(row) scroll \(scroll) height \(area.height)",
                sourceLocation: sourceLocation)
        let screenRow = area.y + row - scroll
        let roles = Array(F.draw(state).roleRows[screenRow])
        #expect(roles[area.x..<(area.x + area.width)].allSatisfy { $0 == "S" }, sourceLocation: sourceLocation)
    }

    // MARK: Moving

    @Test func jAndKStayInRangeInRoles() {
        var state = F.state()
        #expect(state.cursor(in: .roles) == 0)
        F.press([.character("k")], &state)
        #expect(state.cursor(in: .roles) == 0)
        F.press([.character("j"), .down], &state)
        #expect(state.cursor(in: .roles) == 2)
        #expect(PaneContent.selectedRole(state)?.id == "nlp-engineer")
        F.press([.up], &state)
        #expect(state.cursor(in: .roles) == 1)
        F.press(Array(repeating: .character("j"), count: 20), &state)
        #expect(state.cursor(in: .roles) == 8)
        F.press([.character("g")], &state)
        #expect(state.cursor(in: .roles) == 0)
        F.press([.character("G")], &state)
        #expect(state.cursor(in: .roles) == 8)
        F.press([.home], &state)
        #expect(state.cursor(in: .roles) == 0)
        F.press([.end], &state)
        #expect(PaneContent.selectedRole(state)?.id == "data-analyst")
        Self.expectSelectionInView(state)
    }

    @Test func movingInSkillsKeepsTheSelectionInView() {
        var state = F.state(focus: .skills)
        let count = Self.skillIDs(state).count
        #expect(count > 30)
        #expect(Layout(state).listArea(.skills)?.height == 12)
        // PgDn moves by the list height less one.
        F.press([.pageDown], &state)
        #expect(state.cursor(in: .skills) == 11)
        Self.expectSelectionInView(state)
        F.press([.pageDown, .pageDown], &state)
        #expect(state.cursor(in: .skills) == 33)
        Self.expectSelectionInView(state)
        F.press([.character("G")], &state)
        #expect(state.cursor(in: .skills) == count - 1)
        #expect(PaneContent.selectedSkill(state)?.id == Self.skillIDs(state).last)
        Self.expectSelectionInView(state)
        F.press([.character("j"), .pageDown], &state)
        #expect(state.cursor(in: .skills) == count - 1)
        F.press([.pageUp], &state)
        #expect(state.cursor(in: .skills) == count - 12)
        Self.expectSelectionInView(state)
        F.press([.character("g")], &state)
        #expect(state.cursor(in: .skills) == 0)
        #expect(state.scroll[.skills] == 0)
        Self.expectSelectionInView(state)
        F.press([.pageUp, .character("k")], &state)
        #expect(state.cursor(in: .skills) == 0)
        // One step at a time through the whole list and back.
        for _ in 0..<count {
            F.press([.character("j")], &state)
            Self.expectSelectionInView(state)
        }
        for _ in 0..<count {
            F.press([.character("k")], &state)
            Self.expectSelectionInView(state)
        }
    }

    @Test func scrollingUpShowsTheGroupHeading() {
        var state = F.state(focus: .skills)
        F.press([.character("G")], &state)
        // Up to the first skill of its group: the heading above it comes into view too.
        let rows = PaneContent.skillRows(state)
        while true {
            let items = PaneContent.itemRows(.skills, state)
            let row = items[state.cursor(in: .skills)]
            if case .category = rows[row - 1] {
                #expect(state.scroll[.skills]! <= row - 1)
                break
            }
            F.press([.character("k")], &state)
        }
    }

    @Test func movingInScheduleAndSideBySide() {
        var state = F.state(width: 120, height: 40, focus: .schedule)
        let weeks = PaneContent.itemRows(.schedule, state).count
        #expect(weeks > 40)
        F.press([.character("G")], &state)
        #expect(state.cursor(in: .schedule) == weeks - 1)
        Self.expectSelectionInView(state)
        F.press([.pageUp, .pageUp], &state)
        Self.expectSelectionInView(state)
        F.press([.character("g")], &state)
        #expect(PaneContent.selectedWeek(state) == 1)
        Self.expectSelectionInView(state)
    }

    @Test func theWheelMovesThreeAtATime() {
        var state = F.state()
        F.press([.wheelDown], &state)
        #expect(state.cursor(in: .roles) == 3)
        F.press([.wheelUp, .wheelUp], &state)
        #expect(state.cursor(in: .roles) == 0)
    }

    // MARK: Panes

    @Test func tabShiftTabAndDigitsChangeFocus() {
        var state = F.state()
        F.press([.tab], &state)
        #expect(state.focus == .skills)
        F.press([.tab], &state)
        #expect(state.focus == .schedule)
        F.press([.tab], &state)
        #expect(state.focus == .progress)
        F.press([.tab], &state)
        #expect(state.focus == .roles)
        F.press([.backTab], &state)
        #expect(state.focus == .progress)
        F.press([.backTab], &state)
        #expect(state.focus == .schedule)
        F.press([.backTab], &state)
        #expect(state.focus == .skills)
        F.press([.character("4")], &state)
        #expect(state.focus == .progress)
        F.press([.character("1")], &state)
        #expect(state.focus == .roles)
        F.press([.character("3")], &state)
        #expect(state.focus == .schedule)
        F.press([.character("2")], &state)
        #expect(state.focus == .skills)
        // The narrow layout shows only the focused pane.
        #expect(Layout(state).panes.keys.map { $0 } == [.skills])
    }

    @Test func skillsFollowTheSelectedRoleAndAShowsAll() {
        var state = F.state()
        let mine = Self.skillIDs(state)
        F.press([.character("j")], &state)
        let research = Self.skillIDs(state)
        #expect(research != mine)
        F.press([.character("2"), .character("a")], &state)
        #expect(state.showAllSkills)
        #expect(Self.skillIDs(state).count == F.catalog.skills.count)
        F.press([.character("a")], &state)
        #expect(Self.skillIDs(state) == research)
    }

    // MARK: Changing progress

    @Test func spaceTogglesDoneSavesAndPushesUndo() {
        var state = F.state(focus: .skills)
        F.press([.character("j"), .character("j"), .character("j")], &state)
        #expect(PaneContent.selectedSkill(state)?.id == "statistics")
        let before = state.planner.progress
        let effects = F.press([.character(" ")], &state)
        #expect(effects == Effects(save: true))
        #expect(state.planner.progress.state(of: "statistics") == .done)
        #expect(state.planner.progress.skills["statistics"]?.changed == F.today)
        #expect(state.undoStack == [before])
        #expect(state.redoStack.isEmpty)
        #expect(state.message == "statistics: done")
        let after = state.planner.progress
        #expect(F.press([.character(" ")], &state) == Effects(save: true))
        #expect(state.planner.progress.state(of: "statistics") == .todo)
        #expect(state.undoStack == [before, after])
    }

    @Test func undoAndRedo() {
        var state = F.state(focus: .skills)
        F.press([.character("j"), .character("j"), .character("j")], &state)
        let before = state.planner.progress
        F.press([.character(" ")], &state)
        let after = state.planner.progress
        #expect(before != after)

        #expect(F.press([.character("u")], &state) == Effects(save: true))
        #expect(state.planner.progress == before)
        #expect(state.undoStack.isEmpty)
        #expect(state.redoStack == [after])
        #expect(state.message == "Undone")

        #expect(F.press([.control("r")], &state) == Effects(save: true))
        #expect(state.planner.progress == after)
        #expect(state.undoStack == [before])
        #expect(state.redoStack.isEmpty)

        // A new change clears what could be redone.
        F.press([.character("u")], &state)
        F.press([.character("l")], &state)
        #expect(state.redoStack.isEmpty)
        F.press([.character("u")], &state)
        #expect(state.planner.progress == before)

        // Nothing left: a message, no save.
        #expect(F.press([.character("u")], &state) == Effects())
        #expect(state.message == "Nothing to undo")
        var fresh = F.state()
        #expect(F.press([.control("r")], &fresh) == Effects())
        #expect(fresh.message == "Nothing to redo")
    }

    @Test func undoWorksFromAnyPane() {
        var state = F.state(focus: .skills)
        let before = state.planner.progress
        F.press([.character("j"), .character("j"), .character("j"), .character(" "), .character("3"), .character("u")], &state)
        #expect(state.planner.progress == before)
    }

    @Test func learningAndSkippedToggle() {
        var state = F.state(focus: .skills)
        F.press([.character("j"), .character("j"), .character("j")], &state)
        #expect(F.press([.character("l")], &state) == Effects(save: true))
        #expect(state.planner.progress.state(of: "statistics") == .learning)
        F.press([.character("l")], &state)
        #expect(state.planner.progress.state(of: "statistics") == .todo)
        #expect(F.press([.character("s")], &state) == Effects(save: true))
        #expect(state.planner.progress.state(of: "statistics") == .skipped)
        F.press([.character("s")], &state)
        #expect(state.planner.progress.state(of: "statistics") == .todo)
        #expect(state.undoStack.count == 4)
        // Marks as drawn: move off the row and look at it.
        F.press([.character("l"), .character("j")], &state)
        let grid = F.draw(state)
        let row = grid.rows.firstIndex { $0.hasPrefix("  [~] Statistics") }
        #expect(row != nil)
        if let row { #expect(grid.roleRows[row].hasPrefix("LLLLL ")) }
    }

    @Test func markingKeysDoNothingOutsideSkills() {
        var state = F.state()
        let before = state.planner.progress
        for key in [" ", "l", "s", "n"] { F.press([.character(Character(key))], &state) }
        #expect(state.planner.progress == before)
        #expect(state.overlay == nil)
    }

    @Test func tSetsTheTarget() {
        var state = F.state()
        F.press([.character("j"), .character("j"), .character("j"), .character("j")], &state)
        #expect(PaneContent.selectedRole(state)?.id == "data-scientist")
        let effects = F.press([.character("t")], &state)
        #expect(effects == Effects(save: true))
        #expect(state.planner.progress.targetRole == "data-scientist")
        #expect(state.message == "Target: Data scientist")
        #expect(F.draw(state).rows[0].hasPrefix("career-planner  Data scientist  "))
        // Already the target: nothing changes, nothing to save.
        #expect(F.press([.character("t")], &state) == Effects())
        #expect(state.undoStack.count == 1)
    }

    // MARK: Prompts

    @Test func noteTypedAndKept() {
        var state = F.state(focus: .skills)
        F.press([.character("n")], &state)
        guard case .prompt(let prompt) = state.overlay else { Issue.record("no prompt"); return }
        #expect(prompt.purpose == .note(skillID: "linear-algebra"))
        #expect(prompt.editor.text.isEmpty)
        // Keys that mean something elsewhere are text here.
        F.press(F.type("quit: Strang ch 1-3"), &state)
        F.press([.left, .left, .left, .backspace, .character("."), .right, .right, .right, .right, .character("!")], &state)
        guard case .prompt(let typed) = state.overlay else { Issue.record("prompt closed"); return }
        #expect(typed.editor.text == "quit: Strang ch.1-3!")
        let effects = F.press([.enter], &state)
        #expect(effects == Effects(save: true))
        #expect(state.overlay == nil)
        #expect(state.planner.progress.skills["linear-algebra"]?.note == "quit: Strang ch.1-3!")
        #expect(state.planner.progress.state(of: "linear-algebra") == .done)
        #expect(state.undoStack.count == 1)
        #expect(state.message == "Note kept")
        // Opening it again starts from the note.
        F.press([.character("n")], &state)
        guard case .prompt(let again) = state.overlay else { Issue.record("no prompt"); return }
        #expect(again.editor.text == "quit: Strang ch.1-3!")
    }

    @Test func noteEscapeCancelsWithoutChange() {
        var state = F.state(focus: .skills)
        let before = state.planner.progress
        F.press([.character("n")] + F.type("draft"), &state)
        let effects = F.press([.escape], &state)
        #expect(effects == Effects())
        #expect(state.overlay == nil)
        #expect(state.planner.progress == before)
        #expect(state.undoStack.isEmpty)
    }
}
