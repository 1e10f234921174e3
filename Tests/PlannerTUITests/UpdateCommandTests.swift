import Testing
import PlannerEngine
@testable import PlannerTUI

/// Logging, planning, filtering, help, quitting, the mouse and resizing.
extension UpdateTests {
    @Test func logMinutesForTheSelectedSkill() {
        var state = F.state(focus: .skills)
        F.press([.character("j"), .character("j"), .character("j"), .character("L")], &state)
        guard case .prompt(let prompt) = state.overlay else { Issue.record("no prompt"); return }
        #expect(prompt.purpose == .logMinutes(skillID: "statistics"))
        #expect(prompt.label == "Minutes studied on statistics:")
        let before = state.planner.progress
        F.press(F.type("45"), &state)
        #expect(F.press([.enter], &state) == Effects(save: true))
        #expect(state.planner.progress.log == [LogEntry(date: F.today, minutes: 45, skillID: "statistics")])
        // A skill still to do becomes learning.
        #expect(state.planner.progress.state(of: "statistics") == .learning)
        #expect(state.message == "Logged 45 min on statistics")
        // One undo takes back both.
        F.press([.character("u")], &state)
        #expect(state.planner.progress == before)
    }

    @Test func logMinutesFromScheduleTakesTheWeeksFirstSkill() {
        var state = F.state(focus: .schedule)
        F.press([.character("L")], &state)
        guard case .prompt(let prompt) = state.overlay else { Issue.record("no prompt"); return }
        #expect(prompt.purpose == .logMinutes(skillID: "probability"))
        F.press(F.type("30") + [.enter], &state)
        #expect(state.planner.progress.log.last?.skillID == "probability")
        #expect(state.planner.progress.state(of: "probability") == .learning)
    }

    @Test(arguments: ["abc", "", "0", "1441", "-5"])
    func badMinutesGiveAnErrorAndNoChange(text: String) {
        var state = F.state(focus: .skills)
        let before = state.planner.progress
        F.press([.character("L")] + F.type(text), &state)
        let effects = F.press([.enter], &state)
        #expect(effects == Effects())
        #expect(state.planner.progress == before)
        #expect(state.undoStack.isEmpty)
        #expect(state.messageIsError)
        #expect(state.message != nil)
        // Shown in the status line, in the error role.
        let grid = F.draw(state)
        #expect(grid.roleRows[22].hasPrefix("EEE"))
    }

    @Test func planAsksMonthsThenHours() {
        var state = F.state(plan: false)
        F.press([.character("p")], &state)
        guard case .prompt(let months) = state.overlay else { Issue.record("no prompt"); return }
        #expect(months.purpose == .planMonths)
        #expect(months.editor.text == "15")
        #expect(F.press([.enter], &state) == Effects())
        guard case .prompt(let hours) = state.overlay else { Issue.record("no hours prompt"); return }
        #expect(hours.purpose == .planHours(months: 15))
        #expect(F.press([.enter], &state) == Effects(save: true))
        #expect(state.overlay == nil)
        let plan = state.planner.progress.plan
        #expect(plan?.settings.months == 15)
        #expect(plan?.settings.start == F.today)
        #expect(state.message == "Planned")
        #expect(state.undoStack.count == 1)
        F.press([.character("3")], &state)
        #expect(!F.text(F.draw(state)).contains(SchedulePane.noPlan))
    }

    @Test func replanWithOtherMonths() {
        var state = F.state()
        F.press([.character("p")], &state)
        guard case .prompt(let months) = state.overlay else { Issue.record("no prompt"); return }
        #expect(months.editor.text == "12")
        F.press([.backspace, .backspace] + F.type("18") + [.enter, .enter], &state)
        #expect(state.planner.progress.plan?.settings.months == 18)
        #expect(state.undoStack.count == 1)
        #expect(state.message == "Replanned")
        #expect(!state.messageIsError)
    }

    /// Months are checked as soon as they are given, before the hours are asked.
    @Test(arguments: [(["ab"], "Months must be a whole number from 12 to 18, found \"ab\""),
                      (["30"], "Months must be a whole number from 12 to 18, found \"30\""),
                      (["3"], "Months must be a whole number from 12 to 18, found \"3\""),
                      (["15", "x"], "Hours must be a number, found \"x\""), (["15", "500"], nil)])
    func badPlanNumbersGiveAnErrorAndNoChange(answers: [String], message: String?) {
        var state = F.state(plan: false)
        let before = state.planner.progress
        F.press([.character("p"), .backspace, .backspace], &state)
        for answer in answers { F.press(F.type(answer) + [.enter], &state) }
        #expect(state.overlay == nil)
        #expect(state.planner.progress == before)
        #expect(state.undoStack.isEmpty)
        #expect(state.messageIsError)
        if let message { #expect(state.message == message) } else { #expect(state.message != nil) }
    }

    @Test func planWithoutATargetSaysSo() {
        var state = F.freshState()
        F.press([.character("p"), .enter, .enter], &state)
        #expect(state.planner.progress.plan == nil)
        #expect(state.messageIsError)
    }

    // MARK: Filter

    @Test func filterNarrowsAsYouTypeEnterKeepsEscClears() {
        var state = F.state()
        F.press([.character("j"), .character("/")], &state)
        #expect(state.filterEditor != nil)
        var counts: [Int] = []
        for character in "data" {
            F.press([.character(character)], &state)
            counts.append(PaneContent.roles(state).count)
            #expect(state.cursor(in: .roles) == 0)
        }
        #expect(counts == counts.sorted(by: >))
        #expect(PaneContent.roles(state).map(\.id) == ["data-scientist", "data-analyst"])
        #expect(F.draw(state).rows[22].hasPrefix("Filter Roles: data "))
        F.press([.enter], &state)
        #expect(state.filterEditor == nil)
        #expect(state.filter[.roles] == "data")
        #expect(PaneContent.roles(state).count == 2)
        #expect(F.draw(state).rows[22].hasPrefix("Filtered by \"data\" (/ then Esc clears)"))
        // Keys work normally again, on the narrowed list.
        F.press([.character("j")], &state)
        #expect(PaneContent.selectedRole(state)?.id == "data-analyst")
        // / then Esc clears.
        F.press([.character("/"), .escape], &state)
        #expect(state.filter[.roles] == nil)
        #expect(PaneContent.roles(state).count == 9)
    }

    @Test func filterEscapeWhileTypingClearsAndQIsText() {
        var state = F.state(focus: .skills)
        F.press([.character("/")] + F.type("q"), &state)
        #expect(state.filter[.skills] == "q")
        let effects = F.press([.escape], &state)
        #expect(effects == Effects())
        #expect(state.filter[.skills] == nil)
        #expect(state.filterEditor == nil)
    }

    @Test func filterWithNoMatchIsSafe() {
        var state = F.state(focus: .skills)
        let before = state.planner.progress
        F.press([.character("/")] + F.type("zzzz") + [.enter, .character(" "), .character("j"), .character("G"), .enter], &state)
        #expect(F.draw(state).rows[2].hasPrefix("No skill matches the filter"))
        #expect(state.planner.progress == before)
        #expect(state.overlay == nil)
    }

    // MARK: Overlays

    @Test func helpOpensAndCloses() {
        var state = F.state()
        F.press([.character("?")], &state)
        #expect(state.overlay == .help)
        F.press([.escape], &state)
        #expect(state.overlay == nil)
        F.press([.character("?"), .character("?")], &state)
        #expect(state.overlay == nil)
    }

    @Test func enterOpensTheSelectedRolesPage() {
        var state = F.state()
        F.press([.character("j"), .enter], &state)
        #expect(state.overlay == .roleDetail(roleID: "ai-research-scientist"))
        F.press([.character("q")], &state)
        #expect(state.overlay == nil)
        F.press([.character("2"), .enter], &state)
        #expect(state.overlay == .skillDetail(skillID: PaneContent.selectedSkill(state)!.id))
    }

    /// Scrolling a page past its end and back: one k moves the text one line up.
    @Test func overlayScrollStopsAtTheEnd() {
        var state = F.state()
        // The help has 31 lines (28 keys, a blank, 2 notes) in 20 rows: it scrolls to 11 at most; 10 is one before.
        F.press([.character("?")] + Array(repeating: .character("j"), count: 10), &state)
        let ninth = F.text(F.draw(state))
        F.press(Array(repeating: .character("j"), count: 30) + Array(repeating: .pageDown, count: 3), &state)
        let end = F.text(F.draw(state))
        #expect(end != ninth)
        F.press([.character("k")], &state)
        #expect(F.text(F.draw(state)) == ninth, "after scrolling past the end, k should move back a line")
    }

    // MARK: Quitting

    @Test func qQuits() {
        var state = F.state()
        #expect(F.press([.character("q")], &state) == Effects(quit: true))
    }

    @Test func qWithUnsavedChangesAsksFirst() {
        var state = F.state()
        state.unsaved = true
        #expect(F.press([.character("q")], &state) == Effects())
        #expect(state.overlay == .confirmQuit)
        // n, Esc or q cancel; other keys do nothing.
        F.press([.character("x")], &state)
        #expect(state.overlay == .confirmQuit)
        #expect(F.press([.character("n")], &state) == Effects())
        #expect(state.overlay == nil)
        F.press([.character("q"), .escape], &state)
        #expect(state.overlay == nil)
        F.press([.character("q")], &state)
        #expect(F.press([.character("y")], &state) == Effects(quit: true))
    }

    struct SaveFailed: Error, CustomStringConvertible {
        var description: String { "disk full" }
    }

    @Test func sessionKeepsAFailedSaveAndAsksBeforeQuitting() {
        let storage = MemoryStorage()
        storage.failure = SaveFailed()
        var session = TUISession(state: F.state(focus: .skills), storage: storage, export: { _, _ in })
        var running = session.handle(.character(" "))
        #expect(running)
        session.settle()
        #expect(session.state.unsaved)
        #expect(session.state.planner.progress.state(of: "linear-algebra") == .todo)
        #expect(session.frame().rows[22].hasPrefix("Not saved: disk full (retried on the next change)"))
        running = session.handle(.character("q"))
        #expect(running)
        #expect(session.state.overlay == .confirmQuit)
        running = session.handle(.character("n"))
        #expect(running)
        // The next change retries and succeeds.
        storage.failure = nil
        running = session.handle(.character("j"))
        running = session.handle(.character(" "))
        session.settle()
        #expect(!session.state.unsaved)
        #expect(storage.saves.count == 1)
        running = session.handle(.character("q"))
        #expect(!running)
    }

    // MARK: Mouse and resize

    @Test func clickSelectsARowNarrow() {
        var state = F.state()
        F.press([.click(row: 5, column: 10)], &state)
        #expect(state.focus == .roles)
        #expect(PaneContent.selectedRole(state)?.id == "computer-vision-engineer")
        // Below the last role: nothing selected, nothing changes.
        F.press([.click(row: 15, column: 10)], &state)
        #expect(state.cursor(in: .roles) == 3)
    }

    @Test func clickFocusesAndSelectsSideBySide() {
        var state = F.state(width: 120, height: 40)
        F.press([.click(row: 5, column: 50)], &state)
        #expect(state.focus == .skills)
        #expect(PaneContent.selectedSkill(state)?.id == "calculus")
        // A heading (December 2026): focus only.
        F.press([.click(row: 6, column: 100)], &state)
        #expect(state.focus == .schedule)
        #expect(state.cursor(in: .schedule) == 0)
        F.press([.click(row: 5, column: 100)], &state)
        #expect(PaneContent.selectedWeek(state) == 2)
        F.press([.click(row: 6, column: 3)], &state)
        #expect(state.focus == .roles)
        #expect(PaneContent.selectedRole(state)?.id == "computer-vision-engineer")
        // With an overlay open a click does nothing.
        F.press([.character("?"), .click(row: 4, column: 3)], &state)
        #expect(state.cursor(in: .roles) == 3)
    }

    @Test func clickOnAScrolledList() {
        var state = F.state(focus: .skills)
        F.press([.character("G")], &state)
        let scroll = state.scroll[.skills] ?? 0
        #expect(scroll > 0)
        F.press([.click(row: 3, column: 20)], &state)
        let items = PaneContent.itemRows(.skills, state)
        #expect(items[state.cursor(in: .skills)] == scroll + 1)
    }

    @Test func resizeChangesTheLayout() {
        var state = F.state(focus: .skills)
        F.press([.character("G")], &state)
        #expect(!Layout(state).sideBySide)
        F.press([.resize(width: 120, height: 40)], &state)
        #expect(state.width == 120 && state.height == 40)
        #expect(Layout(state).sideBySide)
        let wide = F.draw(state)
        // The rule under the header ends with the panes by number (4 tabs, 43 cells, each followed by a rule
        // cell: 73 + 47 = 120), the focused Skills tab (columns 83-92) in the tab role.
        #expect(wide.rows[1] == String(repeating: "─", count: 73) + " 1 Roles ─ 2 Skills ─ 3 Schedule ─ 4 Progress ─")
        #expect(wide.roleRows[1] == String(repeating: "|", count: 83) + String(repeating: "T", count: 10) + String(repeating: "|", count: 27))
        Self.expectSelectionInView(state)
        F.press([.resize(width: 80, height: 24)], &state)
        #expect(!Layout(state).sideBySide)
        // The focused tab says whose skills it lists.
        #expect(F.draw(state).rows[1].hasPrefix(" 1 Roles   2 Skills: Machine learning engineer   3 Schedule"))
        Self.expectSelectionInView(state)
        F.press([.resize(width: 60, height: 20)], &state)
        #expect(F.text(F.draw(state)).contains(SizeTests.message))
    }
}
