import Dispatch

/// Like `Memo`, for a value that can take longer to work out than a key may
/// wait (the Progress page at 100,000 log entries): when asked to, it works the
/// value out on a queue of its own and meanwhile answers with the last value
/// it made, marked out of date. Only the latest key asked for is worked out
/// next; keys asked for in between are passed over. Held by the state and
/// shared by its copies.
final class BackgroundMemo<Key: Equatable & Sendable, Value: Sendable>: @unchecked Sendable {
    enum Answer {
        case current(Value)
        /// The value is being worked out; this is the last one made, for another key, if there is one.
        case outOfDate(Value?)
    }

    private let lock = Lock()
    private let queue = DispatchQueue(label: "career-planner.background-memo")
    private var made: (key: Key, value: Value)?
    private var working: Key?
    private var next: (key: Key, make: @Sendable () -> Value)?
    private var finished = 0

    /// The value for `wanted`: kept from before, made now (`inBackground` false),
    /// or made on the queue while the last value is given out of date.
    func value(for wanted: Key, inBackground: Bool, make: @escaping @Sendable () -> Value) -> Answer {
        lock.withLock {
            if let made, made.key == wanted { return .current(made.value) }
            guard inBackground else {
                let value = make()
                made = (wanted, value)
                return .current(value)
            }
            if working == wanted {
                next = nil
            } else if working != nil {
                next = (wanted, make)
            } else {
                start(wanted, make)
            }
            return .outOfDate(made?.value)
        }
    }

    /// True while a value is being worked out: the terminal loop then looks again soon.
    var isWorking: Bool { lock.withLock { working != nil } }

    /// How many values have been made on the queue: it goes up when one is ready to be shown.
    var finishedCount: Int { lock.withLock { finished } }

    /// Waits until nothing is being worked out.
    func waitUntilDone() {
        while isWorking { queue.sync {} }
    }

    /// Called with the lock held.
    private func start(_ key: Key, _ make: @escaping @Sendable () -> Value) {
        working = key
        queue.async { [self] in
            let value = make()
            lock.withLock {
                made = (key, value)
                finished += 1
                working = nil
                if let waiting = next {
                    next = nil
                    start(waiting.key, waiting.make)
                }
            }
        }
    }
}
