import PlannerEngine

/// A question the interface is asking in the one-line editor.
public struct Prompt: Equatable, Sendable {
    public enum Purpose: Equatable, Sendable {
        case note(skillID: String)
        case logMinutes(skillID: String?)
        case planMonths
        case planHours(months: Int?)
        case exportPath(ExportFormat)
    }

    public var purpose: Purpose
    public var label: String
    public var editor: LineEditor
}

/// What covers the panes, if anything.
public enum Overlay: Equatable, Sendable {
    case help
    case roleDetail(roleID: String)
    case skillDetail(skillID: String)
    /// A role beside the target role.
    case comparison(roleID: String)
    case prompt(Prompt)
    /// The export dialog's first step, with the format the arrows are on.
    case exportFormat(selected: ExportFormat)
    case confirmQuit
    /// A save found someone else's clashing change: reload, keep mine, or save a copy.
    case fileConflict(SaveConflict)
}

/// Everything the interface shows, as a value: `AppUpdate` changes it,
/// `ScreenView` draws it.
public struct AppState: Sendable {
    public var planner: Planner
    public var today: Day
    public var width: Int
    public var height: Int
    public var glyphs: Glyphs

    public var focus: Pane = .roles
    public var cursor: [Pane: Int] = [:]
    public var scroll: [Pane: Int] = [:]
    public var filter: [Pane: String] = [:]
    /// The filter being typed, for the focused pane.
    public var filterEditor: LineEditor?
    /// Skills pane: every skill rather than the selected role's.
    public var showAllSkills = false
    public var overlay: Overlay?
    public var overlayScroll = 0

    /// Progress before each change made in this run, and after each undo.
    public var undoStack: [UserProgress] = []
    public var redoStack: [UserProgress] = []
    /// The last save failed: shown, kept in memory, retried on the next change.
    public var unsaved = false
    /// Why it failed, kept in view until a save succeeds.
    public var saveError: String?
    public var message: String?
    public var messageIsError = false
    /// The Progress pane's page as last drawn, shared by copies of the state.
    let progressPage = ProgressPageCache()

    public init(planner: Planner, today: Day, width: Int, height: Int, glyphs: Glyphs) {
        self.planner = planner
        self.today = today
        self.width = width
        self.height = height
        self.glyphs = glyphs
        if let target = planner.progress.targetRole, let index = planner.catalog.roles.firstIndex(where: { $0.id == target }) {
            cursor[.roles] = index
        }
        // The Schedule opens on this week.
        if let week = planner.progress.plan?.week(containing: today) {
            let weeks = PaneContent.scheduleRows(self).compactMap { row -> Int? in if case .week(let w) = row { return w } else { return nil } }
            cursor[.schedule] = weeks.firstIndex(of: week) ?? 0
        }
    }

    public func cursor(in pane: Pane) -> Int { cursor[pane] ?? 0 }
}
