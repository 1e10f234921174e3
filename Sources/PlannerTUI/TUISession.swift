import FoundationEssentials
import PlannerEngine

/// The running interface without the terminal: keys in, frames out, changes
/// saved and exports written through what it is given. Saving runs on a
/// queue of its own (`SaveQueue`): a key returns without waiting for the
/// disk, and what became of the save is taken in on a later key or `idle()`.
public struct TUISession {
    public private(set) var state: AppState
    /// Internal so that tests can wait for a save without taking in its outcome, as the terminal loop does between keys.
    let saves: SaveQueue
    /// The number of the latest change sent to be saved.
    private var version = 0
    /// The latest version whose save merged in an outside change that this
    /// window took in (the save queue merges later changes onto it otherwise).
    private var adopted = 0
    /// A clash found while another overlay was open (a note being typed, say):
    /// asked about once that overlay closes, so that nothing typed is lost.
    private var heldConflict: SaveConflict?
    /// How many Progress pages worked out in the background `idle()` has seen ready.
    private var pagesSeen = 0
    /// Writes an export's bytes to the path as typed; throws (and writes
    /// nothing) when something is already there or the write fails.
    private let export: (_ data: Data, _ path: String) throws -> Void

    public init(state: AppState, storage: some ProgressStorage, export: @escaping (_ data: Data, _ path: String) throws -> Void) {
        self.state = state
        self.saves = SaveQueue(storage: storage)
        self.export = export
    }

    /// Handles a key; false once the user has quit.
    public mutating func handle(_ key: Key) -> Bool {
        let wasAsking = isAskingAboutAConflict
        takeInSaves()
        // A save just found a clash: this key was pressed before the question was on
        // screen, so it must not answer it (k would write over the other side's change).
        if !wasAsking && isAskingAboutAConflict { return true }
        guard var action = AppUpdate.action(for: key, in: state) else { return true }
        if action == .quit {
            // Quitting waits for the saves, so that it knows whether anything is left unsaved.
            settle()
            guard let now = AppUpdate.action(for: key, in: state) else { return true }
            action = now
        }
        let effects = AppUpdate.apply(action, to: &state)
        if effects.save { persist() }
        if let request = effects.export { write(request) }
        if let choice = effects.resolve { resolve(choice) }
        askHeldConflict()
        return !effects.quit
    }

    /// Puts the held question about a clash on screen once no other overlay is open.
    private mutating func askHeldConflict() {
        guard let conflict = heldConflict, state.overlay == nil else { return }
        heldConflict = nil
        state.overlay = .fileConflict(conflict)
        state.overlayScroll = 0
    }

    /// True while the question about a clashing save is on screen.
    public var isAskingAboutAConflict: Bool {
        if case .fileConflict = state.overlay { return true }
        return false
    }

    /// True while a save runs or its outcome waits to be taken in: the
    /// terminal loop then looks again soon rather than in a second.
    public var isSaving: Bool { saves.isBusy }

    /// True while the Progress page is worked out in the background: the
    /// terminal loop then looks again soon, to show it when it is ready.
    public var isWorkingOutAPage: Bool { state.progressPage.isWorking }

    /// Waits for every change to be saved and takes in what became of it.
    public mutating func settle() {
        saves.settle()
        takeInSaves()
    }

    /// No key for a while: takes in finished saves and then what someone else
    /// saved, when nothing here waits to be saved (then the next save
    /// merges). True when the screen changed, a page worked out in the
    /// background included.
    public mutating func idle() -> Bool {
        let pages = state.progressPage.finishedCount
        let pageReady = pages != pagesSeen
        pagesSeen = pages
        let changed = takeInSaves() || pageReady
        guard !state.unsaved, !saves.isBusy else { return changed }
        switch saves.withStorage({ $0.reloadIfChanged() }) {
        case .none:
            return changed
        case .reloaded(let progress, let changes):
            adopt(progress)
            tell("Reloaded: the data file was changed outside this window" + Self.listing(changes))
        case .unreadable(let problem):
            tell("The data file was changed outside this window and no longer reads (\(problem)); "
                 + "it is left as it is until you save", isError: true)
        }
        return true
    }

    /// Sends the progress as it is now to be saved.
    mutating func persist() {
        // This save will find the clash again, if there still is one.
        heldConflict = nil
        version += 1
        saves.submit(SaveQueue.Submission(progress: state.planner.progress, version: version, adopted: adopted))
    }

    /// Takes in the outcome of the latest change's save; an earlier change's
    /// outcome is passed over, since the latest one's save includes it. A
    /// failure is shown, the state kept, and the save retried on the next change.
    @discardableResult
    private mutating func takeInSaves() -> Bool {
        var changed = false
        for outcome in saves.collect() where outcome.version == version {
            changed = true
            switch outcome.result {
            case .saved:
                saved()
            case .merged(let progress, let outside):
                adopt(progress)
                adopted = outcome.version
                saved()
                tell("Saved, together with a change made outside this window" + Self.listing(outside))
            case .conflict(let conflict):
                notSaved("the data file changed outside this window")
                heldConflict = conflict
                askHeldConflict()
            case .failed(let reason):
                notSaved(reason)
                tell(reason, isError: true)
            }
        }
        return changed
    }

    /// Carries out the answer to a clashing save.
    mutating func resolve(_ choice: FileConflictDialog.Choice) {
        do {
            switch choice {
            case .reload:
                adopt(try saves.withStorage { try $0.reload() })
                saved()
                tell("Reloaded the data file's version; the change made here is dropped")
            case .keepMine:
                let mine = state.planner.progress
                try saves.withStorage { try $0.overwrite(with: mine) }
                saved()
                tell("Saved this window's version over the file; the one it replaced is in the .bak file")
            case .saveCopy:
                let mine = state.planner.progress, today = state.today
                let copy = try saves.withStorage { try $0.saveCopy(of: mine, today: today) }
                let name = copy.split(separator: "/").last.map(String.init) ?? copy
                do {
                    adopt(try saves.withStorage { try $0.reload() })
                    saved()
                    tell("Yours is saved as \(name) beside the data file; the data file's version is loaded")
                } catch {
                    notSaved("yours is saved as \(name), but the data file still does not read")
                }
            }
        } catch {
            notSaved(Self.firstLine(of: error))
            tell(Self.firstLine(of: error), isError: true)
        }
    }

    /// Makes `progress`, as the file holds it now, what is shown. Undo starts
    /// afresh: an earlier state would take the other side's change back out.
    private mutating func adopt(_ progress: UserProgress) {
        state.planner.restore(progress)
        state.undoStack = []
        state.redoStack = []
        AppUpdate.keepCursorsInView(&state)
    }

    private mutating func saved() {
        state.unsaved = false
        state.saveError = nil
    }

    private mutating func notSaved(_ reason: String) {
        state.unsaved = true
        state.saveError = reason
    }

    private mutating func tell(_ message: String, isError: Bool = false) {
        state.message = message
        state.messageIsError = isError
    }

    /// An error's first line, for the one-line status bar: what follows it
    /// (the command line's advice on an unreadable file) would show as `\n`.
    static func firstLine(of error: any Error) -> String {
        String("\(error)".prefix { $0 != "\n" })
    }

    /// ": python done, 1 log entry added", or nothing for no changes.
    static func listing(_ changes: [String]) -> String {
        changes.isEmpty ? "" : ": " + changes.joined(separator: ", ")
    }

    /// Renders the progress as asked and writes it; a refused path is offered again.
    mutating func write(_ request: ExportRequest) {
        let data: Data
        do {
            data = try ProgressExport.render(request.format, planner: state.planner, today: state.today)
        } catch {
            state.message = "\(error)"
            state.messageIsError = true
            return
        }
        do {
            try export(data, request.path)
            ExportDialog.exported(request, in: &state)
        } catch {
            ExportDialog.refused(request, because: "\(error)", in: &state)
        }
    }

    /// The screen for the current state.
    public func frame() -> Grid {
        var grid = Grid(width: state.width, height: state.height)
        ScreenView.draw(state, on: &grid)
        return grid
    }
}
