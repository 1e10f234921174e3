import Dispatch
import PlannerEngine

/// Saves the progress on a thread of its own, so that a keypress never waits
/// for the disk. Changes coalesce: while one save runs, only the latest
/// change waits, and it is written as soon as that save ends, so a change is
/// on disk within two saves' time. The storage is touched only on the
/// queue's thread; the interface collects what became of each save.
final class SaveQueue: @unchecked Sendable {
    /// The progress after a change, numbered in the order the changes were made.
    struct Submission {
        let progress: UserProgress
        let version: Int
        /// The latest version whose merged result the interface has taken in.
        let adopted: Int
    }

    /// What became of the save of one version.
    struct Outcome: Equatable {
        let version: Int
        let result: Result
    }

    enum Result: Equatable {
        /// Written as it was submitted.
        case saved
        /// Written together with changes made outside this window, which the submission lacked.
        case merged(UserProgress, outside: [String])
        /// Clashes with what someone else saved: nothing was written.
        case conflict(SaveConflict)
        /// The save failed: the first line of the reason.
        case failed(String)
    }

    private let queue = DispatchQueue(label: "career-planner.save")
    private let lock = Lock()
    /// Queue only.
    private var storage: any ProgressStorage
    /// Queue only: the last save merged in changes made outside this window.
    /// Until the interface takes that result in, its later changes are made
    /// from `mine`, so they are merged onto `result` before they are written;
    /// written as they are, they would take the outside changes back out.
    private var notTakenIn: (mine: UserProgress, result: UserProgress, outside: [String], version: Int)?
    /// Under the lock: the change waiting for the running save to end.
    private var waiting: Submission?
    /// Under the lock: a save is running or about to.
    private var running = false
    /// Under the lock: outcomes not yet collected.
    private var finished: [Outcome] = []

    init(storage: some ProgressStorage) {
        self.storage = storage
    }

    /// Queues a change, replacing one that waits; returns at once.
    func submit(_ submission: Submission) {
        let start = lock.withLock {
            waiting = submission
            defer { running = true }
            return !running
        }
        if start { queue.async { self.drain() } }
    }

    /// True while a save runs or waits, or an outcome waits to be collected.
    var isBusy: Bool { lock.withLock { running || !finished.isEmpty } }

    /// The outcomes of the saves that ended since the last call, oldest first.
    func collect() -> [Outcome] {
        lock.withLock {
            defer { finished = [] }
            return finished
        }
    }

    /// Waits until every queued change has been saved (or failed).
    func settle() {
        queue.sync {}
    }

    /// Runs `body` on the storage once the queued saves have ended, and waits
    /// for it. What it does (a reload, an overwrite) puts the interface level
    /// with the file, so no earlier merge is waiting to be taken in.
    func withStorage<Value>(_ body: (inout any ProgressStorage) throws -> Value) rethrows -> Value {
        try queue.sync {
            notTakenIn = nil
            return try body(&storage)
        }
    }

    private func drain() {
        while true {
            let next: Submission? = lock.withLock {
                defer { waiting = nil }
                if waiting == nil { running = false }
                return waiting
            }
            guard let next else { return }
            let outcome = Outcome(version: next.version, result: save(next))
            lock.withLock { finished.append(outcome) }
        }
    }

    private func save(_ submission: Submission) -> Result {
        var mine = submission.progress
        var outside: [String] = []
        if let earlier = notTakenIn, submission.adopted < earlier.version {
            let merge = ProgressMerge(base: earlier.mine, mine: mine, theirs: earlier.result)
            guard merge.clashes.isEmpty else { return .conflict(SaveConflict(clashes: merge.clashes)) }
            mine = merge.merged
            outside = earlier.outside
        }
        do {
            switch try storage.save(mine) {
            case .saved:
                break
            case .merged(let merged, let more):
                mine = merged
                outside += more
            case .conflict(let conflict):
                return .conflict(conflict)
            }
        } catch {
            return .failed(TUISession.firstLine(of: error))
        }
        guard mine != submission.progress else {
            notTakenIn = nil
            return .saved
        }
        notTakenIn = (submission.progress, mine, outside, submission.version)
        return .merged(mine, outside: outside)
    }
}
