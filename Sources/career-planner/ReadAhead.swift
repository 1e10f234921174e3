import Dispatch

/// Work started on another core now and waited for later: the interface reads
/// the data file while this core reads and checks the catalog, which with
/// 100,000 log entries and 10,000 skills are each a few tens of milliseconds.
final class ReadAhead<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    /// Written once on the other thread before `done` is signalled; read after waiting for it.
    private var result: Result<Value, any Error>?

    init(_ work: @escaping @Sendable () throws -> Value) {
        DispatchQueue.global(qos: .userInitiated).async {
            self.result = Result { try work() }
            self.done.signal()
        }
    }

    /// Waits for the work to end: its value, or the error it threw.
    func value() throws -> Value {
        done.wait()
        done.signal()
        return try result!.get()
    }
}
