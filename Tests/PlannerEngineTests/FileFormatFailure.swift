import Foundation
@testable import PlannerEngine

extension ProgressFileFormat {
    /// The message a file with `text` gets (`newer FILE N` for a newer schema), or nil when it reads.
    static func failure(reading text: String) -> String? {
        do {
            _ = try decode(Data(text.utf8), file: "p.json")
            return nil
        } catch {
            switch error {
            case .unreadable(let problem): return problem.description
            case .newerSchema(let file, let found): return "newer \(file) \(found)"
            }
        }
    }
}
