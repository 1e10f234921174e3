import Foundation
import PlannerEngine

// save-loop expected FOLDER | save-loop run FOLDER a|b
//
// The process the crash-safety test kills. Two states: A has 100,000 log
// entries over five years; B has one more and a skill changed. `expected`
// writes their exact bytes to FOLDER/expected-a.json and
// FOLDER/expected-b.json and exits; `run` saves FOLDER/progress.json through
// ProgressStore in turn, starting with the state named (the one the file
// does not hold, so that every save changes it), until killed, printing
// "ready" once the first save is done.

let arguments = CommandLine.arguments
guard (arguments.count == 3 && arguments[1] == "expected")
        || (arguments.count == 4 && arguments[1] == "run" && ["a", "b"].contains(arguments[3])) else {
    FileHandle.standardError.write(Data("usage: save-loop expected FOLDER | save-loop run FOLDER a|b\n".utf8))
    exit(64)
}
let folder = arguments[2]
let entries = 100_000

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
var next = arguments[3] == "a" ? stateA : stateB
var saved = false
while true {
    try store.save(next)
    next = next == stateA ? stateB : stateA
    if !saved {
        saved = true
        FileHandle.standardOutput.write(Data("ready\n".utf8))
    }
}
