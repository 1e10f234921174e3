import PlannerEngine

/// `e`: progress out to a file in two steps, the format (by its letter, or the
/// arrows and Enter) and then the path, offered as the format's usual name in
/// the current folder. Nothing is written here: the answer is an
/// `ExportRequest` that the session renders and writes, never over a file.
public enum ExportDialog {
    /// The key that picks a format in the first step.
    static func letter(_ format: ExportFormat) -> Character {
        switch format {
        case .markdown: return "m"
        case .csv: return "c"
        case .ics: return "i"
        case .json: return "j"
        }
    }

    /// Keys while the formats are shown: `j` is JSON here, so only the arrows move.
    static func action(for key: Key) -> Action? {
        switch key {
        case .up: return .moveUp
        case .down: return .moveDown
        case .enter: return .confirm
        case .escape, .character("q"): return .cancel
        case .character(let character):
            return ExportFormat.allCases.first { letter($0) == character }.map { .chooseExportFormat($0) }
        default: return nil
        }
    }

    static func apply(_ action: Action, selected: ExportFormat, to state: inout AppState) {
        let formats = ExportFormat.allCases
        let index = formats.firstIndex(of: selected) ?? 0
        switch action {
        case .moveUp: state.overlay = .exportFormat(selected: formats[max(0, index - 1)])
        case .moveDown: state.overlay = .exportFormat(selected: formats[min(formats.count - 1, index + 1)])
        case .confirm: choose(selected, in: &state)
        case .chooseExportFormat(let format): choose(format, in: &state)
        case .cancel: state.overlay = nil
        default: break
        }
    }

    /// The second step for `format`; a calendar without plan weeks stops here.
    static func choose(_ format: ExportFormat, in state: inout AppState) {
        if format == .ics, (state.planner.progress.plan?.weekCount ?? 0) == 0 {
            state.overlay = nil
            state.message = "There is no plan to put in a calendar yet: press p to make one"
            state.messageIsError = true
            return
        }
        state.overlay = .prompt(pathPrompt(format, path: format.suggestedFileName))
    }

    static func pathPrompt(_ format: ExportFormat, path: String) -> Prompt {
        Prompt(purpose: .exportPath(format), label: "Export \(format.rawValue) to:", editor: LineEditor(path, maximumLength: 1000))
    }

    /// Enter in the path prompt: an export to carry out, or the prompt again when the path is empty.
    static func answer(_ format: ExportFormat, path: String, in state: inout AppState) -> Effects {
        guard !path.isEmpty else {
            state.overlay = .prompt(pathPrompt(format, path: ""))
            return OverlayUpdate.complain("Type a file name to export to, or press Esc", in: &state)
        }
        return Effects(export: ExportRequest(format: format, path: path))
    }

    /// The export is on disk.
    static func exported(_ request: ExportRequest, in state: inout AppState) {
        state.message = "Exported \(request.format.rawValue) to \(request.path)"
        state.messageIsError = false
    }

    /// The file was not written (it exists, is a folder, or the disk said no):
    /// why, and the same path offered again to change (or Esc).
    static func refused(_ request: ExportRequest, because reason: String, in state: inout AppState) {
        state.message = reason
        state.messageIsError = true
        state.overlay = .prompt(pathPrompt(request.format, path: request.path))
    }

    /// The file a typed path names: a leading `~` is the home folder; any other
    /// path is as typed, a relative one from the current folder.
    public static func fullPath(_ typed: String, home: String?) -> String {
        guard let home, !home.isEmpty, typed == "~" || typed.hasPrefix("~/") else { return typed }
        if typed == "~" { return home }
        return (home.hasSuffix("/") ? String(home.dropLast()) : home) + typed.dropFirst()
    }

    /// The formats, one a line with its letter, file name and what it gives; the selected one reversed.
    static func draw(selected: ExportFormat, _ state: AppState, on surface: inout some Surface) {
        let formats = ExportFormat.allCases
        let top = state.height / 2 - 3
        OverlayView.box(row: top, height: formats.count + 2, state, on: &surface)
        let area = Rect(x: 2, y: top + 1, width: state.width - 4, height: formats.count)
        surface.line("Export: choose a format", in: Rect(x: 2, y: top, width: area.width, height: 1), row: 0, role: .heading)
        for (row, format) in formats.enumerated() {
            let text = "\(letter(format))  " + TerminalText.padded(format.rawValue, to: 10)
                + TerminalText.padded(format.suggestedFileName, to: 22) + format.summary
            surface.line(text, in: area, row: row)
            if format == selected { surface.highlight(in: area, row: row) }
        }
        let hint = state.glyphs.plain(" ↑/↓ and Enter, or the letter · Esc cancels ")
        surface.rightAligned(hint, in: Rect(x: 2, y: top + formats.count + 1, width: area.width, height: 1), row: 0, role: .dim)
    }
}
