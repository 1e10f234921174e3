import PlannerEngine

/// One week of the plan set against what was logged in it.
struct WeekSummary {
    let planner: Planner
    let plan: StudyPlan
    let week: Int
    let entries: [LogEntry]

    /// The plan's week holding `today`; nil without a plan or outside its weeks.
    init?(planner: Planner, today: Day) {
        guard let plan = planner.progress.plan, let week = plan.week(containing: today) else { return nil }
        self.init(planner: planner, plan: plan, week: week)
    }

    init(planner: Planner, plan: StudyPlan, week: Int) {
        self.planner = planner
        self.plan = plan
        self.week = week
        let first = plan.start(ofWeek: week), last = plan.end(ofWeek: week)
        entries = planner.progress.log.filter { $0.date >= first && $0.date <= last }
    }

    var plannedMinutes: Int { plan.blocks(inWeek: week).reduce(0) { $0 + $1.minutes } }
    var loggedMinutes: Int { entries.reduce(0) { $0 + $1.minutes } }

    /// `Week 3 of 62: Sun 2026-12-06 to Sat 2026-12-12`
    var heading: String {
        let first = plan.start(ofWeek: week), last = plan.end(ofWeek: week)
        return "Week \(week) of \(plan.weekCount): \(first.weekdayName) \(first.iso) to \(last.weekdayName) \(last.iso)"
    }

    /// Each planned skill with its hours planned and logged this week.
    func skillLines(style: OutputStyle) -> [String] {
        let blocks = plan.blocks(inWeek: week)
        let idWidth = blocks.map { $0.skillID.count }.max() ?? 0
        return blocks.map { block in
            let logged = entries.filter { $0.skillID == block.skillID }.reduce(0) { $0 + $1.minutes }
            let name = planner.catalog.skill(block.skillID)?.name ?? block.skillID
            return "  " + style.mark(planner.progress.state(of: block.skillID)) + " " + style.column(block.skillID, idWidth)
                + "  " + style.column(name, 30) + "  " + style.rightAligned(HoursText.hours(minutes: block.minutes), 4)
                + " h planned  " + style.rightAligned(HoursText.hours(minutes: logged), 4) + " h logged"
        }
    }

    /// `This week: 3.5 h logged of 10 h planned`
    var loggedLine: String {
        "This week: \(HoursText.hours(minutes: loggedMinutes)) h logged of \(HoursText.hours(minutes: plannedMinutes)) h planned"
    }
}
