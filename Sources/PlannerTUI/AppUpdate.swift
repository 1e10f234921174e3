import PlannerEngine

/// What an update asks of the loop around it.
public struct Effects: Equatable, Sendable {
    /// The progress changed: save it.
    public var save = false
    public var quit = false
    /// Render this export and write it.
    public var export: ExportRequest?
    /// Settle a clashing save this way.
    public var resolve: FileConflictDialog.Choice?

    public init(save: Bool = false, quit: Bool = false, export: ExportRequest? = nil, resolve: FileConflictDialog.Choice? = nil) {
        self.save = save
        self.quit = quit
        self.export = export
        self.resolve = resolve
    }
}

/// The one place the interface's state changes: a pure function of the state
/// and an action.
public enum AppUpdate {
    /// Turns a key into an action for the current state: overlays and the
    /// editor take keys first.
    public static func action(for key: Key, in state: AppState) -> Action? {
        switch key {
        case .resize(let width, let height): return .resize(width: width, height: height)
        case .click(let row, let column): return .click(row: row, column: column)
        case .wheelUp: return .scroll(-3)
        case .wheelDown: return .scroll(3)
        default: break
        }
        // Nothing can be seen below the minimum size, so nothing but quitting can be done.
        if Layout(state).tooSmall { return key == .character("q") && state.overlay == nil ? .quit : nil }
        switch state.overlay {
        case .prompt: return KeyMap.editingAction(for: key)
        case .exportFormat: return ExportDialog.action(for: key)
        case .fileConflict: return FileConflictDialog.action(for: key)
        case .confirmQuit:
            if key == .character("y") { return .confirm }
            return [.character("n"), .escape, .character("q")].contains(key) ? .cancel : nil
        case .help, .roleDetail, .skillDetail, .comparison:
            switch key {
            case .up, .character("k"): return .moveUp
            case .down, .character("j"): return .moveDown
            case .pageUp: return .pageUp
            case .pageDown, .character(" "): return .pageDown
            case .character("g"), .home: return .top
            case .character("G"), .end: return .bottom
            case .escape, .character("q"), .character("?"), .enter: return .cancel
            default: return nil
            }
        case nil:
            if state.filterEditor != nil { return KeyMap.editingAction(for: key) }
            return KeyMap.action(for: key, in: state.focus)
        }
    }

    @discardableResult
    public static func apply(_ action: Action, to state: inout AppState) -> Effects {
        var effects = Effects()
        switch action {
        case .resize(let width, let height):
            state.width = max(0, width)
            state.height = max(0, height)
        case .click(let row, let column):
            click(row: row, column: column, in: &state)
        case .scroll(let delta):
            if state.overlay != nil { state.overlayScroll = max(0, state.overlayScroll + delta) } else { move(by: delta, in: &state) }
        default:
            if state.overlay != nil {
                effects = OverlayUpdate.apply(action, to: &state)
            } else if state.filterEditor != nil {
                filter(action, in: &state)
            } else {
                effects = main(action, in: &state)
            }
        }
        keepCursorsInView(&state)
        return effects
    }

    /// Actions of the main view.
    static func main(_ action: Action, in state: inout AppState) -> Effects {
        state.message = nil
        switch action {
        case .moveUp: move(by: -1, in: &state)
        case .moveDown: move(by: 1, in: &state)
        case .pageUp: move(by: -pageSize(state), in: &state)
        case .pageDown: move(by: pageSize(state), in: &state)
        case .top: move(by: Int.min / 2, in: &state)
        case .bottom: move(by: Int.max / 2, in: &state)
        case .nextPane: state.focus = Pane(rawValue: (state.focus.rawValue + 1) % Pane.allCases.count)!
        case .previousPane: state.focus = Pane(rawValue: (state.focus.rawValue + Pane.allCases.count - 1) % Pane.allCases.count)!
        case .focus(let pane): state.focus = pane
        case .open:
            if state.focus == .roles, let role = PaneContent.selectedRole(state) { open(.roleDetail(roleID: role.id), in: &state) }
            if state.focus == .skills, let skill = PaneContent.selectedSkill(state) { open(.skillDetail(skillID: skill.id), in: &state) }
        case .toggleScope:
            state.showAllSkills.toggle()
            state.cursor[.skills] = 0
        case .startFilter:
            state.filterEditor = LineEditor(state.filter[state.focus] ?? "", maximumLength: 60)
        case .help: open(.help, in: &state)
        case .export: open(.exportFormat(selected: .markdown), in: &state)
        case .compare: compare(in: &state)
        case .quit:
            if state.unsaved { state.overlay = .confirmQuit } else { return Effects(quit: true) }
        case .toggleDone, .markLearning, .markSkipped, .setTarget, .undo, .redo:
            return ProgressChange.apply(action, to: &state)
        case .editNote:
            guard let skill = PaneContent.selectedSkill(state) else { break }
            let note = state.planner.progress.skills[skill.id]?.note ?? ""
            state.overlay = .prompt(Prompt(purpose: .note(skillID: skill.id), label: "Note for \(skill.id):",
                                           editor: LineEditor(note)))
        case .logTime:
            let skillID = state.focus == .skills ? PaneContent.selectedSkill(state)?.id
                : PaneContent.selectedWeek(state).flatMap { state.planner.progress.plan?.blocks(inWeek: $0).first?.skillID }
            state.overlay = .prompt(Prompt(purpose: .logMinutes(skillID: skillID),
                                           label: "Minutes studied" + (skillID.map { " on \($0)" } ?? "") + ":",
                                           editor: LineEditor(maximumLength: 4)))
        case .plan:
            guard state.planner.targetRole != nil else {
                state.message = "Choose a target role first: select it in Roles and press t"
                state.messageIsError = true
                break
            }
            let months = state.planner.progress.plan?.settings.months ?? ScheduleBuilder.defaultMonths
            state.overlay = .prompt(Prompt(purpose: .planMonths, label: "Months for the plan (12-18):",
                                           editor: LineEditor(String(months), maximumLength: 2)))
        default: break
        }
        return Effects()
    }

    static func open(_ overlay: Overlay, in state: inout AppState) {
        state.overlay = overlay
        state.overlayScroll = 0
    }

    /// Typing in the filter: the list narrows as you type; Enter keeps it, Esc clears it.
    static func filter(_ action: Action, in state: inout AppState) {
        guard var editor = state.filterEditor else { return }
        switch action {
        case .insert(let character): editor.insert(character)
        case .deleteBackward: editor.deleteBackward()
        case .deleteForward: editor.deleteForward()
        case .cursorLeft: editor.moveLeft()
        case .cursorRight: editor.moveRight()
        case .confirm:
            state.filterEditor = nil
            return
        case .cancel:
            state.filterEditor = nil
            state.filter[state.focus] = nil
            state.cursor[state.focus] = 0
            return
        default: return
        }
        state.filterEditor = editor
        state.filter[state.focus] = editor.text.isEmpty ? nil : editor.text
        state.cursor[state.focus] = 0
    }

    /// The selected role beside the target, or why that cannot be shown.
    static func compare(in state: inout AppState) {
        guard let role = PaneContent.selectedRole(state) else { return }
        guard let target = state.planner.targetRole else {
            state.message = "Choose a target role first (t), then compare other roles with it"
            state.messageIsError = true
            return
        }
        guard role.id != target.id else {
            state.message = "This is your target role: select another role to compare with it"
            state.messageIsError = true
            return
        }
        open(.comparison(roleID: role.id), in: &state)
    }

    static func move(by delta: Int, in state: inout AppState) {
        if state.focus == .progress {
            state.scroll[.progress] = max(0, (state.scroll[.progress] ?? 0) &+ delta)
            return
        }
        let count = PaneContent.itemRows(state.focus, state).count
        state.cursor[state.focus] = max(0, min(count - 1, state.cursor(in: state.focus) &+ delta))
    }

    static func pageSize(_ state: AppState) -> Int {
        max(1, (Layout(state).listArea(state.focus)?.height ?? 2) - 1)
    }

    /// A click focuses the pane under it and selects the item it is on.
    static func click(row: Int, column: Int, in state: inout AppState) {
        guard state.overlay == nil, state.filterEditor == nil else { return }
        let layout = Layout(state)
        for pane in Pane.allCases {
            guard let area = layout.listArea(pane), let whole = layout.panes[pane],
                  column >= whole.x, column < whole.x + whole.width, row >= whole.y, row < whole.y + whole.height else { continue }
            state.focus = pane
            let clicked = (state.scroll[pane] ?? 0) + row - area.y
            if row >= area.y, row < area.y + area.height, let item = PaneContent.itemRows(pane, state).firstIndex(of: clicked) {
                state.cursor[pane] = item
            }
        }
    }

    /// Every pane's cursor within its items, and its scroll showing the cursor;
    /// an overlay's scroll within its page (the wheel and a resize move it too).
    static func keepCursorsInView(_ state: inout AppState) {
        let layout = Layout(state)
        if let overlay = state.overlay {
            state.overlayScroll = min(state.overlayScroll, OverlayView.maximumScroll(overlay, state))
        }
        if let area = layout.listArea(.progress) {
            // The page is built only when there is a scroll to clamp: at 100,000 log entries it takes tens of ms.
            let scroll = state.scroll[.progress] ?? 0
            state.scroll[.progress] = scroll == 0 ? 0
                : min(scroll, max(0, ProgressPane.lines(state, width: area.width).count - area.height))
        }
        for pane in Pane.allCases {
            let items = PaneContent.itemRows(pane, state)
            let cursor = max(0, min(items.count - 1, state.cursor(in: pane)))
            state.cursor[pane] = cursor
            guard let area = layout.listArea(pane), area.height > 0, !items.isEmpty else { continue }
            let row = items[cursor]
            var scroll = state.scroll[pane] ?? 0
            // Show the heading just above the first item of a group.
            let top = cursor == 0 ? 0 : (items[cursor - 1] == row - 1 ? row : row - 1)
            if top < scroll { scroll = top }
            if row >= scroll + area.height { scroll = row - area.height + 1 }
            state.scroll[pane] = max(0, scroll)
        }
    }
}
