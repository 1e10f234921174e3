import PlannerEngine

/// The rows each pane lists, worked out from the state: what the cursor moves
/// over (items) and what it skips (headings).
public enum PaneContent {
    public enum SkillRow: Equatable {
        case category(Category, done: Int, counted: Int)
        case skill(Skill)
    }

    public enum ScheduleRow: Equatable {
        case month(year: Int, month: Int)
        case week(Int)
        case milestone(String)
    }

    /// The role the Skills pane follows: the one under the Roles cursor.
    public static func selectedRole(_ state: AppState) -> Role? {
        let roles = self.roles(state)
        guard !roles.isEmpty else { return nil }
        return roles[min(state.cursor(in: .roles), roles.count - 1)]
    }

    public static func roles(_ state: AppState) -> [Role] {
        state.planner.catalog.roles.filter { matches(state.filter[.roles], $0.id, $0.name) }
    }

    /// Kept between frames until the progress, the role, the scope or the filter changes.
    public static func skillRows(_ state: AppState) -> [SkillRow] {
        let role = state.showAllSkills ? nil : selectedRole(state)
        if !state.showAllSkills && role == nil { return [] }
        let key = SkillRowsKey(progress: state.planner.progress, roleID: role?.id, showAll: state.showAllSkills,
                               filter: state.filter[.skills])
        return state.skillRows.value(for: key) { makeSkillRows(state, role: role) }
    }

    static func makeSkillRows(_ state: AppState, role: Role?) -> [SkillRow] {
        let planner = state.planner
        // The role's skills once, grouped: a catalog can have 10,000 of them.
        let all = planner.skills(role: role)
        let inCategory = Dictionary(grouping: all, by: \.category)
        let shown = Dictionary(grouping: all.filter { matches(state.filter[.skills], $0.id, $0.name) }, by: \.category)
        var rows: [SkillRow] = []
        for category in planner.catalog.categories {
            guard let group = shown[category.id] else { continue }
            let states = (inCategory[category.id] ?? []).map { planner.progress.state(of: $0.id) }
            rows.append(.category(category, done: states.filter { $0 == .done }.count,
                                  counted: states.filter { $0 != .skipped }.count))
            rows += group.map(SkillRow.skill)
        }
        return rows
    }

    /// Kept between frames until the plan or the filter changes.
    public static func scheduleRows(_ state: AppState) -> [ScheduleRow] {
        guard let plan = state.planner.progress.plan, plan.weekCount > 0 else { return [] }
        let query = state.filter[.schedule]
        return state.scheduleRows.value(for: ScheduleRowsKey(plan: plan, filter: query)) { makeScheduleRows(state, plan: plan) }
    }

    static func makeScheduleRows(_ state: AppState, plan: StudyPlan) -> [ScheduleRow] {
        let query = state.filter[.schedule]
        let finishing = plan.finishingWeek
        var rows: [ScheduleRow] = []
        var month: (Int, Int)?
        for week in 1...plan.weekCount {
            let blocks = plan.blocks(inWeek: week)
            guard matches(query, blocks.map(\.skillID).joined(separator: " "), "Week \(week)") else { continue }
            let start = plan.start(ofWeek: week)
            if month.map({ $0 != (start.year, start.month) }) ?? true {
                month = (start.year, start.month)
                rows.append(.month(year: start.year, month: start.month))
            }
            rows.append(.week(week))
            for block in blocks where finishing[block.skillID] == week {
                if let milestone = state.planner.catalog.skill(block.skillID)?.milestone { rows.append(.milestone(milestone)) }
            }
        }
        return rows
    }

    /// For each pane, which rows the cursor can rest on, as row indexes.
    public static func itemRows(_ pane: Pane, _ state: AppState) -> [Int] {
        switch pane {
        case .roles:
            return Array(roles(state).indices)
        case .skills:
            return skillRows(state).enumerated().compactMap { if case .skill = $1 { return $0 } else { return nil } }
        case .schedule:
            return scheduleRows(state).enumerated().compactMap { if case .week = $1 { return $0 } else { return nil } }
        case .progress:
            // A page to read: it scrolls, nothing on it is selected.
            return []
        }
    }

    /// The skill under the Skills cursor.
    public static func selectedSkill(_ state: AppState) -> Skill? {
        let rows = skillRows(state)
        let items = itemRows(.skills, state)
        guard !items.isEmpty, case .skill(let skill) = rows[items[min(state.cursor(in: .skills), items.count - 1)]] else { return nil }
        return skill
    }

    /// The week under the Schedule cursor.
    public static func selectedWeek(_ state: AppState) -> Int? {
        let rows = scheduleRows(state)
        let items = itemRows(.schedule, state)
        guard !items.isEmpty, case .week(let week) = rows[items[min(state.cursor(in: .schedule), items.count - 1)]] else { return nil }
        return week
    }

    /// Case-insensitive match of a filter against any of the texts; no filter matches all.
    static func matches(_ query: String?, _ texts: String...) -> Bool {
        guard let query, !query.isEmpty else { return true }
        return texts.contains { $0.lowercased().contains(query.lowercased()) }
    }
}
