import Testing
@testable import PlannerEngine

@Suite struct DayTests {
    @Test func parsesOnlyRealDaysInISOForm() {
        #expect(Day(iso: "2024-02-29")?.iso == "2024-02-29")
        for bad in ["2023-02-29", "2026-13-01", "2026-00-10", "2026-1-5", "26-11-22", "2026/11/22", "", "2026-11-22x",
                    "１２３４-11-22"] {
            #expect(Day(iso: bad) == nil, "\(bad)")
        }
        #expect(Day(iso: "1900-02-29") == nil)
        #expect(Day(iso: "2000-02-29") != nil)
    }

    @Test func ordersByDate() {
        #expect(Day(iso: "2026-01-31")! < Day(iso: "2026-02-01")!)
        #expect(Day(iso: "2025-12-31")! < Day(iso: "2026-01-01")!)
    }
}

@Suite struct DataFileLocationTests {
    @Test func explicitBeatsEnvironmentBeatsXDGBeatsHome() throws {
        let all = ["CAREER_PLANNER_FILE": "/env/p.json", "XDG_DATA_HOME": "/xdg/", "HOME": "/home/u"]
        #expect(try DataFileLocation.resolve(explicit: "/flag.json", environment: all) == "/flag.json")
        #expect(try DataFileLocation.resolve(explicit: nil, environment: all) == "/env/p.json")
        var rest = all
        rest["CAREER_PLANNER_FILE"] = nil
        #expect(try DataFileLocation.resolve(explicit: nil, environment: rest) == "/xdg/career-planner/progress.json")
        rest["XDG_DATA_HOME"] = "relative/path"
        #expect(try DataFileLocation.resolve(explicit: nil, environment: rest)
                == "/home/u/.local/share/career-planner/progress.json")
    }

    @Test func noHomeAndEmptyPathAreErrors() {
        #expect(throws: DataFileLocation.Failure.noHome) { try DataFileLocation.resolve(explicit: nil, environment: [:]) }
        #expect(throws: DataFileLocation.Failure.emptyPath) {
            try DataFileLocation.resolve(explicit: "", environment: ["HOME": "/h"])
        }
    }
}
