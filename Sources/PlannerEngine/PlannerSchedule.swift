/// The planner's study plan and study log.
extension Planner {
    /// What `plan` should do: the settings the user gave, each nil when not given.
    public struct PlanOptions: Equatable, Sendable {
        public var months: Int?
        public var hoursPerWeek: Double?
        public var start: Day?
        public var includeNiceToHave: Bool?
        public var replan: Bool

        public init(months: Int? = nil, hoursPerWeek: Double? = nil, start: Day? = nil,
                    includeNiceToHave: Bool? = nil, replan: Bool = false) {
            self.months = months
            self.hoursPerWeek = hoursPerWeek
            self.start = start
            self.includeNiceToHave = includeNiceToHave
            self.replan = replan
        }

        var givesSettings: Bool { months != nil || hoursPerWeek != nil || start != nil || includeNiceToHave != nil }
    }

    /// Makes the plan for the target role, or returns the one there is. A plan
    /// that exists is only rebuilt with `replan`, from `start` or today, keeping
    /// its settings unless new ones are given; done work and the log stay.
    @discardableResult
    public mutating func plan(_ options: PlanOptions, today: Day) throws -> StudyPlan {
        if let existing = progress.plan, !options.replan {
            if options.givesSettings { throw PlannerError.planExists(start: existing.settings.start) }
            return existing
        }
        guard let role = targetRole else { throw PlannerError.noTarget }
        let previous = progress.plan?.settings
        // A replan with no new pace keeps the old hours a week; the length follows from them.
        var hours = options.hoursPerWeek
        if options.months == nil && hours == nil { hours = previous?.hoursPerWeek }
        let request = ScheduleBuilder.Request(
            role: role, start: options.start ?? today, months: options.months, hoursPerWeek: hours,
            includeNiceToHave: options.includeNiceToHave ?? previous?.includeNiceToHave ?? false)
        let plan = try ScheduleBuilder.build(catalog: catalog, progress: progress, request: request)
        progress.plan = plan
        return plan
    }

    /// Adds study time. Logging against a skill still to do marks it learning.
    public mutating func log(minutes: Int, skillID: String?, date: Day, note: String?, today: Day) throws {
        guard (1...LogEntry.minutesInADay).contains(minutes) else { throw PlannerError.minutesOutOfRange(minutes) }
        guard date <= today else { throw PlannerError.dateInFuture(date) }
        let skill = try skillID.map { try self.skill($0) }
        if let note, TextRules.hasControlCharacters(note) { throw PlannerError.controlCharacters(field: "note") }
        let already = progress.log.minutes(from: date, through: date)
        guard already + minutes <= LogEntry.minutesInADay else { throw PlannerError.dayOverfull(date, alreadyLogged: already) }
        progress.log.append(LogEntry(date: date, minutes: minutes, skillID: skill?.id, note: note?.isEmpty == true ? nil : note))
        if let skill, progress.state(of: skill.id) == .todo {
            try mark([skill.id], as: .learning, today: date)
        }
    }

    /// How the user is doing against their plan; nil without one.
    public func pace(today: Day) -> Pace? {
        progress.plan.map { Pace(plan: $0, progress: progress, today: today) }
    }

    /// The plan, when it was made for the current target: a plan for another
    /// role says nothing about the way to this one.
    public var planForTarget: StudyPlan? {
        progress.plan.flatMap { $0.settings.roleID == progress.targetRole ? $0 : nil }
    }

    /// The pace towards the target; nil without a plan made for it.
    public func paceTowardsTarget(today: Day) -> Pace? {
        planForTarget.map { Pace(plan: $0, progress: progress, today: today) }
    }
}
