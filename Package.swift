// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "career-planner",
    products: [
        .executable(name: "career-planner", targets: ["career-planner"]),
        // For the fuzzing (Fuzz/) and benchmark (Benchmarks/) packages.
        .library(name: "PlannerEngine", targets: ["PlannerEngine"]),
        .library(name: "PlannerTUI", targets: ["PlannerTUI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // The only C in the project: the ncursesw headers, seen through shim.h.
        .systemLibrary(
            name: "CNcursesw",
            providers: [.apt(["libncurses-dev"])]
        ),
        // Flushing stdout and checking it, in C: Swift 6 refuses the stdout global in release builds.
        .target(name: "CStandardOutput"),
        // Turns Resources/*.json into a Swift file, so the catalog lives inside the binary.
        .executableTarget(
            name: "ResourceEmbedder",
            path: "Plugins/ResourceEmbedder"
        ),
        .plugin(
            name: "EmbedResources",
            capability: .buildTool(),
            dependencies: ["ResourceEmbedder"],
            path: "Plugins/EmbedResources"
        ),
        // Pure Swift over Foundation: catalog, progress, readiness, store. No terminal code.
        .target(
            name: "PlannerEngine",
            plugins: ["EmbedResources"]
        ),
        // Presentation that does not touch the terminal. Never imports CNcursesw.
        .target(
            name: "PlannerTUI",
            dependencies: ["PlannerEngine"]
        ),
        .executableTarget(
            name: "career-planner",
            dependencies: [
                "PlannerEngine",
                "PlannerTUI",
                "CNcursesw",
                "CStandardOutput",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Saves two states in turn until killed: the crash-safety test's victim.
        .executableTarget(name: "save-loop", dependencies: ["PlannerEngine"], path: "Tests/SaveLoop"),
        // Starts programs for the tests without Foundation's Process (see ChildProcess.swift).
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "PlannerEngineTests", dependencies: ["PlannerEngine", "save-loop", "TestSupport"]),
        .testTarget(name: "PlannerTUITests", dependencies: ["PlannerTUI"]),
        .testTarget(name: "CLITests", dependencies: ["career-planner", "PlannerEngine", "PlannerTUI", "TestSupport"]),
        // Drives the real binary in a real terminal (tmux).
        .testTarget(name: "EndToEndTests", dependencies: ["career-planner", "TestSupport"]),
    ]
)
