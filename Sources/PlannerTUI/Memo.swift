/// One value worked out from a key, kept until the key changes: what a frame
/// shows is drawn again on every key, but at 100,000 log entries and 10,000
/// skills some of it (the Progress page's insights, the pace, the Skills
/// pane's rows) takes milliseconds to work out. Held by the state and shared
/// by its copies. Keys are compared by value, which is quick when nothing
/// changed: an unchanged log or skill table is the very same storage.
final class Memo<Key: Equatable, Value>: @unchecked Sendable {
    private let lock = Lock()
    private var key: Key?
    private var value: Value?

    /// The value for `key`: kept from the last call when the key is the same, else made and kept.
    func value(for wanted: Key, make: () -> Value) -> Value {
        lock.withLock {
            if let value, key == wanted { return value }
            let made = make()
            key = wanted
            value = made
            return made
        }
    }
}
