// swift-tools-version:6.1
import PackageDescription

// Benchmarks with ordo-one/benchmark, kept out of the main package so that its
// build and CI stay light. Run: cd Benchmarks && swift package benchmark
// (docs/performance.md has the commands and the figures).
let package = Package(
    name: "career-planner-benchmarks",
    dependencies: [
        .package(name: "career-planner", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        // The large data set: a 10,000-skill catalog and 100,000 log entries over five years.
        .target(name: "LargeData", dependencies: [.product(name: "PlannerEngine", package: "career-planner")]),
        // Writes the large data set to files, for scripts/bench-startup.
        .executableTarget(name: "make-large-data", dependencies: ["LargeData"]),
        .executableTarget(
            name: "PlannerBenchmarks",
            dependencies: [
                "LargeData",
                .product(name: "PlannerEngine", package: "career-planner"),
                .product(name: "PlannerTUI", package: "career-planner"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/PlannerBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)
