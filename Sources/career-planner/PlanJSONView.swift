import PlannerEngine

extension JSONViews {
    /// `plan --json`: the settings, then every week with its blocks and milestones.
    struct PlanView: Encodable {
        struct Block: Encodable {
            var skill: String
            var minutes: Int
            var state: SkillState
        }

        struct Week: Encodable {
            var week: Int
            var start, end: Day
            var blocks: [Block]
            var milestones: [String]
        }

        var role: String
        var start, end: Day
        var months: Int
        var hoursPerWeek: Double
        var niceToHave: Bool
        var totalMinutes: Int
        var weeks: [Week]

        init(_ plan: StudyPlan, planner: Planner) {
            let settings = plan.settings
            (role, start, end, months) = (settings.roleID, settings.start, plan.end, settings.months)
            (hoursPerWeek, niceToHave, totalMinutes) = (settings.hoursPerWeek, settings.includeNiceToHave, plan.totalMinutes)
            let finishing = plan.finishingWeek
            weeks = (1...max(1, plan.weekCount)).map { week in
                let blocks = plan.blocks(inWeek: week)
                return Week(week: week, start: plan.start(ofWeek: week), end: plan.end(ofWeek: week),
                            blocks: blocks.map { Block(skill: $0.skillID, minutes: $0.minutes,
                                                       state: planner.progress.state(of: $0.skillID)) },
                            milestones: blocks.filter { finishing[$0.skillID] == week }
                                .compactMap { planner.catalog.skill($0.skillID)?.milestone })
            }
        }
    }

    /// The pace part of `status --json`.
    struct PaceView: Encodable {
        var expectedMinutes, loggedMinutes, skillsPlannedByNow, skillsDone, skillsInPlan, slackDays: Int
        var slack: String
        var recentMinutesPerWeek: Double
        var projectedFinish: Day?

        init(_ pace: Pace) {
            (expectedMinutes, loggedMinutes, skillsDone) = (pace.expectedMinutes, pace.loggedMinutes, pace.skillsDone)
            (skillsPlannedByNow, skillsInPlan, slackDays) = (pace.skillsPlannedByNow, pace.skillsInPlan, pace.slackDays)
            (slack, recentMinutesPerWeek, projectedFinish) = (pace.slackText, pace.recentMinutesPerWeek, pace.projectedFinish)
        }
    }
}
