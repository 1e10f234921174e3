// swift-tools-version:6.0
import PackageDescription

// libFuzzer targets for the data-file loader and the catalog parser, kept out
// of the main package so that its build and CI stay as they are. Build and
// run them with scripts/fuzz (see docs/reliability.md).
/// libFuzzer and AddressSanitizer in the fuzz targets, which link libFuzzer
/// and start it from their own main() through LLVMFuzzerRunDriver. The engine
/// gets AddressSanitizer and libFuzzer's coverage from scripts/fuzz's flags;
/// `-Xswiftc -sanitize=fuzzer` itself cannot be given to the whole build, as
/// it would also link libFuzzer into the catalog-embedding build tool.
let fuzzer = (swift: [SwiftSetting.unsafeFlags(["-sanitize=fuzzer,address"])],
              linker: [LinkerSetting.unsafeFlags(["-sanitize=fuzzer,address", "-use-ld=lld"])])

let package = Package(
    name: "career-planner-fuzz",
    dependencies: [
        .package(name: "career-planner", path: ".."),
    ],
    targets: [
        .target(name: "CFuzzDriver"),
        .executableTarget(
            name: "fuzz-data-file",
            dependencies: ["CFuzzDriver", .product(name: "PlannerEngine", package: "career-planner")],
            swiftSettings: fuzzer.swift,
            linkerSettings: fuzzer.linker
        ),
        .executableTarget(
            name: "fuzz-catalog",
            dependencies: ["CFuzzDriver", .product(name: "PlannerEngine", package: "career-planner")],
            swiftSettings: fuzzer.swift,
            linkerSettings: fuzzer.linker
        ),
    ]
)
