import PlannerEngine

/// The shapes `stats --json`, `next --json` and `compare --json` print.
extension JSONViews {
    struct RunView: Encodable {
        var first, last: Day
        var days, studyDays: Int

        init(_ run: Streaks.Run) {
            (first, last, days, studyDays) = (run.first, run.last, run.days, run.studyDays)
        }
    }

    struct RulesView: Encodable {
        var minutesPerDay, restDaysPerWeek: Int

        init(_ rules: HabitRules) { (minutesPerDay, restDaysPerWeek) = (rules.minutesPerDay, rules.restDaysPerWeek) }
    }

    struct DayView: Encodable {
        var date: Day
        var minutes: Int
        /// 0 none, 1 under the streak minimum, 2 up to an hour, 3 up to two hours, 4 more.
        var level: Int
    }

    struct WeekView: Encodable {
        var monday: Day
        var minutes: Int
    }

    struct CategoryView: Encodable {
        /// Null for time logged with no skill or a skill the catalog lacks.
        var category: String?
        var name: String
        var minutes: Int

        init(_ share: StudyTotals.Share) {
            if case .category(let category) = share.bucket { self.category = category.id }
            (name, minutes) = (share.bucket.name, share.minutes)
        }
    }

    struct NextView: Encodable {
        struct ReasonView: Encodable {
            var kind, text: String
        }

        var id, name: String
        var state: SkillState
        var minutesLeft: Int
        var plannedWeek: Int?
        var reasons: [ReasonView]

        init(_ suggestion: NextSkills.Suggestion, progress: UserProgress) {
            (id, name, state) = (suggestion.skill.id, suggestion.skill.name, progress.state(of: suggestion.skill.id))
            (minutesLeft, plannedWeek) = (suggestion.minutesLeft, suggestion.plannedWeek)
            reasons = suggestion.reasons.map { ReasonView(kind: Self.kind($0), text: $0.text) }
        }

        static func kind(_ reason: NextSkills.Reason) -> String {
            switch reason {
            case .dueThisWeek: return "dueThisWeek"
            case .overdue: return "overdue"
            case .learning: return "learning"
            case .requiredByTarget: return "requiredByTarget"
            case .niceToHave: return "niceToHave"
            case .currentPhase: return "currentPhase"
            case .unlocks: return "unlocks"
            case .fitsThisWeek: return "fitsThisWeek"
            }
        }
    }

    struct NextListView: Encodable {
        var targetRole: String?
        var phase: String?
        var minutesLeftThisWeek: Int?
        var skills: [NextView]
    }

    struct GapsView: Encodable {
        struct GroupView: Encodable {
            var category, name: String
            var skills: [String]
        }

        var role: String
        var readiness: ReadinessView
        var missing: [GroupView]

        init(_ gaps: RoleGaps) {
            role = gaps.readiness.roleID
            readiness = ReadinessView(gaps.readiness)
            missing = gaps.missing.map { GroupView(category: $0.category.id, name: $0.category.name, skills: $0.skills.map(\.id)) }
        }
    }

    struct StatsView: Encodable {
        var today: Day
        var rules: RulesView
        var currentStreak: RunView?
        var longestStreak: RunView?
        var totalMinutes: Int
        /// The heatmap's days, from its first Monday up to today.
        var days: [DayView]
        var weeks: [WeekView]
        var categories: [CategoryView]
        var pace: PaceView?
        var roles: [RoleSummaryView]
        var closestRole: String?
        var gaps: GapsView?
        var next: NextListView
    }

    struct ComparedRoleView: Encodable {
        var id, name: String
        var readiness: ReadinessView
    }

    struct PartView: Encodable {
        var skills: [String]
        var done, skipped: Int
        var hoursLeft: Double

        init(_ part: RoleComparison.Part) {
            (skills, done, skipped, hoursLeft) = (part.skills.map(\.id), part.done, part.skipped, part.hoursLeft)
        }
    }

    struct ComparisonView: Encodable {
        var first, second: ComparedRoleView
        var shared, onlyFirst, onlySecond: PartView

        init(_ comparison: RoleComparison) {
            first = ComparedRoleView(id: comparison.first.id, name: comparison.first.name, readiness: ReadinessView(comparison.firstReadiness))
            second = ComparedRoleView(id: comparison.second.id, name: comparison.second.name, readiness: ReadinessView(comparison.secondReadiness))
            (shared, onlyFirst, onlySecond) = (PartView(comparison.shared), PartView(comparison.onlyFirst), PartView(comparison.onlySecond))
        }
    }

    static func nextList(_ next: NextSkills, count: Int, planner: Planner) -> NextListView {
        NextListView(targetRole: planner.targetRole?.id, phase: next.currentPhase?.id, minutesLeftThisWeek: next.minutesLeftThisWeek,
                     skills: next.suggestions.prefix(count).map { NextView($0, progress: planner.progress) })
    }
}
