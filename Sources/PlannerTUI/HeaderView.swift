import PlannerEngine

/// The top row: the target role, its progress bar and the pace; the tabs
/// below it when panes are shown one at a time.
enum HeaderView {
    static func draw(_ state: AppState, layout: Layout, on surface: inout some Surface) {
        let full = Rect(x: 0, y: 0, width: layout.width, height: 1)
        var pace: (String, StyleRole)?
        var variants = ["career-planner  no target role yet: select one in Roles and press t"]
        if let target = state.planner.targetRole {
            let readiness = state.readiness(of: target)
            let counts = " \(readiness.percent)% (\(readiness.done)/\(readiness.total))"
            let bar = ProgressBar.render(readiness.fraction, width: 12, glyphs: state.glyphs)
            // From the fullest to the shortest: the first that fits beside the pace is drawn.
            variants = ["career-planner  \(target.name)  \(bar)\(counts)", "\(target.name)  \(bar)\(counts)",
                        "\(target.name) \(ProgressBar.render(readiness.fraction, width: 6, glyphs: state.glyphs)) \(readiness.percent)%"]
            if let current = state.paceTowardsTarget {
                pace = ("Pace: " + current.slackText, current.slackDays < 0 ? .behind : .done)
            }
        }
        let room = layout.width - (pace.map { TerminalText.width($0.0) + 2 } ?? 0)
        let text = variants.first { TerminalText.width($0) <= room } ?? variants.last!
        surface.line(TerminalText.truncated(text, to: room, ellipsis: state.glyphs.ellipsis), in: full, row: 0, role: .heading)
        if let pace { surface.rightAligned(pace.0, in: full, row: 0, role: pace.1) }

        let second = Rect(x: 0, y: 1, width: layout.width, height: 1)
        if layout.sideBySide {
            surface.line(String(repeating: state.glyphs == .unicode ? "─" : "-", count: layout.width), in: second, row: 0, role: .border)
            // The panes by number at the right of the rule, so that 4 (Progress) can be found.
            let tabs = Pane.allCases.map { " \($0.rawValue + 1) \($0.title) " }
            var column = layout.width - tabs.reduce(0) { $0 + TerminalText.width($1) + 1 }
            for (pane, tab) in zip(Pane.allCases, tabs) {
                column += surface.put(tab, row: 1, column: column, role: pane == state.focus ? .tabActive : .border, limit: nil) + 1
            }
        } else {
            var column = 0
            for pane in Pane.allCases {
                let tab = " \(pane.rawValue + 1) \(pane.title)" + (pane == state.focus ? ScreenView.titleDetail(pane, state) : "") + " "
                column += surface.put(tab, row: 1, column: column, role: pane == state.focus ? .tabActive : .normal, limit: nil) + 1
            }
        }
    }
}

/// The two bottom rows: a message (or the filter being typed) and the keys
/// that work in the focused pane.
enum BottomBar {
    static func draw(_ state: AppState, layout: Layout, on surface: inout some Surface) {
        let status = Rect(x: 0, y: layout.statusRow, width: layout.width, height: 1)
        func say(_ text: String, _ role: StyleRole) {
            surface.line(TerminalText.truncated(text, to: layout.width, ellipsis: state.glyphs.ellipsis), in: status, row: 0, role: role)
        }
        if let editor = state.filterEditor {
            let label = "Filter \(state.focus.title): "
            say(label + editor.text, .heading)
            let before = TerminalText.width(label + String(editor.text.prefix(editor.cursor)))
            surface.paint(row: layout.statusRow, column: min(before, layout.width - 1), width: 1, role: .selected)
        } else if state.unsaved {
            say("Not saved: " + (state.saveError ?? "the last save failed") + " (retried on the next change)", .error)
        } else if let message = state.message {
            say(message, state.messageIsError ? .error : .normal)
        } else if let filter = state.filter[state.focus] {
            say("Filtered by \"\(filter)\" (/ then Esc clears)", .dim)
        }
        let keys = Rect(x: 0, y: layout.keyRow, width: layout.width, height: 1)
        let labels = KeyMap.barBindings(for: state.focus).map { state.glyphs.plain("\($0.label) \($0.help)") }
        surface.line(labels.joined(separator: "  "), in: keys, row: 0, role: .dim)
    }
}
