import PlannerEngine

/// The panes, in the order Tab and 1–4 go through them.
public enum Pane: Int, CaseIterable, Sendable {
    case roles, skills, schedule, progress

    public var title: String {
        switch self {
        case .roles: return "Roles"
        case .skills: return "Skills"
        case .schedule: return "Schedule"
        case .progress: return "Progress"
        }
    }
}

/// What a key asks for; `AppUpdate.apply` carries it out.
public enum Action: Equatable, Sendable {
    case moveUp, moveDown, pageUp, pageDown, top, bottom
    case nextPane, previousPane, focus(Pane)
    /// Enter: the selected item's details.
    case open
    case toggleDone, markLearning, markSkipped, setTarget
    /// `c` in Roles: the selected role beside the target.
    case compare
    /// `a` in Skills: the target role's skills or all of them.
    case toggleScope
    case editNote, logTime, plan, startFilter
    /// `e`: the export dialog; then a format chosen by its letter.
    case export, chooseExportFormat(ExportFormat)
    case undo, redo, help, quit
    /// The answer to the question a clashing save asks.
    case resolveConflict(FileConflictDialog.Choice)
    // In a prompt or the filter.
    case insert(Character), deleteBackward, deleteForward, cursorLeft, cursorRight, confirm, cancel
    // From the terminal.
    case resize(width: Int, height: Int), click(row: Int, column: Int), scroll(Int)
}
