import PlannerEngine

/// The running interface without the terminal: keys in, frames out, changes
/// saved through the function it is given.
public struct TUISession {
    public private(set) var state: AppState
    /// The progress as the data file last held it (read at the start, or saved since).
    private var saved: UserProgress
    /// Saves `progress` over a file that should still hold `expected`; throws
    /// (and writes nothing) when it does not.
    private let save: (_ expected: UserProgress, _ progress: UserProgress) throws -> Void

    public init(state: AppState, save: @escaping (_ expected: UserProgress, _ progress: UserProgress) throws -> Void) {
        self.state = state
        self.saved = state.planner.progress
        self.save = save
    }

    /// Handles a key; false once the user has quit.
    public mutating func handle(_ key: Key) -> Bool {
        guard let action = AppUpdate.action(for: key, in: state) else { return true }
        let effects = AppUpdate.apply(action, to: &state)
        if effects.save { persist() }
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

    /// The screen for the current state.
    public func frame() -> Grid {
        var grid = Grid(width: state.width, height: state.height)
        ScreenView.draw(state, on: &grid)
        return grid
    }
}
