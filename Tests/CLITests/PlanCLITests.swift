import Foundation
import Testing

/// `career-planner plan`: the page, the data file, `--json` and the settings.
@Suite struct PlanCLITests {
    /// `target ml-engineer` then `plan` on 2026-11-22. Checked by hand and by
    /// `planFollowsTheCatalog` below: 65 weeks from Sun 2026-11-22 (each 7 days,
    /// month headings by the week's first day); every week but the last holds
    /// 18.8 h (1128 min: 1220 h / 65 weeks in 15 months, rounded up to 0.1 h);
    /// each prerequisite before what needs it (probability before statistics,
    /// command-line-basics before git-version-control, python before
    /// data-structures-algorithms, neural-networks and oop before pytorch,
    /// data-cleaning, data-visualisation and model-evaluation before
    /// end-to-end-project); phases in order; the two milestones of the closure on
    /// the weeks end-to-end-project (55) and interview-project-presentation (63) end.
    static let page = """
        Plan for Machine learning engineer: 2026-11-22 to 2028-02-19
          65 weeks at 18.8 h a week, 1220 h in all (made for 15 months)

        November 2026
          == Foundations ==
        > Week 1  Nov 22  [ ] linear-algebra 18.8 h
          Week 2  Nov 29  [ ] linear-algebra 18.8 h

        December 2026
          Week 3  Dec 6   [ ] linear-algebra 2.4 h, [ ] calculus 16.4 h
          Week 4  Dec 13  [ ] calculus 18.8 h
          Week 5  Dec 20  [ ] calculus 4.8 h, [ ] probability 14 h
          Week 6  Dec 27  [ ] probability 18.8 h

        January 2027
          Week 7  Jan 3   [ ] probability 2.2 h, [ ] statistics 16.6 h
          Week 8  Jan 10  [ ] statistics 18.8 h
          Week 9  Jan 17  [ ] statistics 14.6 h, [ ] optimisation 4.2 h
          Week 10 Jan 24  [ ] optimisation 18.8 h
          Week 11 Jan 31  [ ] optimisation 7 h, [ ] python 11.8 h

        February 2027
          Week 12 Feb 7   [ ] python 18.8 h
          Week 13 Feb 14  [ ] python 18.8 h
          Week 14 Feb 21  [ ] python 10.6 h, [ ] command-line-basics 8.2 h
          Week 15 Feb 28  [ ] command-line-basics 1.8 h, [ ] git-version-control 15 h,
                          [ ] data-structures-algorithms 2 h

        March 2027
          Week 16 Mar 7   [ ] data-structures-algorithms 18.8 h
          Week 17 Mar 14  [ ] data-structures-algorithms 18.8 h
          Week 18 Mar 21  [ ] data-structures-algorithms 18.8 h
          Week 19 Mar 28  [ ] data-structures-algorithms 1.6 h, [ ] oop 17.2 h

        April 2027
          Week 20 Apr 4   [ ] oop 7.8 h, [ ] testing-documentation 11 h
          Week 21 Apr 11  [ ] testing-documentation 9 h, [ ] sql 9.8 h
          Week 22 Apr 18  [ ] sql 18.8 h
          Week 23 Apr 25  [ ] sql 1.4 h, [ ] numpy 15 h, [ ] pandas 2.4 h

        May 2027
          Week 24 May 2   [ ] pandas 18.8 h
          Week 25 May 9   [ ] pandas 3.8 h, [ ] data-cleaning 15 h
          Week 26 May 16  [ ] data-cleaning 15 h, [ ] data-visualisation 3.8 h
          Week 27 May 23  [ ] data-visualisation 16.2 h,
                          [ ] exploratory-data-analysis 2.6 h
          Week 28 May 30  [ ] exploratory-data-analysis 17.4 h,
                          [ ] feature-engineering 1.4 h

        June 2027
          Week 29 Jun 6   [ ] feature-engineering 18.8 h
          == Core ML ==
          Week 30 Jun 13  [ ] feature-engineering 9.8 h, [ ] ml-concepts 9 h
          Week 31 Jun 20  [ ] ml-concepts 11 h, [ ] supervised-learning 7.8 h
          Week 32 Jun 27  [ ] supervised-learning 18.8 h

        July 2027
          Week 33 Jul 4   [ ] supervised-learning 13.4 h, [ ] scikit-learn 5.4 h
          Week 34 Jul 11  [ ] scikit-learn 18.8 h
          Week 35 Jul 18  [ ] scikit-learn 0.8 h, [ ] model-evaluation 18 h
          Week 36 Jul 25  [ ] model-evaluation 2 h, [ ] unsupervised-learning 16.8 h

        August 2027
          Week 37 Aug 1   [ ] unsupervised-learning 8.2 h,
                          [ ] hyperparameter-tuning 10.6 h
          Week 38 Aug 8   [ ] hyperparameter-tuning 4.4 h,
                          [ ] algorithm-families 14.4 h
          == Deep learning and specialisation ==
          Week 39 Aug 15  [ ] algorithm-families 15.6 h, [ ] neural-networks 3.2 h
          Week 40 Aug 22  [ ] neural-networks 18.8 h
          Week 41 Aug 29  [ ] neural-networks 18 h, [ ] pytorch 0.8 h

        September 2027
          Week 42 Sep 5   [ ] pytorch 18.8 h
          Week 43 Sep 12  [ ] pytorch 18.8 h
          Week 44 Sep 19  [ ] pytorch 1.6 h, [ ] rl-basics 17.2 h
          == Production and MLOps ==
          Week 45 Sep 26  [ ] rl-basics 17.8 h, [ ] model-deployment 1 h

        October 2027
          Week 46 Oct 3   [ ] model-deployment 18.8 h
          Week 47 Oct 10  [ ] model-deployment 10.2 h, [ ] monitoring-retraining 8.6 h
          Week 48 Oct 17  [ ] monitoring-retraining 16.4 h,
                          [ ] cloud-ml-services 2.4 h
          Week 49 Oct 24  [ ] cloud-ml-services 18.8 h
          Week 50 Oct 31  [ ] cloud-ml-services 13.8 h, [ ] hadoop-spark 5 h

        November 2027
          Week 51 Nov 7   [ ] hadoop-spark 18.8 h
          == Portfolio and experience ==
          Week 52 Nov 14  [ ] hadoop-spark 11.2 h, [ ] end-to-end-project 7.6 h
          Week 53 Nov 21  [ ] end-to-end-project 18.8 h
          Week 54 Nov 28  [ ] end-to-end-project 18.8 h

        December 2027
          Week 55 Dec 5   [ ] end-to-end-project 14.8 h, [ ] github-documentation 4 h
                          * Milestone: First end-to-end project published
          == Job search ==
          Week 56 Dec 12  [ ] github-documentation 6 h, [ ] interview-coding 12.8 h
          Week 57 Dec 19  [ ] interview-coding 18.8 h
          Week 58 Dec 26  [ ] interview-coding 8.4 h, [ ] interview-ml-theory 10.4 h

        January 2028
          Week 59 Jan 2   [ ] interview-ml-theory 18.8 h
          Week 60 Jan 9   [ ] interview-ml-theory 0.8 h,
                          [ ] interview-system-design 18 h
          Week 61 Jan 16  [ ] interview-system-design 12 h, [ ] communication 6.8 h
          Week 62 Jan 23  [ ] communication 13.2 h,
                          [ ] interview-project-presentation 5.6 h
          Week 63 Jan 30  [ ] interview-project-presentation 4.4 h,
                          [ ] collaboration 14.4 h
                          * Milestone: Mock interviews done

        February 2028
          Week 64 Feb 6   [ ] collaboration 0.6 h, [ ] problem-solving 18.2 h
          Week 65 Feb 13  [ ] problem-solving 1.8 h, [ ] project-management 15 h

        """

    /// The data file right after `target ml-engineer` and `plan`: its first and last lines.
    static let fileStart = """
        {
          "schemaVersion": 2,
          "plan": {
            "blocks": [
              {"minutes": 1128, "skill": "linear-algebra", "week": 1},
              {"minutes": 1128, "skill": "linear-algebra", "week": 2},
              {"minutes": 144, "skill": "linear-algebra", "week": 3},
              {"minutes": 984, "skill": "calculus", "week": 3},
              {"minutes": 1128, "skill": "calculus", "week": 4},
              {"minutes": 288, "skill": "calculus", "week": 5},
              {"minutes": 840, "skill": "probability", "week": 5},

        """
    static let fileEnd = """
              {"minutes": 108, "skill": "problem-solving", "week": 65},
              {"minutes": 900, "skill": "project-management", "week": 65}
            ],
            "hoursPerWeek": 18.8,
            "months": 15,
            "niceToHave": false,
            "role": "ml-engineer",
            "start": "2026-11-22"
          },
          "skills": {},
          "targetRole": "ml-engineer"
        }

        """

    @Test func planWithoutATargetIsRefusedAndWritesNothing() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let refusal = CLIRunner.Result(stdout: "", stderr: """
            career-planner: choose a target role first ('career-planner target ROLE'); the plan is built for it

            """, status: 64)
        #expect(try cli.runOnFile(["plan"]) == refusal)
        #expect(try cli.runOnFile(["plan", "--json"]) == refusal)
        #expect(try cli.runOnFile(["plan", "--months", "12"]) == refusal)
        #expect(!CLIRunner.exists(cli.dataFile))
        try cli.succeed([["tick", "python"]])
        let before = cli.snapshot()
        #expect(try cli.runOnFile(["plan"]) == refusal)
        #expect(cli.snapshot() == before)
    }

    @Test func firstPlanShowsTheWholePageAndIsKeptWithItsSettings() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.succeed([["target", "ml-engineer"]])
        #expect(try cli.runOnFile(["plan"]) == .init(stdout: Self.page, stderr: "", status: 0))
        let text = try cli.dataText()
        #expect(text.hasPrefix(Self.fileStart))
        #expect(text.hasSuffix(Self.fileEnd))
        // One block per line: 106 blocks, as many as the page's items.
        #expect(text.split(separator: "\n").filter { $0.hasPrefix("      {\"minutes\": ") }.count == 106)
        #expect(Self.page.components(separatedBy: "[ ] ").count - 1 == 106)

        // Shown again, the same page, and the file is not touched (no save, no backup).
        let before = cli.snapshot()
        #expect(try cli.runOnFile(["plan"]) == .init(stdout: Self.page, stderr: "", status: 0))
        #expect(cli.snapshot() == before)
        // Weeks later the plan stays put; only the pointer moves to this week (week 3 from Dec 6).
        let later = Self.page.replacingOccurrences(of: "> Week 1 ", with: "  Week 1 ")
            .replacingOccurrences(of: "  Week 3  Dec 6", with: "> Week 3  Dec 6")
        #expect(later != Self.page)
        #expect(try cli.runOnFile(["plan"], environment: ["CAREER_PLANNER_TODAY": "2026-12-10"])
            == .init(stdout: later, stderr: "", status: 0))
        #expect(cli.snapshot() == before)
    }

    /// The stored plan checked against the catalog, with numbers worked out here.
    @Test func planFollowsTheCatalog() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.succeed([["target", "ml-engineer"]])
        let result = try cli.runOnFile(["plan", "--json"])
        #expect(result.status == 0 && result.stderr == "")
        let plan = try JSONOutput.object(result.stdout)
        let skills = PlanReference.planSkills("ml-engineer")
        let total = PlanReference.minutes(of: skills)
        #expect(total == 1220 * 60)
        let weeksIn15Months = PlanReference.weeks(inMonths: 15, from: "2026-11-22")
        #expect(weeksIn15Months == 65)
        let hours = PlanReference.roundedUp(Double(total) / 60 / Double(weeksIn15Months))
        #expect(hours == 18.8)
        #expect(JSONOutput.double(plan["hoursPerWeek"]) == hours)
        #expect(JSONOutput.int(plan["totalMinutes"]) == total)

        let weeks = try #require(plan["weeks"] as? [[String: Any]])
        var order: [String] = []
        var finishing: [String: Int] = [:]
        for (index, week) in weeks.enumerated() {
            let number = index + 1
            #expect(JSONOutput.int(week["week"]) == number)
            #expect(week["start"] as? String == PlanReference.adding(days: 7 * index, to: "2026-11-22"))
            #expect(week["end"] as? String == PlanReference.adding(days: 7 * index + 6, to: "2026-11-22"))
            let blocks = try #require(week["blocks"] as? [[String: Any]])
            let minutes = blocks.compactMap { JSONOutput.int($0["minutes"]) }.reduce(0, +)
            if number < weeks.count {
                #expect(minutes == Int(hours * 60), "week \(number) holds \(minutes) minutes")
            } else {
                #expect(minutes > 0 && minutes <= Int(hours * 60))
            }
            for block in blocks {
                let id = try #require(block["skill"] as? String)
                if order.last != id { order.append(id) }
                finishing[id] = number
            }
        }
        #expect(weeks.count == 65)
        #expect(plan["end"] as? String == PlanReference.adding(days: 7 * 65 - 1, to: "2026-11-22"))
        // Each skill once, in one run of weeks, and exactly the open closure.
        #expect(order.count == Set(order).count)
        #expect(Set(order) == skills)
        for (position, id) in order.enumerated() {
            for prerequisite in PlanReference.catalog.skill(id).prerequisites {
                let before = try #require(order.firstIndex(of: prerequisite), "\(prerequisite) is not planned")
                #expect(before < position, "\(prerequisite) comes after \(id)")
            }
        }
        // Milestones: on the week their skill's study ends, and nowhere else.
        let root = try JSONSerialization.jsonObject(with: Data(contentsOf: ReferenceCatalog.path)) as! [String: Any]
        let milestones = Dictionary(uniqueKeysWithValues: (root["skills"] as! [[String: Any]]).compactMap { skill in
            (skill["milestone"] as? String).map { (skill["id"] as! String, $0) }
        })
        for (index, week) in weeks.enumerated() {
            let expected = order.filter { finishing[$0] == index + 1 }.compactMap { milestones[$0] }
            #expect(week["milestones"] as? [String] == expected, "week \(index + 1)")
        }
        #expect(weeks.compactMap { ($0["milestones"] as? [String])?.first }
            == ["First end-to-end project published", "Mock interviews done"])
    }
}
