import Benchmark
import Foundation
import LargeData
import PlannerEngine
import PlannerTUI

/// Storage that keeps the progress in memory: the benchmarks measure the
/// interface, not the disk.
final class MemoryStorage: ProgressStorage {
    var progress: UserProgress
    init(_ progress: UserProgress) { self.progress = progress }
    func save(_ progress: UserProgress) throws -> SaveOutcome { self.progress = progress; return .saved }
    func reloadIfChanged() -> OutsideChange { .none }
    func reload() throws -> UserProgress { progress }
    func overwrite(with progress: UserProgress) throws { self.progress = progress }
    func saveCopy(of progress: UserProgress, today: Day) throws -> String { "" }
}

/// A session on `progress` against `catalog` at the given size, focused on `pane` (1 to 4).
func session(_ catalog: Catalog, _ progress: UserProgress, width: Int, height: Int, pane: Character = "1") -> TUISession {
    let state = AppState(planner: Planner(catalog: catalog, progress: progress), today: LargeData.today,
                         width: width, height: height, glyphs: .unicode)
    var session = TUISession(state: state, storage: MemoryStorage(progress), export: { _, _ in })
    _ = session.handle(.character(pane))
    return session
}

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .mallocCountTotal, .peakMemoryResident],
                                           maxDuration: .seconds(3), maxIterations: 1_000)

    // Load and save at 1k, 10k and 100k log entries, through the real store.
    for entries in [1_000, 10_000, 100_000] {
        let label = "\(entries / 1_000)k entries"
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bench-\(entries)").path
        let store = ProgressStore(path: folder + "/progress.json")
        let progress = LargeData.progress(entries: entries)
        Benchmark("Load \(label)", configuration: .init(setup: { try! store.save(progress) })) { benchmark in
            for _ in benchmark.scaledIterations { blackHole(try store.load()) }
        }
        Benchmark("Save \(label)") { benchmark in
            for _ in benchmark.scaledIterations { try store.save(progress) }
        }
        Benchmark("Encode \(label)") { benchmark in
            for _ in benchmark.scaledIterations { blackHole(ProgressFileFormat.encode(progress)) }
        }
    }

    // The schedule for the target role of the built-in catalog, and for a role needing all of a 10,000-skill one.
    Benchmark("Schedule built-in catalog") { benchmark in
        let role = LargeData.builtIn.role("ml-engineer")!
        for _ in benchmark.scaledIterations {
            blackHole(try ScheduleBuilder.build(catalog: LargeData.builtIn, progress: UserProgress(),
                                                request: .init(role: role, start: LargeData.today, months: 12)))
        }
    }
    let large = LargeData.catalog(totalSkills: 10_000)
    Benchmark("Schedule 10k-skill catalog") { benchmark in
        let role = large.role("generated-engineer")!
        for _ in benchmark.scaledIterations {
            blackHole(try ScheduleBuilder.build(catalog: large, progress: UserProgress(),
                                                request: .init(role: role, start: LargeData.today, months: 18)))
        }
    }
    Benchmark("Load 10k-skill catalog") { benchmark in
        let overlay = LargeData.catalogOverlay(totalSkills: 10_000)
        let location = CatalogLocation(path: "large.json", origin: .commandLine)
        for _ in benchmark.scaledIterations {
            blackHole(try CatalogInEffect.assemble(builtIn: LargeData.builtIn, customData: overlay, from: location))
        }
    }

    // Each pane drawn into the grid, with the default data and with the large set.
    let small = LargeData.progress(entries: 1_000)
    let big = LargeData.progress(entries: 100_000, catalog: large)
    // The same two with 100,000 log entries: time logged comes off each skill's estimate.
    Benchmark("Schedule 10k-skill catalog, 100k entries") { benchmark in
        let role = large.role("generated-engineer")!
        for _ in benchmark.scaledIterations {
            blackHole(try ScheduleBuilder.build(catalog: large, progress: big,
                                                request: .init(role: role, start: LargeData.today, months: 18)))
        }
    }
    // What the Progress pane and `stats` work out: streaks, weeks, categories, pace, next skills, closest role.
    for (label, catalog, progress) in [("default", LargeData.builtIn, small), ("large", large, big)] {
        let planner = Planner(catalog: catalog, progress: progress)
        Benchmark("Insights \(label)") { benchmark in
            for _ in benchmark.scaledIterations { blackHole(ProgressInsights(planner: planner, today: LargeData.today)) }
        }
    }
    for (data, catalog, progress) in [("default", LargeData.builtIn, small), ("large", large, big)] {
        for (width, height) in [(80, 24), (200, 60)] {
            for (pane, name) in [("1", "Roles"), ("2", "Skills"), ("3", "Schedule"), ("4", "Progress")] as [(Character, String)] {
                let open = session(catalog, progress, width: width, height: height, pane: pane)
                Benchmark("Draw \(name) \(width)x\(height) \(data)") { benchmark in
                    for _ in benchmark.scaledIterations { blackHole(open.frame()) }
                }
            }
        }
        // One keypress (down in Skills) to the next frame.
        var keys = session(catalog, progress, width: 80, height: 24, pane: "2")
        Benchmark("Keypress to frame \(data)") { benchmark in
            for _ in benchmark.scaledIterations {
                _ = keys.handle(.down)
                blackHole(keys.frame())
            }
        }
        // A tick in Skills, then 4: the Progress page, worked out again for the changed progress, to the frame.
        var looking = session(catalog, progress, width: 80, height: 24, pane: "2")
        Benchmark("Tick, then the Progress pane, to frame \(data)") { benchmark in
            for _ in benchmark.scaledIterations {
                _ = looking.handle(.character(" "))
                _ = looking.handle(.character("4"))
                blackHole(looking.frame())
                _ = looking.handle(.character("2"))
            }
        }
        // The same, until the page worked out for the changed progress is on screen: with much data it is
        // worked out off the input path, and the frame above shows the last page, marked, meanwhile.
        var waiting = session(catalog, progress, width: 80, height: 24, pane: "2")
        Benchmark("Tick, then the Progress page, until ready \(data)") { benchmark in
            for _ in benchmark.scaledIterations {
                _ = waiting.handle(.character(" "))
                _ = waiting.handle(.character("4"))
                blackHole(waiting.frame())
                while waiting.isWorkingOutAPage { usleep(50) }
                blackHole(waiting.frame())
                _ = waiting.handle(.character("2"))
            }
        }
        // A keypress that changes the progress (space in Skills, done and back) to the next frame,
        // on a real data file: the save runs on its own queue, so the key does not wait for it.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bench-\(UUID().uuidString)").path
        let store = ProgressStore(path: folder + "/progress.json")
        var saving: TUISession?
        Benchmark("Keypress that saves, to frame \(data)", configuration: .init(setup: {
            try! store.save(progress)
            let state = AppState(planner: Planner(catalog: catalog, progress: progress), today: LargeData.today,
                                 width: 80, height: 24, glyphs: .unicode)
            saving = TUISession(state: state, storage: try! SharedDataFile(store: store), export: { _, _ in })
            _ = saving!.handle(.character("2"))
        }, teardown: {
            saving!.settle()
            try? FileManager.default.removeItem(atPath: folder)
        })) { benchmark in
            for _ in benchmark.scaledIterations {
                _ = saving!.handle(.character(" "))
                blackHole(saving!.frame())
            }
        }
    }
}
