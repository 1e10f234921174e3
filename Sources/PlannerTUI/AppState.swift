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
    /// What frames show that takes long to work out at 100,000 entries and 10,000 skills,
    /// kept until what it comes from changes. The catalog stays the same while the interface runs.
    let progressPage = BackgroundMemo<ProgressPageKey, [StyledLine]>()
    let pace = Memo<PaceKey, Pace?>()
    let roleReadiness = RoleReadinessTable()
    let skillRows = Memo<SkillRowsKey, [PaneContent.SkillRow]>()
    let scheduleRows = Memo<ScheduleRowsKey, [PaneContent.ScheduleRow]>()

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

    /// The pace towards the target, as the header shows it on every frame.
    var paceTowardsTarget: Pace? {
        pace.value(for: PaceKey(progress: planner.progress, today: today)) { planner.paceTowardsTarget(today: today) }
    }

    /// How far a role is done, as the header and the Roles pane show it on every frame.
    func readiness(of role: Role) -> Readiness {
        roleReadiness.readiness(of: role, in: planner)
    }
}

/// What the Progress pane's page comes from, besides the catalog.
struct ProgressPageKey: Equatable, Sendable {
    var progress: UserProgress
    var today: Day
    var width: Int
    var glyphs: Glyphs
}

/// What the pace towards the target comes from, besides the catalog.
struct PaceKey: Equatable {
    var progress: UserProgress
    var today: Day
}

/// What the Skills pane's rows come from, besides the catalog.
struct SkillRowsKey: Equatable {
    var progress: UserProgress
    var roleID: String?
    var showAll: Bool
    var filter: String?
}

/// What the Schedule pane's rows come from, besides the catalog.
struct ScheduleRowsKey: Equatable {
    var plan: StudyPlan
    var filter: String?
}
