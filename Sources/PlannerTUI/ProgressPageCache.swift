import Foundation
import PlannerEngine

/// The Progress pane's page, worked out once for each change of progress,
/// day or width rather than on every frame: at 100,000 log entries and
/// 10,000 skills the insights behind it take about 50 ms. Held by the state
/// and shared by its copies; the key is compared by value, which is quick
/// when nothing changed (an unchanged log is the same array). The catalog is
/// not in the key: it stays the same while the interface runs.
final class ProgressPageCache: @unchecked Sendable {
    private struct Key: Equatable {
        var progress: UserProgress
        var today: Day
        var width: Int
        var glyphs: Glyphs
    }

    private let lock = NSLock()
    private var key: Key?
    private var lines: [StyledLine] = []

    /// The page for `state` at `width`, from the last call when nothing it depends on changed.
    func lines(_ state: AppState, width: Int, make: () -> [StyledLine]) -> [StyledLine] {
        let wanted = Key(progress: state.planner.progress, today: state.today, width: width, glyphs: state.glyphs)
        return lock.withLock {
            if key == wanted { return lines }
            lines = make()
            key = wanted
            return lines
        }
    }
}
