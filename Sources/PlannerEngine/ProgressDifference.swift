/// What changed from one version of the progress to another, in a few words
/// each: "python done", "2 log entries added", "the plan remade". Used to
/// tell the user what someone else's save brought in.
public enum ProgressDifference {
    public static func describe(from old: UserProgress, to new: UserProgress) -> [String] {
        var parts: [String] = []
        if old.targetRole != new.targetRole { parts.append("target role \(new.targetRole ?? "none")") }
        for id in Set(old.skills.keys).union(new.skills.keys).sorted() where old.skills[id] != new.skills[id] {
            let before = old.skills[id]?.state ?? .todo, after = new.skills[id]?.state ?? .todo
            parts.append(before == after ? "\(id) note or evidence" : "\(id) \(after.rawValue)")
        }
        let log = old.log.changes(to: new.log)
        let added = log.added.count, removed = log.removed.values.reduce(0, +)
        if added > 0 { parts.append(entries(added) + " added") }
        if removed > 0 { parts.append(entries(removed) + " removed") }
        if old.plan != new.plan { parts.append(new.plan == nil ? "the plan removed" : "the plan remade") }
        if old.habit != new.habit { parts.append("the streak rules") }
        return parts
    }

    static func entries(_ count: Int) -> String {
        count == 1 ? "1 log entry" : "\(count) log entries"
    }
}
