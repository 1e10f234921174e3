import PlannerEngine

/// Where the interface keeps the progress: the shared data file in the
/// program (`SharedDataFile`), something simpler in tests.
public protocol ProgressStorage {
    /// Saves a change, merging in what someone else saved meanwhile when it does not clash.
    mutating func save(_ progress: UserProgress) throws -> SaveOutcome
    /// Takes in what someone else saved since the last look; cheap when nothing changed.
    mutating func reloadIfChanged() -> OutsideChange
    /// The file's version as it is now, this window's unsaved change dropped.
    mutating func reload() throws -> UserProgress
    /// Writes this window's version over whatever the file holds.
    mutating func overwrite(with progress: UserProgress) throws
    /// Writes this window's version to a file of its own; returns its path.
    func saveCopy(of progress: UserProgress, today: Day) throws -> String
}

extension SharedDataFile: ProgressStorage {}
