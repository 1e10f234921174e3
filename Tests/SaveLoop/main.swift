import Foundation
import PlannerEngine

// save-loop expected|run FOLDER [ENTRIES]
//
// The process the crash-safety test kills. Two states: A has ENTRIES log
// entries (default 100,000) over five years; B has one more and a skill
// changed. `expected` writes their exact bytes to FOLDER/expected-a.json and
// FOLDER/expected-b.json and exits; `run` saves FOLDER/progress.json through
// ProgressStore as A, B, A, B… until killed, printing "ready" once the first
// save is done.

let arguments = CommandLine.arguments
guard arguments.count >= 3, ["expected", "run"].contains(arguments[1]) else {
    FileHandle.standardError.write(Data("usage: save-loop expected|run FOLDER [ENTRIES]\n".utf8))
    exit(64)
}
let folder = arguments[2]
let entries = arguments.count > 3 ? Int(arguments[3]) ?? 100_000 : 100_000

let first = Day(iso: "2021-11-23")!
let skills = ["python", "sql", "calculus", "numpy", "statistics"]
var log: [LogEntry] = []
log.reserveCapacity(entries + 1)
for index in 0..<entries {
    log.append(LogEntry(date: first.adding(days: index * 1826 / max(1, entries)), minutes: 1 + index % 25,
                        skillID: index % 6 == 5 ? nil : skills[index % 5], note: index % 7 == 0 ? "entry \(index)" : nil))
}
let stateA = UserProgress(targetRole: "ml-engineer",
                          skills: ["python": SkillProgress(state: .done, changed: Day(iso: "2026-01-01"))], log: log)
var stateB = stateA
stateB.log.append(LogEntry(date: Day(iso: "2026-11-22")!, minutes: 30, skillID: "sql", note: "the one more"))
stateB.skills["sql"] = SkillProgress(state: .learning, changed: Day(iso: "2026-11-22"))

if arguments[1] == "expected" {
    try ProgressFileFormat.encode(stateA).write(to: URL(fileURLWithPath: folder + "/expected-a.json"))
    try ProgressFileFormat.encode(stateB).write(to: URL(fileURLWithPath: folder + "/expected-b.json"))
    exit(0)
}

let store = ProgressStore(path: folder + "/progress.json")
var saves = 0
while true {
    try store.save(saves % 2 == 0 ? stateA : stateB)
    saves += 1
    if saves == 1 {
        FileHandle.standardOutput.write(Data("ready\n".utf8))
    }
}
