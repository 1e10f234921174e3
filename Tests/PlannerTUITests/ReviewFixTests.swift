import Testing
import PlannerEngine
@testable import PlannerTUI

/// Behaviour found missing in review: each one pinned here.
@Suite struct ReviewFixTests {
    typealias F = TUIFixture

    @Test func nothingButQuitWorksWhileTheTerminalIsTooSmall() {
        var state = F.state(width: 60, height: 20, focus: .skills)
        let before = state.planner.progress
        #expect(F.press([.character("j"), .character(" "), .character("u")], &state) == Effects())
        #expect(state.planner.progress == before)
        #expect(F.press([.character("q")], &state) == Effects(quit: true))
    }

    @Test func aClickInTheSkillDetailsSelectsNothing() {
        var state = F.state(width: 120, height: 40, focus: .skills)
        let cursor = state.cursor(in: .skills)
        let details = Layout(state).skillDetailsArea()!
        F.press([.click(row: details.y + 2, column: details.x + 3)], &state)
        #expect(state.cursor(in: .skills) == cursor)
    }

    @Test func deleteRemovesTheCharacterAfterTheCursor() {
        var editor = LineEditor("abc")
        editor.moveLeft()
        editor.moveLeft()
        editor.deleteForward()
        #expect(editor.text == "ac")
        editor.deleteBackward()
        #expect(editor.text == "c")
    }

    @Test func aRolesFilterMatchingNothingLeavesSkillsEmpty() {
        var state = F.state(focus: .roles)
        F.press([.character("/")] + F.type("zzz") + [.enter], &state)
        #expect(PaneContent.skillRows(state).isEmpty)
        #expect(PaneContent.selectedSkill(state) == nil)
    }

    @Test func planningWithoutATargetSaysHowToChooseOne() {
        var state = F.freshState()
        F.press([.character("p")], &state)
        #expect(state.overlay == nil)
        #expect(state.message == "Choose a target role first: select it in Roles and press t")
    }
}
