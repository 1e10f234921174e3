import PlannerEngine

/// Short texts about habit and progress, shared by the Progress pane, `stats`
/// and `status --short`.
public enum InsightText {
    /// `1 day`, `5 days`.
    public static func count(_ number: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(number) " + (number == 1 ? singular : plural ?? singular + "s")
    }

    /// `Streak: 5 days (4 of them with study) · longest: 12 days, 2026-10-01 to 2026-10-12`.
    public static func streak(_ streaks: Streaks, glyphs: Glyphs) -> String {
        guard let longest = streaks.longest else {
            return "Streak: none yet (a day counts from \(HeatmapLines.duration(streaks.rules.minutesPerDay)) of study)"
        }
        var text = "Streak: "
        if let current = streaks.current {
            text += runText(current)
            if current == longest { return text + glyphs.separator + "your longest" }
        } else {
            text += "none now"
        }
        return text + glyphs.separator + "longest: " + runText(longest) + ", \(longest.first.iso) to \(longest.last.iso)"
    }

    /// `5 days (4 of them with study)`, or `5 days` when every day had study.
    static func runText(_ run: Streaks.Run) -> String {
        let days = count(run.days, "day")
        return run.studyDays == run.days ? days : days + " (\(run.studyDays) of them with study)"
    }

    /// `A day counts from 20 min; 1 rest day a week keeps a streak going.`
    public static func rules(_ rules: HabitRules) -> String {
        let minimum = "A day counts from \(HeatmapLines.duration(rules.minutesPerDay)) of study; "
        if rules.restDaysPerWeek == 0 { return minimum + "no rest days: a day without study ends a streak." }
        return minimum + count(rules.restDaysPerWeek, "rest day") + " a week (Monday to Sunday) "
            + (rules.restDaysPerWeek == 1 ? "keeps" : "keep") + " a streak going."
    }

    /// `4d ahead`, `6d behind`, `on track`: the pace in a few characters.
    public static func shortSlack(_ pace: Pace) -> String {
        switch pace.slackDays {
        case 0: return "on track"
        case let days where days > 0: return "\(days)d ahead"
        default: return "\(-pace.slackDays)d behind"
        }
    }

    /// One line for a shell prompt: `Machine learning engineer 27% · 4d ahead · streak 5`.
    public static func statusLine(_ planner: Planner, today: Day, glyphs: Glyphs) -> String {
        var parts: [String] = []
        if let role = planner.targetRole {
            parts.append(TerminalText.sanitized(role.name) + " \(planner.readiness(for: role).percent)%")
        } else {
            parts.append("no target role")
        }
        if let pace = planner.paceTowardsTarget(today: today) { parts.append(shortSlack(pace)) }
        let streaks = Streaks(daily: DailyMinutes(planner.progress.log), rules: planner.habitRules, today: today)
        parts.append("streak \(streaks.current?.days ?? 0)")
        return parts.joined(separator: glyphs.separator)
    }
}
