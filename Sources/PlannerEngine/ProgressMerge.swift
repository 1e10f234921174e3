/// A three-way merge of two versions of the progress made from the same one:
/// this window's (`mine`) and the data file's after someone else saved it
/// (`theirs`). What only one side changed is taken from that side; log
/// entries added on either side are all kept and entries removed on either
/// side stay removed. Where both sides changed the same thing differently
/// (the target role, one skill's record, the plan, the streak rules) there
/// is a clash, named in `clashes`, and nothing should be saved without asking.
public struct ProgressMerge: Sendable {
    /// Both sides' changes; on a clash, this window's side.
    public let merged: UserProgress
    /// Each thing both sides changed differently, in words.
    public let clashes: [String]

    public init(base: UserProgress, mine: UserProgress, theirs: UserProgress) {
        var merged = UserProgress()
        var clashes: [String] = []

        func pick<Value: Equatable>(_ base: Value, _ mine: Value, _ theirs: Value, clash: @autoclosure () -> String) -> Value {
            if mine == theirs || theirs == base { return mine }
            if mine == base { return theirs }
            clashes.append(clash())
            return mine
        }

        merged.targetRole = pick(base.targetRole, mine.targetRole, theirs.targetRole,
                                 clash: "the target role: \(mine.targetRole ?? "none") here, \(theirs.targetRole ?? "none") in the file")
        let ids = Set(base.skills.keys).union(mine.skills.keys).union(theirs.skills.keys).sorted()
        for id in ids {
            let record = pick(base.skills[id], mine.skills[id], theirs.skills[id], clash: Self.skillClash(id, mine.skills[id], theirs.skills[id]))
            merged.skills[id] = record
        }
        merged.log = Self.mergeLog(base: base.log, mine: mine.log, theirs: theirs.log)
        merged.plan = pick(base.plan, mine.plan, theirs.plan, clash: "the plan: changed both here and in the file")
        merged.habit = pick(base.habit, mine.habit, theirs.habit, clash: "the streak rules: changed both here and in the file")
        self.merged = merged
        self.clashes = clashes
    }

    static func skillClash(_ id: String, _ mine: SkillProgress?, _ theirs: SkillProgress?) -> String {
        let here = mine?.state ?? .todo, there = theirs?.state ?? .todo
        if here != there { return "\(id): \(here.rawValue) here, \(there.rawValue) in the file" }
        return "\(id): its note or evidence changed both here and in the file"
    }

    /// The file's log, less the entries this window removed, plus the ones it added (in its order).
    static func mergeLog(base: [LogEntry], mine: [LogEntry], theirs: [LogEntry]) -> [LogEntry] {
        if mine == base { return theirs }
        if theirs == base { return mine }
        let changes = base.changes(to: mine)
        var removed = changes.removed
        var log: [LogEntry] = []
        log.reserveCapacity(theirs.count + changes.added.count)
        for entry in theirs {
            if let count = removed[entry], count > 0 { removed[entry] = count - 1 } else { log.append(entry) }
        }
        return log + changes.added
    }
}
