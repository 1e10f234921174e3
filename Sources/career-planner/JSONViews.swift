import FoundationEssentials
import PlannerEngine

/// The shapes `--json` prints. Field names are part of the CLI's interface:
/// the README lists them, and changing one is a breaking change.
enum JSONViews {
    struct ReadinessView: Encodable {
        var done, learning, todo, skipped, total, percent: Int
        var hoursLeft: Double

        init(_ readiness: Readiness) {
            (done, learning, todo, skipped) = (readiness.done, readiness.learning, readiness.todo, readiness.skipped)
            (total, percent, hoursLeft) = (readiness.total, readiness.percent, readiness.hoursLeft)
        }
    }

    struct RoleSummaryView: Encodable {
        var id, name: String
        var steppingStone, target: Bool
        var readiness: ReadinessView
        var pay: [PayFigure]
    }

    struct SkillView: Encodable {
        var id, name, category: String
        var hours: Double
        var prerequisites: [String]
        var state: SkillState
        var changed: Day?
        var note: String?
        var evidence: [String]
        var learn, show: String

        init(_ skill: Skill, progress: UserProgress) {
            let record = progress.skills[skill.id]
            (id, name, category, hours, prerequisites) = (skill.id, skill.name, skill.category, skill.hours, skill.prerequisites)
            (state, changed, note, evidence) = (progress.state(of: skill.id), record?.changed, record?.note, record?.evidence ?? [])
            (learn, show) = (skill.learn, skill.show)
        }
    }

    struct RoleDetailView: Encodable {
        var role: Role
        var target: Bool
        var readiness: ReadinessView
        /// The required skills with everything they need first.
        var requiredClosure: [SkillView]
        var niceToHave: [SkillView]
        var sources: [Source]
    }

    struct StatusView: Encodable {
        var today: Day
        var file: String
        var targetRole: String?
        var roles: [RoleSummaryView]
        var counts: [String: Int]
        var skills: Int
        /// Absent without a plan.
        var pace: PaceView?
    }

    static func printJSON<T: Encodable>(_ value: T) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let text = String(decoding: try encoder.encode(value), as: UTF8.self)
        print(collapsingEmptyContainers(text))
    }

    /// Foundation pretty-prints an empty list as `[`, a blank line, `]`; this makes it `[]` (and `{}`).
    static func collapsingEmptyContainers(_ text: String) -> String {
        var lines: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.drop { $0 == " " }
            if ["]", "}", "],", "},"].contains(trimmed), lines.count >= 2,
               lines[lines.count - 1].allSatisfy({ $0 == " " }),
               let opener = lines[lines.count - 2].last, opener == "[" || opener == "{" {
                lines.removeLast()
                lines[lines.count - 1] += trimmed
            } else {
                lines.append(line)
            }
        }
        return lines.joined(separator: "\n")
    }

    static func roleSummaries(_ planner: Planner) -> [RoleSummaryView] {
        planner.catalog.roles.map { role in
            RoleSummaryView(id: role.id, name: role.name, steppingStone: role.steppingStone,
                            target: role.id == planner.progress.targetRole,
                            readiness: ReadinessView(planner.readiness(for: role)), pay: role.pay)
        }
    }
}
