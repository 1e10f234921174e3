/// Which key does what, as one table: the update uses it, the bottom bar and
/// the help overlay list it, and a test checks the two agree.
public enum KeyMap {
    public struct Binding: Equatable, Sendable {
        public var keys: [Key]
        /// How the key is written in the help and the bottom bar.
        public var label: String
        public var action: Action
        /// Where it works; nil: everywhere.
        public var panes: Set<Pane>?
        public var help: String
        /// Shown in the bottom bar, not only in the help.
        public var inBar: Bool
    }

    static func bind(_ keys: [Key], _ label: String, _ action: Action, _ panes: Set<Pane>? = nil,
                     _ help: String, bar: Bool = false) -> Binding {
        Binding(keys: keys, label: label, action: action, panes: panes, help: help, inBar: bar)
    }

    public static let bindings: [Binding] = [
        bind([.up, .character("k")], "k/↑", .moveUp, nil, "move up"),
        bind([.down, .character("j")], "j/↓", .moveDown, nil, "move down"),
        bind([.pageUp], "PgUp", .pageUp, nil, "page up"),
        bind([.pageDown], "PgDn", .pageDown, nil, "page down"),
        bind([.character("g"), .home], "g", .top, nil, "first item"),
        bind([.character("G"), .end], "G", .bottom, nil, "last item"),
        bind([.tab], "Tab", .nextPane, nil, "next pane", bar: true),
        bind([.backTab], "S-Tab", .previousPane, nil, "previous pane"),
        bind([.character("1")], "1", .focus(.roles), nil, "Roles pane"),
        bind([.character("2")], "2", .focus(.skills), nil, "Skills pane"),
        bind([.character("3")], "3", .focus(.schedule), nil, "Schedule pane"),
        bind([.character("4")], "4", .focus(.progress), nil, "Progress pane"),
        bind([.enter], "Enter", .open, [.roles, .skills], "details", bar: true),
        bind([.character("t")], "t", .setTarget, [.roles], "make it your target", bar: true),
        bind([.character("c")], "c", .compare, [.roles], "compare with your target", bar: true),
        bind([.character(" ")], "space", .toggleDone, [.skills], "done / not done", bar: true),
        bind([.character("l")], "l", .markLearning, [.skills], "learning", bar: true),
        bind([.character("s")], "s", .markSkipped, [.skills], "skip", bar: true),
        bind([.character("n")], "n", .editNote, [.skills], "edit note", bar: true),
        bind([.character("a")], "a", .toggleScope, [.skills], "this role's skills / all skills"),
        bind([.character("L")], "L", .logTime, [.skills, .schedule], "log study time", bar: true),
        bind([.character("p")], "p", .plan, nil, "plan or replan", bar: true),
        bind([.character("/")], "/", .startFilter, [.roles, .skills, .schedule], "filter the list", bar: true),
        bind([.character("u")], "u", .undo, nil, "undo", bar: true),
        bind([.control("r")], "C-r", .redo, nil, "redo"),
        bind([.character("e")], "e", .export, nil, "export", bar: true),
        bind([.character("?")], "?", .help, nil, "all keys", bar: true),
        bind([.character("q")], "q", .quit, nil, "quit", bar: true),
    ]

    /// The action for a key in the main view (no overlay, no filter being typed).
    public static func action(for key: Key, in pane: Pane) -> Action? {
        bindings.first { $0.keys.contains(key) && ($0.panes?.contains(pane) ?? true) }?.action
    }

    /// Keys while typing in the one-line editor (a prompt or the filter).
    public static func editingAction(for key: Key) -> Action? {
        switch key {
        case .character(let character): return .insert(character)
        case .backspace: return .deleteBackward
        case .delete: return .deleteForward
        case .left: return .cursorLeft
        case .right: return .cursorRight
        case .enter: return .confirm
        case .escape: return .cancel
        default: return nil
        }
    }

    /// The bottom bar's bindings for a pane: help and quit first, so that a
    /// narrow terminal still shows them.
    public static func barBindings(for pane: Pane) -> [Binding] {
        let shown = bindings.filter { $0.inBar && ($0.panes?.contains(pane) ?? true) }
        let first: [Action] = [.help, .quit]
        return shown.filter { first.contains($0.action) } + shown.filter { !first.contains($0.action) }
    }
}
