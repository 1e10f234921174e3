import Foundation
import Testing
@testable import PlannerEngine

/// The export formats, on the hand-built catalog with a small plan whose
/// every figure is worked out by hand below.
@Suite struct ExportTests {
    static let today = Day(iso: "2026-11-22")!

    /// Engineer needs algebra, python, models, deploy and talk; talk is skipped,
    /// so 4 count: algebra done, python learning, models and deploy to do
    /// (30 + 40 + 15 = 85 h left). The plan starts Monday 2 November and runs
    /// three weeks, the last of which holds today.
    static var planner: Planner {
        var catalog = CatalogFixture.catalog
        catalog.skills[3].milestone = "First model in production"
        let progress = UserProgress(
            targetRole: "engineer",
            skills: [
                "algebra": SkillProgress(state: .done, changed: Day(iso: "2026-10-01"), evidence: ["https://x.org/a|b"]),
                "python": SkillProgress(state: .learning, note: "Week 2, \"loops\""),
                "talk": SkillProgress(state: .skipped),
                "rust": SkillProgress(state: .done),
            ],
            log: [
                LogEntry(date: Day(iso: "2026-11-20")!, minutes: 60, skillID: "algebra"),
                LogEntry(date: Day(iso: "2026-11-21")!, minutes: 30, note: "two\nlines"),
            ],
            plan: StudyPlan(
                settings: PlanSettings(roleID: "engineer", start: Day(iso: "2026-11-02")!, months: 12,
                                       hoursPerWeek: 10, includeNiceToHave: false),
                blocks: [PlanBlock(week: 1, skillID: "python", minutes: 600), PlanBlock(week: 2, skillID: "models", minutes: 600),
                         PlanBlock(week: 3, skillID: "models", minutes: 300), PlanBlock(week: 3, skillID: "deploy", minutes: 300)]))
        return Planner(catalog: catalog, progress: progress)
    }

    func text(_ format: ExportFormat, _ planner: Planner = ExportTests.planner, log: Bool = false) throws -> String {
        String(decoding: try ProgressExport.render(format, planner: planner, today: Self.today, log: log), as: UTF8.self)
    }

    // MARK: Markdown

    @Test func theMarkdownReportHasTheTargetSkillsPlanAndStudy() throws {
        let pace = try #require(Self.planner.paceTowardsTarget(today: Self.today)).slackText
        #expect(try text(.markdown) == """
            # Career progress: Role engineer

            Exported from career-planner on 2026-11-22.

            **Readiness:** 25% (1 of 4 required skills done, 1 learning, 2 to do; 1 skipped). 85 h of study left.

            ## Skills

            ### Core (1 of 4 done)

            | Skill | State | Since | Evidence |
            | --- | --- | --- | --- |
            | Algebra | done | 2026-10-01 | <https://x.org/a%7Cb> |
            | Python | learning |  |  |
            | Models | todo |  |  |
            | Deploy | todo |  |  |

            ### People (0 of 1 done)

            | Skill | State | Since | Evidence |
            | --- | --- | --- | --- |
            | Talk | skipped |  |  |

            ### Other skills

            | Skill | State | Since | Evidence |
            | --- | --- | --- | --- |
            | `rust` (not in the catalog) | done |  |  |

            ## Schedule

            Plan for Role engineer: 2026-11-02 to 2026-11-22, 3 weeks at 10 h a week, 30 h in all. Pace: \(pace).

            ### November 2026

            - Week 1 (Nov 2–8): Python 10 h (learning)
            - Week 2 (Nov 9–15): Models 10 h
            - Week 3 (Nov 16–22), this week: Models 5 h, Deploy 5 h
              - Milestone: First model in production

            ## Study time

            - Logged: 1.5 h on 2 days, from 2026-11-20 to 2026-11-21
            - Streak: 2 days now, longest 2 days (a day counts from 20 min; 1 rest day a week)

            | Category | Hours |
            | --- | ---: |
            | Core | 1 |
            | No skill named | 0.5 |

            """)
    }

    @Test func withNothingYetTheReportSaysSoInEachSection() throws {
        #expect(try text(.markdown, Planner(catalog: CatalogFixture.catalog, progress: UserProgress())) == """
            # Career progress

            Exported from career-planner on 2026-11-22.

            No target role chosen yet.

            ## Skills

            No skills ticked yet.

            ## Schedule

            No study plan yet.

            ## Study time

            Nothing logged yet.

            """)
    }

    @Test func withoutATargetTheTickedSkillsAreListedByCategory() throws {
        let progress = UserProgress(targetRole: "gone", skills: ["talk": SkillProgress(state: .done, changed: Day(iso: "2026-01-05"))])
        let report = try text(.markdown, Planner(catalog: CatalogFixture.catalog, progress: progress))
        #expect(report.hasPrefix("""
            # Career progress

            Exported from career-planner on 2026-11-22.

            The target role `gone` is not in the catalog.

            ## Skills

            ### People (1 of 1 done)

            | Skill | State | Since | Evidence |
            | --- | --- | --- | --- |
            | Talk | done | 2026-01-05 |  |

            ## Schedule

            """))
    }

    @Test func markdownTextIsEscapedAndLinksAreOnlyWebAddresses() {
        #expect(MarkdownReport.inline("a|b *c* <d> & e_f [g](h) `i` #j ~k\\l\nnext") ==
                ##"a\|b \*c\* \<d\> \& e\_f \[g\](h) \`i\` \#j \~k\\l next"##)
        #expect(MarkdownReport.inline("red \u{1B}[31mtext\u{07}") == "red \u{FFFD}\\[31mtext\u{FFFD}")
        #expect(MarkdownReport.link("https://example.org/x?a=1|2") == "<https://example.org/x?a=1%7C2>")
        #expect(MarkdownReport.link("http://example.org") == "<http://example.org>")
        #expect(MarkdownReport.link("javascript:alert(1)") == "javascript:alert(1)")
        #expect(MarkdownReport.link("https://a b") == "https://a b")
        #expect(MarkdownReport.code("odd`id") == #"odd\`id"#)
    }

    // MARK: CSV

    @Test func theSkillsCSVHasEveryCatalogSkillThenTheUnknownOnes() throws {
        #expect(try text(.csv) == [
            "id,name,category,state,changed,hours,target_role,note,evidence",
            "algebra,Algebra,Core,done,2026-10-01,20,required,,https://x.org/a|b",
            "python,Python,Core,learning,,30,required,\"Week 2, \"\"loops\"\"\",",
            "models,Models,Core,todo,,40,required,,",
            "deploy,Deploy,Core,todo,,15,required,,",
            "talk,Talk,People,skipped,,5,required,,",
            "rust,,,done,,,,,",
        ].map { $0 + "\r\n" }.joined())
    }

    @Test func theLogCSVKeepsTheOrderAndQuotesLineBreaks() throws {
        #expect(try text(.csv, log: true) == "date,minutes,skill,note\r\n2026-11-20,60,algebra,\r\n2026-11-21,30,,\"two\nlines\"\r\n")
    }

    @Test func csvFieldsAreQuotedOnlyWhenTheyNeedIt() {
        #expect(CSVExport.field("plain text") == "plain text")
        #expect(CSVExport.field("a,b") == "\"a,b\"")
        #expect(CSVExport.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVExport.field("one\r\ntwo") == "\"one\r\ntwo\"")
        #expect(CSVExport.field("é, 日本") == "\"é, 日本\"")
        #expect(CSVExport.field("") == "")
    }

    // MARK: JSON

    @Test func theJSONExportIsTheDataFileFormat() throws {
        #expect(try ProgressExport.render(.json, planner: Self.planner, today: Self.today)
                == ProgressFileFormat.encode(Self.planner.progress))
    }
}
