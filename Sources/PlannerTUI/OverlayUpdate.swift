import PlannerEngine

/// Keys while something covers the panes: reading (help, details), answering
/// a prompt, choosing an export format, or confirming quit.
enum OverlayUpdate {
    static func apply(_ action: Action, to state: inout AppState) -> Effects {
        guard let overlay = state.overlay else { return Effects() }
        switch overlay {
        case .help, .roleDetail, .skillDetail, .comparison:
            switch action {
            case .moveUp: state.overlayScroll = max(0, state.overlayScroll - 1)
            case .moveDown: state.overlayScroll += 1
            case .pageUp: state.overlayScroll = max(0, state.overlayScroll - (state.height - 4))
            case .pageDown: state.overlayScroll += state.height - 4
            case .top: state.overlayScroll = 0
            case .bottom: state.overlayScroll = Int.max
            case .cancel: state.overlay = nil
            default: break
            }
            state.overlayScroll = min(state.overlayScroll, OverlayView.maximumScroll(overlay, state))
        case .exportFormat(let selected):
            ExportDialog.apply(action, selected: selected, to: &state)
        case .fileConflict:
            return FileConflictDialog.apply(action, to: &state)
        case .confirmQuit:
            if action == .confirm { return Effects(quit: true) }
            if action == .cancel { state.overlay = nil }
        case .prompt(var prompt):
            switch action {
            case .insert(let character): prompt.editor.insert(character)
            case .deleteBackward: prompt.editor.deleteBackward()
            case .deleteForward: prompt.editor.deleteForward()
            case .cursorLeft: prompt.editor.moveLeft()
            case .cursorRight: prompt.editor.moveRight()
            case .cancel:
                state.overlay = nil
                return Effects()
            case .confirm:
                state.overlay = nil
                return answer(prompt, in: &state)
            default: break
            }
            state.overlay = .prompt(prompt)
        }
        return Effects()
    }

    /// Carries out what a prompt was asking for.
    static func answer(_ prompt: Prompt, in state: inout AppState) -> Effects {
        let text = prompt.editor.text.trimmingWhitespace()
        let today = state.today
        switch prompt.purpose {
        case .note(let skillID):
            let current = state.planner.progress.state(of: skillID)
            return ProgressChange.change(&state, text.isEmpty ? "Note removed" : "Note kept") {
                try $0.mark([skillID], as: current, note: text, today: today)
            }
        case .logMinutes(let skillID):
            guard let minutes = Int(text) else { return complain("Minutes must be a whole number, found \"\(text)\"", in: &state) }
            return ProgressChange.change(&state, "Logged \(minutes) min" + (skillID.map { " on \($0)" } ?? "")) {
                try $0.log(minutes: minutes, skillID: skillID, date: today, note: nil, today: today)
            }
        case .planMonths:
            guard let months = Int(text), ScheduleBuilder.monthRange.contains(months) else {
                return complain("Months must be a whole number from 12 to 18, found \"\(text)\"", in: &state)
            }
            state.overlay = .prompt(Prompt(purpose: .planHours(months: months),
                                           label: "Hours a week (empty: what \(months) months need):",
                                           editor: LineEditor(maximumLength: 5)))
            return Effects()
        case .planHours(let months):
            var hours: Double?
            if !text.isEmpty {
                guard let value = Double(text) else { return complain("Hours must be a number, found \"\(text)\"", in: &state) }
                hours = value
            }
            let replan = state.planner.progress.plan != nil
            return ProgressChange.change(&state, replan ? "Replanned" : "Planned") {
                try $0.plan(.init(months: months, hoursPerWeek: hours, replan: replan), today: today)
            }
        case .exportPath(let format):
            return ExportDialog.answer(format, path: text, in: &state)
        }
    }

    static func complain(_ message: String, in state: inout AppState) -> Effects {
        state.message = message
        state.messageIsError = true
        return Effects()
    }
}
