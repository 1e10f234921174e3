import PlannerEngine

/// The question a save asks when someone else changed the data file in a way
/// that clashes with this window's change, or left it unreadable: reload the
/// file's version, keep mine (written over it), or save mine as a copy and
/// reload. Esc puts the question off; nothing is saved until it is answered.
public enum FileConflictDialog {
    public enum Choice: Equatable, Sendable {
        case reload, keepMine, saveCopy
    }

    static func action(for key: Key) -> Action? {
        switch key {
        case .character("r"): return .resolveConflict(.reload)
        case .character("k"): return .resolveConflict(.keepMine)
        case .character("c"): return .resolveConflict(.saveCopy)
        case .escape: return .cancel
        default: return nil
        }
    }

    static func apply(_ action: Action, to state: inout AppState) -> Effects {
        switch action {
        case .resolveConflict(let choice):
            state.overlay = nil
            return Effects(resolve: choice)
        case .cancel:
            // The status line keeps saying the change is not saved; the next change asks again.
            state.overlay = nil
        default: break
        }
        return Effects()
    }

    /// What happened (head) and the choices (tail), wrapped to `width`.
    static func lines(_ conflict: SaveConflict, width: Int) -> (head: [StyledLine], choices: [StyledLine]) {
        func wrap(_ text: String, _ role: StyleRole = .normal, indent: String = "") -> [StyledLine] {
            TextWrapper.wrap(text, width: max(1, width - indent.count)).map { StyledLine(indent + $0, role) }
        }
        var head: [StyledLine]
        if let problem = conflict.problem {
            head = wrap("The data file changed outside this window and can no longer be read:")
            head += wrap(problem, .error, indent: "  ")
        } else {
            head = wrap("Someone else saved the data file while you made this change, and both changed the same thing:")
            for clash in conflict.clashes { head += wrap(clash, .error, indent: "  ") }
        }
        /// The key, then its text wrapped beside it.
        func choice(_ key: String, _ text: String, _ role: StyleRole = .normal) -> [StyledLine] {
            let indent = "     "
            return TextWrapper.wrap(text, width: max(1, width - indent.count)).enumerated().map { index, line in
                StyledLine((index == 0 ? TerminalText.padded(key, to: indent.count) : indent) + line, role)
            }
        }
        let choices = [StyledLine()]
            + choice("r", "reload the file's version (your change here is dropped)")
            + choice("k", "keep mine: write this window's version over the file (the old one stays as .bak)")
            + choice("c", "save mine as a copy beside the file, then reload the file's version")
            + choice("Esc", "decide later: nothing is saved until you choose", .dim)
        return (head, choices)
    }

    static func draw(_ conflict: SaveConflict, _ state: AppState, on surface: inout some Surface) {
        let width = state.width - 4
        let (head, choices) = lines(conflict, width: width)
        // A long list of clashes gives way to the choices, which stay in view.
        let lines = Array(head.prefix(max(1, state.height - 5 - choices.count))) + choices
        let top = max(0, (state.height - lines.count - 3) / 2)
        OverlayView.box(row: top, height: min(state.height - top, lines.count + 3), state, on: &surface)
        surface.line("The data file changed outside this window", in: Rect(x: 2, y: top + 1, width: width, height: 1), row: 0, role: .heading)
        let area = Rect(x: 2, y: top + 2, width: width, height: lines.count)
        for (row, line) in lines.enumerated() { surface.draw(line, in: area, row: row) }
    }
}
