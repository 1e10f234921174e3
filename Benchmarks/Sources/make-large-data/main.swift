import Foundation
import LargeData
import PlannerEngine

// make-large-data FOLDER
//
// Writes the large data set into FOLDER: catalog.json (a custom catalog that
// brings the built-in one to 10,000 skills) and progress.json (100,000 log
// entries over five years, a plan, some skills done); and, for comparison,
// default-progress.json (the same with 1,000 entries). For scripts/bench-startup.
guard CommandLine.arguments.count == 2 else {
    FileHandle.standardError.write(Data("usage: make-large-data FOLDER\n".utf8))
    exit(64)
}
let folder = CommandLine.arguments[1]
try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
try LargeData.catalogOverlay(totalSkills: 10_000).write(to: URL(fileURLWithPath: folder + "/catalog.json"))
try ProgressFileFormat.encode(LargeData.progress(entries: 100_000)).write(to: URL(fileURLWithPath: folder + "/progress.json"))
try ProgressFileFormat.encode(LargeData.progress(entries: 1_000)).write(to: URL(fileURLWithPath: folder + "/default-progress.json"))
