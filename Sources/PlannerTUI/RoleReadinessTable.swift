import PlannerEngine

/// Each role's readiness for the progress as it is now, worked out the first
/// time a frame asks for it and kept until the progress changes: the Roles
/// pane and the header show it on every frame, and a role that needs 10,000
/// skills takes milliseconds to count. Held by the state and shared by its
/// copies; the catalog stays the same while the interface runs.
final class RoleReadinessTable: @unchecked Sendable {
    private let lock = Lock()
    private var progress: UserProgress?
    private var table: [String: Readiness] = [:]

    func readiness(of role: Role, in planner: Planner) -> Readiness {
        lock.withLock {
            if progress != planner.progress {
                progress = planner.progress
                table = [:]
            }
            if let known = table[role.id] { return known }
            let readiness = planner.readiness(for: role)
            table[role.id] = readiness
            return readiness
        }
    }
}
