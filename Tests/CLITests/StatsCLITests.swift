import Foundation
import Testing

/// `career-planner stats`, text and JSON, on the file InsightFixture describes.
@Suite struct StatsCLITests {
    /// Habit, standard rules: the streaks are worked out in InsightFixture's log comments.
    /// Logged in all: 95 + 15 × 60 + 12 + 200 + 285 (linear-algebra) + 60 + 75 + 20 + 40 + 60 + 30
    /// + 90 + 10 + 30 = 1907 min = 31.8 h; in the window (from 2025-12-15) 1907 - 95 = 1812 min =
    /// 30.2 h on 15 + 2 + 5 + 8 = 30 days (Oct run, Oct 30, Nov 3, Nov 24-28, Dec 1-8).
    static let standardHabit = [
        "Streak: 15 days (12 of them with study) · longest: 18 days (15 of them with",
        "study), 2026-10-01 to 2026-10-18",
        "A day counts from 20 min of study; 1 rest day a week (Monday to Sunday)",
        "keeps a streak going.",
        "Logged: 31.8 h in all; 30.2 h on 30 days in the last 52 weeks.",
    ]

    /// The heatmap's first Monday is 2025-12-15 (the Monday of today's week, Dec 7, less 51
    /// weeks). A month is named above the first column and each column whose Monday is in the
    /// first 7 days of a month, when the next name is 4 or more columns on: Dec (column 0) is
    /// left out (Jan starts at column 3); Jan 5 = 3, Feb 2 = 7, Mar 2 = 11, Apr 6 = 16,
    /// May 4 = 20, Jun 1 = 24, Jul 6 = 29, Aug 3 = 33, Sep 7 = 38, Oct 5 = 42, Nov 2 = 46,
    /// Dec 7 = 51, each at 4 + its column (after the weekday labels).
    static let months = "       Jan Feb Mar  Apr May Jun  Jul Aug  Sep Oct Nov  Dec"

    static func heatmap(minimum: Int, legend: String) -> [String] {
        [months] + HeatmapReference.rows(daily: InsightFixture.daily, today: InsightFixture.today, minimum: minimum) + [legend]
    }

    static let standardLegend = "    · none  ░ under 20 min  ▒ 20 min to 1 h  ▓ 1 h to 2 h  █ 2 h or more"

    /// Gaps for the target: its 42-skill closure less the 4 done and sql skipped, 37 skills,
    /// 1220 - 145 (done) - 30 (sql) = 1045 h; in catalog order by category, wrapped at 74 cells.
    static let targetGaps = [
        "Still to learn for Machine learning engineer: 37 skills, 1045 h",
        "  Mathematics: Calculus (learning), Statistics, Optimisation",
        "  Programming: Git and version control, Data structures and algorithms,",
        "    Object-oriented programming, Testing and code documentation",
        "  Data: NumPy, pandas, Data cleaning and preprocessing, Data visualisation,",
        "    Exploratory data analysis, Feature engineering",
        "  ML fundamentals: Core machine learning concepts, Supervised learning,",
        "    scikit-learn, Model evaluation, Unsupervised learning, Hyperparameter",
        "    tuning, Algorithm families and when to use them",
        "  Deep learning: Neural network fundamentals, PyTorch",
        "  Reinforcement learning: Reinforcement learning basics",
        "  Engineering and deployment: Model deployment, Model monitoring and",
        "    retraining",
        "  Cloud and big data: Cloud ML services (AWS, Google Cloud, Azure), Hadoop",
        "    and Spark",
        "  Portfolio and experience: End-to-end ML project, GitHub project",
        "    documentation",
        "  Career and job search: Interview prep: coding challenges, Interview prep:",
        "    ML theory, Interview prep: ML system design, Interview prep: project",
        "    presentation",
        "  Soft skills: Communication and explaining complex ideas, Collaboration",
        "    across teams, Problem solving, Project management and organisation",
    ]

    /// The whole page on 2026-12-09 with `habit`, the heatmap and `gaps`.
    static func page(habit: [String] = standardHabit, heatmap: [String] = heatmap(minimum: 20, legend: standardLegend),
                     gaps: [String] = targetGaps) -> [String] {
        var lines = ["Habit"] + habit.map { "  " + $0 }
        // Pace (PaceStatusCLITests has the definitions): due is Tue Dec 8; 700 min logged
        // since the start (Nov 24-28 345, Dec 1-6 315, Dec 7-8 40). At 1128 / 7 = 161.14 min
        // a day the plan holds 700 min after 4.3, up to 5 days: by the end of Thu Nov 26,
        // 12 days before Dec 8. Skills: 4 plan skills done; the 5th to finish (sorted
        // finishing weeks 3, 5, 7, 9, 11, ...) is optimisation in week 11 (ends Sat Feb 6,
        // 2027): on track until Feb 5, 59 days on. The lesser: behind by 12 days.
        // Recent pace: 18 days since the start, 700 × 7 / 18 = 272.2 min a week;
        // (73200 - 700) / 272.2 × 7 = 1864.3, up to 1865 days after Dec 9: 2032-01-17.
        lines += ["", "Pace", "  Behind by 12 days · week 3 of 65 · 18.8 h a week planned",
                  "  Projected finish at your recent pace: 2032-01-17 (plan ends 2028-02-19)."]
        // Readiness from ReferenceCatalog (checked in statsJSONHasEveryFieldWorkedOut):
        // 4 of 41 (42 less sql) = 9%; the closest is Data analyst, 4 of 21 = 19%, the highest share.
        lines += ["", "Readiness", "  Machine learning engineer: 4 of 41 skills done (9%), 1045 h left.",
                  "  Closest role: Data analyst (19%, 4 of 21 skills done)."]
        lines += ["", "Study in the last 52 weeks"] + heatmap.map { "  " + $0 }
        // Weeks from Monday Sep 21 to Dec 7; the plan's 1128 min is longer than any week, so it
        // sets the scale: labels 6 cells, values 5 ("0.2 h"), bars 76 - 6 - 5 - 2 = 63 cells,
        // the marker in the last (63 × 1128 / 1128 - 1 = 62). A bar is minutes / 1128 × 63 cells,
        // down to an eighth: 180 → 10.05 (10), 360 → 20.1 (20), 12 → 0.67 (5/8 ▋),
        // 200 → 11.17 (11 1/8 ▏), 345 → 19.27 (19 2/8 ▎), 315 → 17.59 (17 4/8 ▌), 40 (Dec 7-8) → 2.23 (2 1/8 ▏).
        lines += ["", "Hours a week, last 12 weeks (from Monday), │ the plan's 18.8 h"] + [
            "Sep 21                                                               │   0 h",
            "Sep 28 ██████████                                                    │   3 h",
            "Oct 5  ████████████████████                                          │   6 h",
            "Oct 12 ████████████████████                                          │   6 h",
            "Oct 19                                                               │   0 h",
            "Oct 26 ▋                                                             │ 0.2 h",
            "Nov 2  ███████████▏                                                  │ 3.3 h",
            "Nov 9                                                                │   0 h",
            "Nov 16                                                               │   0 h",
            "Nov 23 ███████████████████▎                                          │ 5.8 h",
            "Nov 30 █████████████████▌                                            │ 5.3 h",
            "Dec 7  ██▏                                                           │ 0.7 h",
        ].map { "  " + $0 }
        // Categories, in catalog order then the buckets: Mathematics 285 (linear-algebra) + 295
        // (calculus) + 20 (statistics) + 12 (probability) = 612 min = 10.2 h; Programming 900
        // (python) = 15 h; Data 40 (numpy); no skill 95 + 200 + 20 + 10 = 325 = 5.4 h; retired-skill 30.
        // Labels cut at 24 cells, values 6, bars 76 - 24 - 6 - 2 = 44 cells for the largest, 900:
        // 612 → 29.92 (29 7/8 ▉), 40 → 1.96 (1 7/8), 325 → 15.89 (15 7/8), 30 → 1.47 (1 3/8 ▍).
        lines += ["", "Hours by category"] + [
            "Mathematics              █████████████████████████████▉               10.2 h",
            "Programming              ████████████████████████████████████████████   15 h",
            "Data                     █▉                                            0.7 h",
            "No skill named           ███████████████▉                              5.4 h",
            "Skills not in the catal… █▍                                            0.5 h",
        ].map { "  " + $0 }
        lines += ["", "Next to learn (phase: Foundations)"] + NextCLITests.topFive.map { "  " + $0 }
        // Every role: done/total and hours left from ReferenceCatalog; bars of 12 cells rounded
        // down (4/41, 4/33, 4/34, 4/28 → 1 cell; 4/21 → 2.3, 2 cells); * the target, ~ the closest.
        lines += ["", "Readiness and hours left for each role (* target, ~ closest)",
                  "* Machine learning engineer  █░░░░░░░░░░░    9%   4/41  1045 h left (1 skipped)",
                  "  AI research scientist      █░░░░░░░░░░░   12%   4/33   850 h left",
                  "  NLP engineer               █░░░░░░░░░░░   11%   4/34   875 h left",
                  "  Computer vision engineer   █░░░░░░░░░░░   11%   4/34   875 h left",
                  "  Data scientist             █░░░░░░░░░░░   14%   4/28   640 h left (1 skipped)",
                  "  MLOps engineer             █░░░░░░░░░░░   14%   4/28   680 h left (1 skipped)",
                  "  AutoML engineer            █░░░░░░░░░░░   12%   4/33   830 h left",
                  "  AI ethics specialist       █░░░░░░░░░░░   14%   4/28   545 h left",
                  "~ Data analyst               ██░░░░░░░░░░   19%   4/21   330 h left (1 skipped)"]
        return lines + [""] + gaps
    }

    @Test func statsPrintsEverySection() throws {
        let cli = try InsightFixture.make()
        defer { cli.cleanUp() }
        #expect(try InsightFixture.read(cli, ["stats"]) == InsightFixture.ok(Self.page()))
    }

    /// The role table's numbers, from the catalog and the fixture's states.
    @Test func theRoleTableAgreesWithTheCatalog() throws {
        let catalog = PlanReference.catalog
        let table = Self.page().drop { !$0.hasPrefix("Readiness and hours left") }.dropFirst().prefix(9)
        #expect(table.count == catalog.roles.count)
        for (line, role) in zip(table, catalog.roles) {
            let ready = catalog.readiness(of: role, states: InsightFixture.states)
            #expect(line.dropFirst(2).hasPrefix(role.name))
            #expect(line.contains(" \(ready.percent)%   \(ready.done)/\(ready.total) "), "\(role.id)")
            #expect(line.contains(" \(PlanReference.hoursText(ready.hoursLeft)) h left"), "\(role.id)")
            #expect(line.hasSuffix(ready.skipped > 0 ? " (\(ready.skipped) skipped)" : " h left"), "\(role.id)")
        }
    }

    /// Data analyst's closure (22 skills) less the 4 done and sql: 17 skills, 330 h.
    @Test func statsForAnotherRoleListsItsGaps() throws {
        let cli = try InsightFixture.make()
        defer { cli.cleanUp() }
        let gaps = [
            "Still to learn for Data analyst: 17 skills, 330 h",
            "  Mathematics: Statistics",
            "  Programming: Git and version control, Testing and code documentation",
            "  Data: NumPy, pandas, Data cleaning and preprocessing, Data visualisation,",
            "    Exploratory data analysis",
            "  ML fundamentals: Core machine learning concepts",
            "  Portfolio and experience: GitHub project documentation",
            "  Career and job search: Networking and community, Leveraging domain",
            "    expertise, Targeting job titles and tailoring applications",
            "  Soft skills: Communication and explaining complex ideas, Collaboration",
            "    across teams, Problem solving, Business understanding",
        ]
        let catalog = PlanReference.catalog
        let open = catalog.requiredClosure(of: catalog.role("data-analyst")).filter { InsightFixture.states[$0] == nil }
        #expect(open.count == 17)
        #expect(open.reduce(0) { $0 + catalog.skill($1).hours } == 330)
        #expect(try InsightFixture.read(cli, ["stats", "--role", "data-analyst"]) == InsightFixture.ok(Self.page(gaps: gaps)))
    }

    @Test func anUnknownRoleIsRefused() throws {
        let cli = try InsightFixture.make()
        defer { cli.cleanUp() }
        let refusal = InsightFixture.usage("unknown role \"ml-enginer\"; did you mean \"ml-engineer\" or \"nlp-engineer\"?")
        #expect(try InsightFixture.read(cli, ["stats", "--role", "ml-enginer"]) == refusal)
        #expect(try InsightFixture.read(cli, ["stats", "--role", "ml-enginer", "--json"]) == refusal)
    }

    /// Today never breaks a streak: on Dec 9 nothing is logged yet and the run goes on. On
    /// Dec 10, Dec 9 is a second day without study in the week of Dec 7 (Dec 7 had 10 min):
    /// the run is over. The longest, the rules and the totals stay.
    @Test func theStreakEndsWhenYesterdayIsOneRestDayTooMany() throws {
        let cli = try InsightFixture.make()
        defer { cli.cleanUp() }
        let next = try InsightFixture.read(cli, ["stats"], on: "2026-12-10")
        #expect(next.status == 0 && next.stderr == "")
        #expect(InsightFixture.section("Habit", of: next.stdout) == [
            "  Streak: none now · longest: 18 days (15 of them with study), 2026-10-01 to",
            "  2026-10-18",
        ] + Self.standardHabit.dropFirst(2).map { "  " + $0 })
        let json = try JSONOutput.object(try InsightFixture.read(cli, ["stats", "--json"], on: "2026-12-10").stdout)
        #expect(json["currentStreak"] == nil)
        #expect((json["longestStreak"] as? [String: Any])?["first"] as? String == "2026-10-01")
    }

    @Test func statsJSONHasEveryFieldWorkedOut() throws {
        let cli = try InsightFixture.make()
        defer { cli.cleanUp() }
        let result = try InsightFixture.read(cli, ["stats", "--json"])
        #expect(result.status == 0 && result.stderr == "")
        let json = try JSONOutput.object(result.stdout)
        #expect(Set(json.keys) == ["today", "rules", "currentStreak", "longestStreak", "totalMinutes", "days", "weeks",
                                   "categories", "pace", "roles", "closestRole", "gaps", "next"])
        #expect(json["today"] as? String == "2026-12-09")
        let rules = try #require(json["rules"] as? [String: Any])
        #expect(JSONOutput.int(rules["minutesPerDay"]) == 20 && JSONOutput.int(rules["restDaysPerWeek"]) == 1)
        func run(_ key: String) -> [String]? {
            (json[key] as? [String: Any]).map { [$0["first"] as? String ?? "", $0["last"] as? String ?? "",
                                                 "\(JSONOutput.int($0["days"]) ?? -1)", "\(JSONOutput.int($0["studyDays"]) ?? -1)"] }
        }
        #expect(run("currentStreak") == ["2026-11-24", "2026-12-08", "15", "12"])
        #expect(run("longestStreak") == ["2026-10-01", "2026-10-18", "18", "15"])
        #expect(JSONOutput.int(json["totalMinutes"]) == InsightFixture.log.reduce(0) { $0 + $1.minutes })
        #expect(JSONOutput.int(json["totalMinutes"]) == 1907)

        // Days: every day from the first Monday, 2025-12-15, through today: 359 days on, 360 in all.
        let days = try #require(json["days"] as? [[String: Any]])
        let first = HeatmapReference.firstMonday(today: InsightFixture.today)
        #expect(first == "2025-12-15")
        #expect(days.count == PlanReference.days(from: first, to: InsightFixture.today) + 1)
        #expect(days.count == 360)
        let daily = InsightFixture.daily
        for (offset, day) in days.enumerated() {
            let date = PlanReference.adding(days: offset, to: first)
            #expect(day["date"] as? String == date)
            #expect(JSONOutput.int(day["minutes"]) == daily[date] ?? 0, "\(date)")
            #expect(JSONOutput.int(day["level"]) == HeatmapReference.level(daily[date] ?? 0, minimum: 20), "\(date)")
        }
        let levels = Dictionary(uniqueKeysWithValues: days.map { ($0["date"] as! String, JSONOutput.int($0["level"])!) })
        #expect([levels["2026-12-09"], levels["2026-12-07"], levels["2026-12-02"], levels["2026-11-25"], levels["2026-11-27"]]
            == [0, 1, 2, 3, 4])

        // Weeks: the 12 Mondays from Sep 21, this week only through today.
        let weeks = try #require(json["weeks"] as? [[String: Any]])
        #expect(weeks.map { $0["monday"] as? String } == (0..<12).map { PlanReference.adding(days: 7 * $0, to: "2026-09-21") })
        #expect(weeks.map { JSONOutput.int($0["minutes"]) } == [0, 180, 360, 360, 0, 12, 200, 0, 0, 345, 315, 40])

        // Categories by the catalog's category of each logged skill.
        let catalog = PlanReference.catalog
        var byCategory: [String: Int] = [:]
        for entry in InsightFixture.log {
            guard let skill = entry.skill, catalog.skills.contains(where: { $0.id == skill }) else { continue }
            byCategory[catalog.skill(skill).category, default: 0] += entry.minutes
        }
        let expectedCategories = catalog.categories.compactMap { category in
            byCategory[category.id].map { [category.id, category.name, "\($0)"] }
        } + [["-", "No skill named", "325"], ["-", "Skills not in the catalog", "30"]]
        #expect(expectedCategories.map { $0[2] } == ["612", "900", "40", "325", "30"])
        let categories = try #require(json["categories"] as? [[String: Any]])
        #expect(categories.map { [$0["category"] as? String ?? "-", $0["name"] as? String ?? "", "\(JSONOutput.int($0["minutes"]) ?? -1)"] }
            == expectedCategories)
        #expect(categories.last.map { $0.keys.contains("category") } == false, "no category id for the buckets")

        let pace = try #require(json["pace"] as? [String: Any])
        #expect(JSONOutput.int(pace["slackDays"]) == -12)
        #expect(JSONOutput.int(pace["loggedMinutes"]) == 700)
        // Due through Dec 8: weeks 1 and 2 whole (2256) and 3 of week 3's 7 days (483.4): 2739.
        #expect(JSONOutput.int(pace["expectedMinutes"]) == 2739)
        #expect(pace["projectedFinish"] as? String == PlanReference.adding(days: 1865, to: "2026-12-09"))

        // Every role's readiness, and the closest: the highest share done, then the fewest hours left.
        let roles = try #require(json["roles"] as? [[String: Any]])
        #expect(roles.map { $0["id"] as? String } == catalog.roles.map(\.id))
        for (view, role) in zip(roles, catalog.roles) {
            let ready = catalog.readiness(of: role, states: InsightFixture.states)
            let readiness = try #require(view["readiness"] as? [String: Any])
            #expect(["done", "learning", "todo", "skipped", "total", "percent"].map { JSONOutput.int(readiness[$0]) }
                    == [ready.done, ready.learning, ready.todo, ready.skipped, ready.total, ready.percent], "\(role.id)")
            #expect(JSONOutput.double(readiness["hoursLeft"]) == ready.hoursLeft, "\(role.id)")
        }
        let closest = catalog.roles.min { a, b in
            let (x, y) = (catalog.readiness(of: a, states: InsightFixture.states), catalog.readiness(of: b, states: InsightFixture.states))
            let (fx, fy) = (Double(x.done) / Double(x.total), Double(y.done) / Double(y.total))
            return fx != fy ? fx > fy : x.hoursLeft < y.hoursLeft
        }
        #expect(closest?.id == "data-analyst")
        #expect(json["closestRole"] as? String == "data-analyst")

        // Gaps for the target: its open required skills by category, in catalog order.
        let gaps = try #require(json["gaps"] as? [String: Any])
        #expect(gaps["role"] as? String == "ml-engineer")
        #expect(JSONOutput.double((gaps["readiness"] as? [String: Any])?["hoursLeft"]) == 1045)
        let open = catalog.requiredClosure(of: catalog.role("ml-engineer")).filter { ["todo", "learning"].contains(InsightFixture.states[$0] ?? "todo") }
        let groups = catalog.categories.compactMap { category -> [String]? in
            let ids = open.filter { catalog.skill($0).category == category.id }
            return ids.isEmpty ? nil : [category.id, category.name] + ids
        }
        let missing = try #require(gaps["missing"] as? [[String: Any]])
        #expect(missing.map { [$0["category"] as? String ?? "", $0["name"] as? String ?? ""] + ($0["skills"] as? [String] ?? []) } == groups)

        // The next five, as `next --json` lists them (NextCLITests has the reasoning).
        let next = try #require(json["next"] as? [String: Any])
        #expect(next["targetRole"] as? String == "ml-engineer")
        #expect(next["phase"] as? String == "foundations")
        #expect(JSONOutput.int(next["minutesLeftThisWeek"]) == 998)
        #expect((next["skills"] as? [[String: Any]])?.map { $0["id"] as? String } == Array(NextCLITests.ranking.prefix(5)))

        // --role changes the gaps only.
        let other = try JSONOutput.object(try InsightFixture.read(cli, ["stats", "--json", "--role", "data-analyst"]).stdout)
        #expect((other["gaps"] as? [String: Any])?["role"] as? String == "data-analyst")
        #expect(other["closestRole"] as? String == "data-analyst")
    }
}
