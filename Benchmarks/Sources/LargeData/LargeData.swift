import Foundation
import PlannerEngine

/// The large data set the benchmarks and scripts/bench-startup use: a custom
/// catalog that brings the built-in one to 10,000 skills, and a data file
/// with 100,000 log entries over five years. Made the same way every time.
public enum LargeData {
    public static let today = Day(iso: "2026-11-22")!

    /// The built-in catalog.
    public static let builtIn: Catalog = {
        guard case .loaded(let catalog) = Catalog.embedded() else { fatalError("the built-in catalog does not load") }
        return catalog
    }()

    /// A custom catalog (laid over the built-in one) adding a category of
    /// `count - 81` generated skills, each needing up to two of the 50 before
    /// it, and a role that needs all of them: `generated-engineer`. Hours are
    /// small (0.1 to 0.3) so that a plan for the role fits in 18 months.
    public static func catalogOverlay(totalSkills count: Int) -> Data {
        let extra = count - builtIn.skills.count
        var skills: [String] = []
        skills.reserveCapacity(extra)
        for index in 0..<extra {
            var needs: [String] = []
            if index > 0 { needs.append("g\(index - 1 - (index * 7919) % min(index, 50))") }
            if index > 1, index % 3 == 0 { needs.append("g\(index - 1 - (index * 104_729) % min(index - 1, 50))") }
            let hours = Double(1 + index % 3) / 10
            skills.append("""
                {"id": "g\(index)", "name": "Generated skill \(index)", "category": "generated", "hours": \(hours), \
                "prerequisites": [\(Set(needs).sorted().map { "\"\($0)\"" }.joined(separator: ", "))], \
                "learn": "Study generated topic \(index).", "show": "Show generated topic \(index)."}
                """)
        }
        let required = (0..<extra).map { "\"g\($0)\"" }.joined(separator: ", ")
        let text = """
            {"formatVersion": 1,
             "categories": [{"id": "generated", "name": "Generated", "phase": "core-ml"}],
             "skills": [
            \(skills.joined(separator: ",\n"))
             ],
             "roles": [{"id": "generated-engineer", "name": "Generated engineer", "steppingStone": false,
               "summary": "A role that needs every generated skill.", "responsibilities": ["Learn them all"],
               "typicalDay": null, "pay": [], "outlook": [], "entryRoutes": ["Study"], "progression": ["Junior", "Senior"],
               "industries": ["Benchmarks"], "requiredSkills": [\(required)], "niceToHaveSkills": [], "sources": ["jenkins-2025"]}]
            }
            """
        return Data(text.utf8)
    }

    /// The built-in catalog with `catalogOverlay` over it.
    public static func catalog(totalSkills count: Int) -> Catalog {
        let location = CatalogLocation(path: "large-catalog.json", origin: .commandLine)
        do {
            return try CatalogInEffect.assemble(builtIn: builtIn, customData: catalogOverlay(totalSkills: count), from: location).catalog
        } catch {
            fatalError("the generated catalog does not load: \(error)")
        }
    }

    /// Progress towards the machine learning engineer role with a 12-month
    /// plan from 2026-11-02, a few skills done or being learned, and `entries`
    /// log entries spread over the five years up to today, most on a skill.
    public static func progress(entries: Int, catalog: Catalog = builtIn) -> UserProgress {
        var planner = Planner(catalog: catalog, progress: UserProgress())
        do {
            try planner.setTarget("ml-engineer")
            try planner.mark(["python", "linear-algebra", "calculus", "sql"], as: .done, today: today)
            try planner.mark(["probability", "numpy"], as: .learning, today: today)
            try planner.plan(.init(months: 12, start: Day(iso: "2026-11-02")!), today: today)
        } catch {
            fatalError("the large progress cannot be made: \(error)")
        }
        var progress = planner.progress
        let skills = ["python", "linear-algebra", "calculus", "probability", "numpy", "statistics", "pandas"]
        let first = today.adding(days: -1825)
        progress.log.reserveCapacity(entries)
        for index in 0..<entries {
            progress.log.append(LogEntry(date: first.adding(days: index * 1825 / max(1, entries)), minutes: 5 + index % 55,
                                         skillID: index % 5 == 4 ? nil : skills[index % skills.count],
                                         note: index % 9 == 0 ? "session \(index)" : nil))
        }
        return progress
    }
}
