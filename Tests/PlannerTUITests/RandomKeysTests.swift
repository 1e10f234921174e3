import Testing
@testable import PlannerEngine
@testable import PlannerTUI

/// 100,000 random keys, clicks, wheel turns and resizes (1x1 to 250x80), in two runs,
/// through the interface's update loop, with its invariants checked after
/// every one: each cursor within its list and on screen, scrolls within
/// their ends, and, whenever nothing is waiting to be saved, the progress
/// saved is the progress shown. A frame is drawn every 50 events and after
/// every resize.
@Suite struct RandomKeysTests {
    /// Two runs of half each, with their own seeds, so that they share the two cores.
    static let events = 100_000

    /// Keys weighted towards the ones the interface binds.
    static func randomKey(_ random: inout XorShift) -> Key {
        let bound: [Character] = [" ", "l", "s", "n", "L", "t", "c", "p", "e", "u", "/", "?", "q", "y", "j", "k", "g", "G",
                                  "a", "m", "i", "1", "2", "3", "4", "x", "0", "9"]
        switch random.next() % 100 {
        case 0..<45: return .character(bound[Int(random.next() % UInt64(bound.count))])
        case 45..<55: return .character(Character(Unicode.Scalar(UInt8(0x20 + random.next() % 95))))
        case 55..<85:
            let named: [Key] = [.up, .down, .left, .right, .pageUp, .pageDown, .home, .end, .enter, .escape,
                                .backspace, .delete, .tab, .backTab, .control("r"), .wheelUp, .wheelDown]
            return named[Int(random.next() % UInt64(named.count))]
        case 85..<93: return .click(row: Int(random.next() % 90), column: Int(random.next() % 260))
        default:
            // Mostly usable sizes, sometimes far too small.
            if random.next() % 4 == 0 { return .resize(width: 1 + Int(random.next() % 79), height: 1 + Int(random.next() % 23)) }
            return .resize(width: 80 + Int(random.next() % 171), height: 24 + Int(random.next() % 57))
        }
    }

    /// What must hold after every event: for the focused pane each time, for
    /// every pane when `full`.
    static func checkInvariants(_ state: AppState, event: Int, seed: UInt64, full: Bool) {
        let layout = Layout(state)
        for pane in [Pane.roles, .skills, .schedule] where full || pane == state.focus {
            let items = PaneContent.itemRows(pane, state)
            let cursor = state.cursor(in: pane)
            let scroll = state.scroll[pane] ?? 0
            #expect(items.isEmpty ? cursor == 0 : items.indices.contains(cursor),
                    "event \(event), seed \(seed): \(pane) cursor \(cursor) of \(items.count)")
            #expect(scroll >= 0, "event \(event), seed \(seed): \(pane) scroll \(scroll)")
            if let area = layout.listArea(pane), area.height > 0, items.indices.contains(cursor) {
                #expect(items[cursor] >= scroll && items[cursor] < scroll + area.height,
                        "event \(event), seed \(seed): \(pane) row \(items[cursor]) not in \(scroll)..<\(scroll + area.height)")
            }
        }
        if full, let area = layout.listArea(.progress) {
            let most = max(0, ProgressPane.lines(state, width: area.width).count - area.height)
            #expect((0...most).contains(state.scroll[.progress] ?? 0), "event \(event), seed \(seed): progress scroll")
        }
        if let overlay = state.overlay, !layout.tooSmall {
            #expect((0...max(0, OverlayView.maximumScroll(overlay, state))).contains(state.overlayScroll),
                    "event \(event), seed \(seed): overlay scroll \(state.overlayScroll)")
        }
    }

    @Test(arguments: [UInt64(0x5EED_2026_1122), 0xC0FF_EE15_600D])
    func fiftyThousandRandomEventsKeepEveryInvariant(seed: UInt64) {
        var random = XorShift(state: seed)
        let storage = MemoryStorage(TUIFixture.progress(plan: true))
        var session = makeSession(storage: storage)
        var frames = 0
        for event in 0..<(Self.events / 2) {
            let key = Self.randomKey(&random)
            if !session.handle(key) {
                // Quit: the next run opens on what was saved, as a new session would.
                #expect(!session.state.unsaved, "event \(event): quit with changes unsaved")
                session = makeSession(storage: storage)
                continue
            }
            Self.checkInvariants(session.state, event: event, seed: seed, full: event % 100 == 0)
            // Saves run on their own queue; every tenth event waits for them, the rest race them.
            if event % 10 == 0 {
                session.settle()
                if !session.state.unsaved {
                    #expect(storage.file == session.state.planner.progress, "event \(event), seed \(seed): saved differs from shown")
                }
            }
            if event % 50 == 0 || { if case .resize = key { return true } else { return false } }() {
                let frame = session.frame()
                #expect(frame.rows.count == session.state.height)
                frames += 1
            }
        }
        #expect(frames > Self.events / 100)
    }

    func makeSession(storage: MemoryStorage) -> TUISession {
        let state = AppState(planner: Planner(catalog: TUIFixture.catalog, progress: storage.file), today: TUIFixture.today,
                             width: 100, height: 30, glyphs: .unicode)
        return TUISession(state: state, storage: storage, export: { _, _ in })
    }
}

/// xorshift64*: seeded, so a failing run can be replayed from the seed it prints.
struct XorShift: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state ^= state >> 12
        state ^= state << 25
        state ^= state >> 27
        return state &* 0x2545_F491_4F6C_DD1D
    }
}
