import Foundation
import PlannerEngine

/// The running interface without the terminal: keys in, frames out, changes
/// saved and exports written through what it is given.
public struct TUISession {
    public private(set) var state: AppState
    private var storage: any ProgressStorage
    /// Writes an export's bytes to the path as typed; throws (and writes
    /// nothing) when something is already there or the write fails.
    private let export: (_ data: Data, _ path: String) throws -> Void

    public init(state: AppState, storage: some ProgressStorage, export: @escaping (_ data: Data, _ path: String) throws -> Void) {
        self.state = state
        self.storage = storage
        self.export = export
    }

    /// Handles a key; false once the user has quit.
    public mutating func handle(_ key: Key) -> Bool {
        guard let action = AppUpdate.action(for: key, in: state) else { return true }
        let effects = AppUpdate.apply(action, to: &state)
        if effects.save { persist() }
        if let request = effects.export { write(request) }
        if let choice = effects.resolve { resolve(choice) }
        return !effects.quit
    }

    /// No key for a while: takes in what someone else saved, when nothing here
    /// waits to be saved (then the next save merges). True when the screen changed.
    public mutating func idle() -> Bool {
        guard !state.unsaved else { return false }
        switch storage.reloadIfChanged() {
        case .none:
            return false
        case .reloaded(let progress, let changes):
            adopt(progress)
            tell("Reloaded: the data file was changed outside this window" + Self.listing(changes))
        case .unreadable(let problem):
            tell("The data file was changed outside this window and no longer reads (\(problem)); "
                 + "it is left as it is until you save", isError: true)
        }
        return true
    }

    /// Saves now; a failure is shown, the state kept, and the save retried on the next change.
    mutating func persist() {
        do {
            switch try storage.save(state.planner.progress) {
            case .saved:
                saved()
            case .merged(let progress, let outside):
                adopt(progress)
                saved()
                tell("Saved, together with a change made outside this window" + Self.listing(outside))
            case .conflict(let conflict):
                notSaved("the data file changed outside this window")
                state.overlay = .fileConflict(conflict)
                state.overlayScroll = 0
            }
        } catch {
            notSaved(Self.firstLine(of: error))
            tell(Self.firstLine(of: error), isError: true)
        }
    }

    /// Carries out the answer to a clashing save.
    mutating func resolve(_ choice: FileConflictDialog.Choice) {
        do {
            switch choice {
            case .reload:
                adopt(try storage.reload())
                saved()
                tell("Reloaded the data file's version; the change made here is dropped")
            case .keepMine:
                try storage.overwrite(with: state.planner.progress)
                saved()
                tell("Saved this window's version over the file; the one it replaced is in the .bak file")
            case .saveCopy:
                let copy = try storage.saveCopy(of: state.planner.progress, today: state.today)
                let name = copy.split(separator: "/").last.map(String.init) ?? copy
                do {
                    adopt(try storage.reload())
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
