import PlannerEngine
import PlannerTUI

/// Progress kept in memory for a session under test: every save is recorded
/// (with the starting point it was made from), and a save can be made to fail.
final class MemoryStorage: ProgressStorage {
    /// What the "file" holds.
    var file: UserProgress
    var saves: [UserProgress] = []
    /// Thrown by the next saves while set.
    var failure: (any Error)?

    init(_ progress: UserProgress = UserProgress()) {
        file = progress
    }

    func save(_ progress: UserProgress) throws -> SaveOutcome {
        if let failure { throw failure }
        saves.append(progress)
        file = progress
        return .saved
    }

    func reloadIfChanged() -> OutsideChange { .none }

    func reload() throws -> UserProgress { file }

    func overwrite(with progress: UserProgress) throws { file = progress }

    func saveCopy(of progress: UserProgress, today: Day) throws -> String { "copy" }
}
