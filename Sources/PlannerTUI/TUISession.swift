import Foundation
import PlannerEngine

/// The running interface without the terminal: keys in, frames out, changes
/// saved and exports written through the functions it is given.
public struct TUISession {
    public private(set) var state: AppState
    /// The progress as the data file last held it (read at the start, or saved since).
    private var saved: UserProgress
    /// Saves `progress` over a file that should still hold `expected`; throws
    /// (and writes nothing) when it does not.
    private let save: (_ expected: UserProgress, _ progress: UserProgress) throws -> Void
    /// Writes an export's bytes to the path as typed; throws (and writes
    /// nothing) when something is already there or the write fails.
    private let export: (_ data: Data, _ path: String) throws -> Void

    public init(state: AppState, save: @escaping (_ expected: UserProgress, _ progress: UserProgress) throws -> Void,
                export: @escaping (_ data: Data, _ path: String) throws -> Void) {
        self.state = state
        self.saved = state.planner.progress
        self.save = save
        self.export = export
    }

    /// Handles a key; false once the user has quit.
    public mutating func handle(_ key: Key) -> Bool {
        guard let action = AppUpdate.action(for: key, in: state) else { return true }
        let effects = AppUpdate.apply(action, to: &state)
        if effects.save { persist() }
        if let request = effects.export { write(request) }
        return !effects.quit
    }

    /// Saves now; a failure is shown, the state kept, and the save retried on the next change.
    mutating func persist() {
        do {
            try save(saved, state.planner.progress)
            saved = state.planner.progress
            state.unsaved = false
            state.saveError = nil
        } catch {
            state.unsaved = true
            state.saveError = "\(error)"
            state.message = "\(error)"
            state.messageIsError = true
        }
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
