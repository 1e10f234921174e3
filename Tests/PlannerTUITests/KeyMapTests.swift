import Testing
import PlannerEngine
@testable import PlannerTUI

/// The key table agrees with itself, with the update and with the help.
@Suite struct KeyMapTests {
    typealias F = TUIFixture

    static func panes(_ binding: KeyMap.Binding) -> [Pane] {
        Pane.allCases.filter { binding.panes?.contains($0) ?? true }
    }

    @Test func everyBindingsKeysMapBackToItsAction() {
        for binding in KeyMap.bindings {
            #expect(!binding.keys.isEmpty, "\(binding.label)")
            for pane in Self.panes(binding) {
                for key in binding.keys {
                    #expect(KeyMap.action(for: key, in: pane) == binding.action, "\(key) in \(pane) for \(binding.label)")
                }
            }
        }
    }

    @Test func noKeyIsBoundTwiceInAPane() {
        for pane in Pane.allCases {
            var seen: [Key: String] = [:]
            for binding in KeyMap.bindings where Self.panes(binding).contains(pane) {
                for key in binding.keys {
                    if let other = seen[key] { Issue.record("\(key) in \(pane): \(other) and \(binding.label)") }
                    seen[key] = binding.label
                }
            }
        }
    }

    @Test func labelsAndActionsAreUnique() {
        let labels = KeyMap.bindings.map(\.label)
        #expect(Set(labels).count == labels.count)
        #expect(KeyMap.bindings.allSatisfy { !$0.help.isEmpty })
    }

    /// Keys bound only to some panes do nothing in the others.
    @Test func paneKeysAreNotBoundElsewhere() {
        for binding in KeyMap.bindings where binding.panes != nil {
            for pane in Pane.allCases where !binding.panes!.contains(pane) {
                for key in binding.keys {
                    let action = KeyMap.action(for: key, in: pane)
                    #expect(action != binding.action, "\(binding.label) should not work in \(pane)")
                }
            }
        }
    }

    /// The keys the issue names, where it says they work.
    @Test func theIssuesKeys() {
        let expected: [(Key, Pane, Action)] = [
            (.up, .roles, .moveUp), (.character("k"), .skills, .moveUp), (.down, .schedule, .moveDown),
            (.character("j"), .roles, .moveDown), (.pageUp, .skills, .pageUp), (.pageDown, .skills, .pageDown),
            (.character("g"), .schedule, .top), (.character("G"), .schedule, .bottom),
            (.tab, .roles, .nextPane), (.backTab, .roles, .previousPane),
            (.character("1"), .skills, .focus(.roles)), (.character("2"), .roles, .focus(.skills)),
            (.character("3"), .roles, .focus(.schedule)),
            (.enter, .roles, .open), (.enter, .skills, .open), (.character(" "), .skills, .toggleDone),
            (.character("l"), .skills, .markLearning), (.character("s"), .skills, .markSkipped),
            (.character("t"), .roles, .setTarget), (.character("n"), .skills, .editNote),
            (.character("L"), .skills, .logTime), (.character("L"), .schedule, .logTime),
            (.character("p"), .roles, .plan), (.character("p"), .schedule, .plan),
            (.character("/"), .roles, .startFilter), (.character("/"), .skills, .startFilter),
            (.character("u"), .skills, .undo), (.control("r"), .skills, .redo),
            (.character("?"), .schedule, .help), (.character("q"), .roles, .quit),
        ]
        for (key, pane, action) in expected {
            #expect(KeyMap.action(for: key, in: pane) == action, "\(key) in \(pane)")
        }
        // Progress is a page, not a list: nothing to filter; `c` compares only from Roles.
        #expect(KeyMap.action(for: .character("/"), in: .progress) == nil)
        #expect(KeyMap.action(for: .character("c"), in: .skills) == nil)
        #expect(KeyMap.action(for: .character("4"), in: .roles) == .focus(.progress))
    }

    /// While typing (a prompt or the filter) every printable key is text.
    @Test func editingKeys() {
        for character in "qjk?/ 1uLpn日" {
            #expect(KeyMap.editingAction(for: .character(character)) == .insert(character))
        }
        #expect(KeyMap.editingAction(for: .backspace) == .deleteBackward)
        #expect(KeyMap.editingAction(for: .left) == .cursorLeft)
        #expect(KeyMap.editingAction(for: .right) == .cursorRight)
        #expect(KeyMap.editingAction(for: .enter) == .confirm)
        #expect(KeyMap.editingAction(for: .escape) == .cancel)
    }

    /// The update takes its keys from the table when nothing covers the panes.
    @Test func theUpdateUsesTheTable() {
        for pane in Pane.allCases {
            let state = F.state(focus: pane)
            for binding in KeyMap.bindings where Self.panes(binding).contains(pane) {
                for key in binding.keys {
                    #expect(AppUpdate.action(for: key, in: state) == binding.action)
                }
            }
        }
    }

    /// The help lists every binding, label then help, with the panes it is limited to.
    @Test func helpListsEveryBinding() {
        var state = F.state(width: 120, height: 40)
        state.overlay = .help
        let rows = F.draw(state).rows.map { $0.trimmingSuffixSpaces() }
        var next = 0
        for binding in KeyMap.bindings {
            let panes = binding.panes.map { " (" + Pane.allCases.filter($0.contains).map(\.title).joined(separator: ", ") + ")" } ?? ""
            let line = "│ " + TerminalText.padded(binding.label, to: 8) + binding.help + panes
            guard let index = rows[next...].firstIndex(where: { $0.hasPrefix(line + " ") && $0.hasSuffix("│") }) else {
                Issue.record("the help does not list \(binding.label) (\(binding.help)) in order")
                continue
            }
            next = index + 1
        }
    }

    /// At 80x24 the help does not fit; scrolling through it shows every label.
    @Test func helpScrollsToEveryBindingAt80x24() {
        var state = F.state()
        F.press([.character("?")], &state)
        var seen = Set<String>()
        for _ in 0..<40 {
            for row in F.draw(state).rows[2..<22] {
                seen.insert(String(row.dropFirst(2).prefix(8)).trimmingSuffixSpaces())
            }
            F.press([.character("j")], &state)
        }
        for binding in KeyMap.bindings {
            #expect(seen.contains(binding.label), "\(binding.label)")
        }
    }

    /// The bottom bar: keys that work in the focused pane, help and quit first.
    @Test func bottomBarShowsThePanesKeys() {
        for pane in Pane.allCases {
            let bar = KeyMap.barBindings(for: pane)
            #expect(bar.prefix(2).map(\.action) == [.help, .quit])
            #expect(bar.allSatisfy { Self.panes($0).contains(pane) && $0.inBar })
            let row = F.draw(F.state(width: 250, height: 30, focus: pane)).rows[29]
            #expect(row.trimmingSuffixSpaces() == bar.map { "\($0.label) \($0.help)" }.joined(separator: "  "))
        }
        #expect(KeyMap.barBindings(for: .skills).contains { $0.action == .toggleDone })
        #expect(!KeyMap.barBindings(for: .roles).contains { $0.action == .toggleDone })
        #expect(KeyMap.barBindings(for: .roles).contains { $0.action == .setTarget })
    }
}
