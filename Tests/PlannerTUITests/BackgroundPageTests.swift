import Dispatch
import Foundation
import Testing
@testable import PlannerEngine
@testable import PlannerTUI

/// With much data the Progress page is worked out off the input path: the
/// frame after a key shows the last page, marked, and the page follows once
/// it is ready. With little data it is worked out at once, as before.
@Suite struct BackgroundPageTests {
    typealias F = TUIFixture

    /// Which keys a memo's values were made for, in order.
    final class MadeKeys: @unchecked Sendable {
        private let lock = NSLock()
        private var keys: [Int] = []
        func add(_ key: Int) { lock.withLock { keys.append(key) } }
        var all: [Int] { lock.withLock { keys } }
    }

    static func describe(_ answer: BackgroundMemo<Int, String>.Answer) -> String {
        switch answer {
        case .current(let value): return "current \(value)"
        case .outOfDate(let value): return "out of date, showing \(value ?? "nothing")"
        }
    }

    @Test func aValueMadeInTheBackgroundIsOutOfDateUntilReadyAndOnlyTheLatestKeyWaiting() {
        let memo = BackgroundMemo<Int, String>()
        let gate = DispatchSemaphore(value: 0)
        let made = MadeKeys()
        func ask(_ key: Int) -> String {
            Self.describe(memo.value(for: key, inBackground: true) {
                gate.wait()
                made.add(key)
                return "page \(key)"
            })
        }
        #expect(ask(1) == "out of date, showing nothing")
        #expect(memo.isWorking)
        #expect(ask(1) == "out of date, showing nothing", "asked again while it is being made: not started twice")
        #expect(ask(2) == "out of date, showing nothing")
        #expect(ask(3) == "out of date, showing nothing")
        gate.signal()
        gate.signal()
        memo.waitUntilDone()
        #expect(made.all == [1, 3], "2 was passed over: 3 was asked for after it")
        #expect(memo.finishedCount == 2)
        #expect(!memo.isWorking)
        #expect(ask(3) == "current page 3")
        #expect(ask(1) == "out of date, showing page 3")
        gate.signal()
        memo.waitUntilDone()
        #expect(ask(1) == "current page 1")
        #expect(made.all == [1, 3, 1])
    }

    @Test func aValueNotAskedForInTheBackgroundIsMadeAtOnce() {
        let memo = BackgroundMemo<Int, String>()
        #expect(Self.describe(memo.value(for: 7, inBackground: false) { "page 7" }) == "current page 7")
        #expect(!memo.isWorking)
        #expect(memo.finishedCount == 0)
    }

    /// The fixture's target and plan, with `ProgressPane.backgroundFrom` log entries of Python.
    static func largeState() -> AppState {
        var progress = F.progress(plan: true)
        progress.log = (0..<ProgressPane.backgroundFrom).map {
            LogEntry(date: F.today.adding(days: -($0 % 400)), minutes: 30, skillID: "python")
        }
        return AppState(planner: Planner(catalog: F.catalog, progress: progress), today: F.today, width: 80, height: 24, glyphs: .unicode)
    }

    static func readinessLine(_ lines: [StyledLine]) -> String? {
        lines.map(\.text).first { $0.contains("Machine learning engineer:") }?.trimmingCharacters(in: .whitespaces)
    }

    @Test func withMuchDataTheFrameAfterAKeyShowsTheLastPageMarkedUntilTheNewOneIsReady() throws {
        var state = Self.largeState()
        F.press([.character("4")], &state)
        var screen = F.text(F.draw(state))
        #expect(screen.contains("Working out your progress…"), "nothing made yet: \(screen)")
        #expect(screen.split(separator: "\n")[2].hasSuffix(" updating…"), "\(screen)")
        state.progressPage.waitUntilDone()
        screen = F.text(F.draw(state))
        #expect(screen.contains("Habit") && !screen.contains("updating"), "\(screen)")
        let before = try #require(Self.readinessLine(ProgressPane.lines(state, width: 80)))
        #expect(before == "Machine learning engineer: 3 of 41 skills done (7%), 1050 h left.")

        F.press([.character("2"), .character("j"), .character(" "), .character("4")], &state)  // calculus: done → todo
        screen = F.text(F.draw(state))
        #expect(screen.contains(" updating…"), "\(screen)")
        #expect(Self.readinessLine(ProgressPane.lines(state, width: 80)) == before, "the last page, until the new one is ready")
        state.progressPage.waitUntilDone()
        #expect(Self.readinessLine(ProgressPane.lines(state, width: 80)) == "Machine learning engineer: 2 of 41 skills done (4%), 1090 h left.")
        #expect(!F.text(F.draw(state)).contains("updating"))
        // The page made in the background is the page made at once.
        let atOnce = InsightPage.lines(state.planner, ProgressInsights(planner: state.planner, today: state.today), today: state.today,
                                       width: 80, glyphs: .unicode, audience: .interface, nextCount: ProgressPane.nextCount)
        #expect(ProgressPane.lines(state, width: 80) == atOnce)
    }

    @Test func withLittleDataThePageIsReadyInTheFrameAfterTheKey() {
        var state = ProgressPaneTests.loggedState()
        F.press([.character("2"), .character("j"), .character(" "), .character("4")], &state)
        #expect(!state.progressPage.isWorking)
        #expect(!F.text(F.draw(state)).contains("updating"))
    }

    @Test func theSessionTellsTheTerminalLoopWhenAPageWorkedOutInTheBackgroundIsReady() {
        let state = Self.largeState()
        var session = TUISession(state: state, storage: MemoryStorage(state.planner.progress), export: { _, _ in })
        let nothingYet = session.idle()
        #expect(!nothingYet, "nothing to show")
        _ = session.handle(.character("4"))
        #expect(session.frame().rows.joined().contains("Working out your progress"))
        session.state.progressPage.waitUntilDone()
        #expect(!session.isWorkingOutAPage)
        let ready = session.idle()
        let again = session.idle()
        #expect(ready, "the page is ready: draw again")
        #expect(!again, "and only once")
        #expect(session.frame().rows.joined().contains("Habit"))
    }
}
