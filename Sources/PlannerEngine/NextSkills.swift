/// The skills worth learning next, best first, each with the reasons it ranks
/// where it does.
///
/// Candidates are the skills neither done nor skipped whose prerequisites are
/// all done or skipped: with a target role, those it requires and its
/// nice-to-have skills, each with what it needs first (as a plan takes them);
/// without one, the whole catalog. They rank by, in turn: due in the plan (its
/// study has started by this week), already being learned, required by the target rather than
/// nice to have, in the current phase, how many skills finishing it makes
/// ready, whether it fits the hours left this week, then plan and catalog order.
public struct NextSkills: Equatable, Sendable {
    public enum Reason: Equatable, Sendable {
        /// The plan has it this week.
        case dueThisWeek
        /// The plan had it finished in an earlier week.
        case overdue(finishWeek: Int)
        case learning
        case requiredByTarget(roleName: String)
        case niceToHave(roleName: String)
        case currentPhase(String)
        /// Skills that become ready once this one is done.
        case unlocks(Int)
        /// Its hours left fit in what is left of this week's planned hours.
        case fitsThisWeek(minutesLeftThisWeek: Int)

        public var text: String {
            switch self {
            case .dueThisWeek: return "due this week"
            case .overdue(let week): return "overdue (planned to finish in week \(week))"
            case .learning: return "already learning"
            case .requiredByTarget: return "on your target's path"
            case .niceToHave: return "nice to have for your target"
            case .currentPhase: return "in the current phase"
            case .unlocks(let count): return count == 1 ? "unlocks 1 skill" : "unlocks \(count) skills"
            case .fitsThisWeek(let minutes): return "fits the \(HoursText.hours(minutes: minutes)) h left this week"
            }
        }
    }

    public struct Suggestion: Equatable, Sendable {
        public var skill: Skill
        /// The estimate less the time logged on it; never below zero.
        public var minutesLeft: Int
        public var reasons: [Reason]
        /// The plan week its study starts, when it is in the plan.
        public var plannedWeek: Int?
    }

    /// Best first.
    public var suggestions: [Suggestion]
    /// The phase the user is in: this plan week's, or the first with skills left.
    public var currentPhase: Phase?
    /// Planned minutes left this week, when there is a plan and today is in it.
    public var minutesLeftThisWeek: Int?

    public init(catalog: Catalog, progress: UserProgress, today: Day) {
        let target = progress.targetRole.flatMap(catalog.role)
        let plan = target == nil ? nil : Planner(catalog: catalog, progress: progress).planForTarget
        let required = Set(target.map { catalog.requiredClosure(of: $0).map(\.id) } ?? [])
        // A nice-to-have skill comes with what it needs first, as in a plan that includes them.
        let niceToHave = Set(target.map { catalog.closure(of: $0.niceToHaveSkills).map(\.id) } ?? []).subtracting(required)
        let scope = target == nil ? catalog.skills : catalog.skills.filter { required.contains($0.id) || niceToHave.contains($0.id) }
        func open(_ id: String) -> Bool { progress.state(of: id).isOpen }
        // A prerequisite the catalog lacks cannot be learned here, so it does not hold a skill back.
        func blocks(_ id: String) -> Bool { catalog.position(of: id) != nil && open(id) }
        func ready(_ skill: Skill) -> Bool { !skill.prerequisites.contains(where: blocks) }

        let phaseOfCategory = Dictionary(catalog.categories.map { ($0.id, $0.phase) }, uniquingKeysWith: { first, _ in first })
        let thisWeek = plan?.week(containing: today)
        var firstWeek: [String: Int] = [:], lastWeek: [String: Int] = [:]
        for block in plan?.blocks ?? [] {
            if firstWeek[block.skillID] == nil { firstWeek[block.skillID] = block.week }
            lastWeek[block.skillID] = block.week
        }
        let phaseID: String?
        if let plan, let thisWeek, let first = plan.blocks(inWeek: thisWeek).first {
            phaseID = catalog.skill(first.skillID).flatMap { phaseOfCategory[$0.category] }
        } else {
            let left = scope.filter { open($0.id) }.compactMap { phaseOfCategory[$0.category] }
            phaseID = catalog.phases.first { left.contains($0.id) }?.id
        }
        currentPhase = phaseID.flatMap { id in catalog.phases.first { $0.id == id } }
        if let plan, let thisWeek {
            let planned = plan.blocks(inWeek: thisWeek).reduce(0) { $0 + $1.minutes }
            minutesLeftThisWeek = max(0, planned - progress.log.minutes(from: plan.start(ofWeek: thisWeek), through: today))
        }

        // Skills waiting on each open skill, among those in scope.
        var waiting: [String: [Skill]] = [:]
        for skill in scope where open(skill.id) {
            for prerequisite in Set(skill.prerequisites) where open(prerequisite) { waiting[prerequisite, default: []].append(skill) }
        }
        let logged = progress.log.minutesBySkill()
        var ranked: [(key: [Int], suggestion: Suggestion)] = []
        for skill in scope where open(skill.id) && ready(skill) {
            let unlocked = (waiting[skill.id] ?? []).filter { after in
                !after.prerequisites.contains { $0 != skill.id && blocks($0) }
            }.count
            let minutesLeft = max(0, Int((skill.hours * 60).rounded()) - (logged[skill.id] ?? 0))
            var reasons: [Reason] = []
            let planned = firstWeek[skill.id]
            var due = 0
            if let planned, let thisWeek, let last = lastWeek[skill.id], planned <= thisWeek {
                reasons.append(last >= thisWeek ? .dueThisWeek : .overdue(finishWeek: last))
                due = 1
            }
            let learning = progress.state(of: skill.id) == .learning
            if learning { reasons.append(.learning) }
            var path = 0
            if let target, required.contains(skill.id) {
                reasons.append(.requiredByTarget(roleName: target.name))
                path = 2
            } else if let target, niceToHave.contains(skill.id) {
                reasons.append(.niceToHave(roleName: target.name))
                path = 1
            }
            let inPhase = phaseID != nil && phaseOfCategory[skill.category] == phaseID
            if inPhase, let phase = currentPhase { reasons.append(.currentPhase(phase.name)) }
            if unlocked > 0 { reasons.append(.unlocks(unlocked)) }
            let fits = minutesLeftThisWeek.map { minutesLeft > 0 && minutesLeft <= $0 } ?? false
            if fits, let room = minutesLeftThisWeek { reasons.append(.fitsThisWeek(minutesLeftThisWeek: room)) }
            let key = [-due, learning ? 0 : 1, -path, inPhase ? 0 : 1, -unlocked, fits ? 0 : 1,
                       planned ?? Int.max, catalog.position(of: skill.id) ?? Int.max]
            ranked.append((key, Suggestion(skill: skill, minutesLeft: minutesLeft, reasons: reasons, plannedWeek: planned)))
        }
        suggestions = ranked.sorted { $0.key.lexicographicallyPrecedes($1.key) }.map(\.suggestion)
    }
}

extension Planner {
    public func nextSkills(today: Day) -> NextSkills {
        NextSkills(catalog: catalog, progress: progress, today: today)
    }
}
