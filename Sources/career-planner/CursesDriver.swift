import CNcursesw
import FoundationEssentials
import Glibc
import PlannerTUI

/// The one place that talks to the terminal: sets it up, reads keys, copies
/// frames to the screen, and puts the terminal back however the program ends.
enum CursesDriver {
    enum Failure: Error {
        case notATerminal
        case unknownTerminal(String)
    }

    /// Runs the session until the user quits. The terminal is restored on
    /// return, on SIGINT, SIGTERM and SIGHUP, and on a crash. A stop signal
    /// that comes while a save runs waits for the save, then stops the program.
    static func run(_ session: inout TUISession, environment: [String: String]) throws {
        try runScreen(&session, environment: environment)
        let stop = TerminalRestore.stopRequested
        if stop != 0 {
            signal(stop, SIG_DFL)
            raise(stop)
        }
    }

    private static func runScreen(_ session: inout TUISession, environment: [String: String]) throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw Failure.notATerminal }
        setlocale(LC_ALL, "")
        guard let screen = cp_newterm() else {
            throw Failure.unknownTerminal(environment["TERM"] ?? "(TERM is not set)")
        }
        defer { delscreen(screen) }
        TerminalRestore.captureStandardError()
        TerminalRestore.installSignalHandlers()
        defer {
            endwin()
            TerminalRestore.releaseStandardError()
        }
        let window = cp_stdscr()
        cbreak()
        noecho()
        nonl()
        keypad(window, true)
        set_escdelay(25)
        curs_set(0)
        mousemask(cp_mouse_click_mask(), nil)
        mouseinterval(0)
        let theme = Theme.forTerminal(hasColors: has_colors(), environment: environment)
        if theme.usesColor {
            start_color()
            use_default_colors()
            for color in 0..<8 { init_pair(Int16(color + 1), Int16(color), -1) }
        }
        // Outside a UTF-8 locale the terminal cannot show other text: notes and names get `?` per cell.
        var painter = Painter(window: window, theme: theme, asciiOnly: Glyphs.forLocale(environment) == .ascii)
        _ = session.handle(.resize(width: Int(cp_getmaxx(window)), height: Int(cp_getmaxy(window))))
        painter.paint(session.frame(), full: true)
        var asking = false
        /// Keys typed before the question about a clashing save was on screen do not answer it.
        func dropKeysTypedAheadOfAQuestion() {
            if session.isAskingAboutAConflict && !asking { flushinp() }
            asking = session.isAskingAboutAConflict
        }
        while true {
            // Wake once a second without a key, to take in what another career-planner or an editor
            // saved; while a save runs, every 50 ms, to show how it ended; while the Progress page is
            // worked out in the background (1 to 30 ms), every 10 ms, to show it soon after it is ready.
            TerminalRestore.savesPending = session.isSaving ? 1 : 0
            wtimeout(window, session.isWorkingOutAPage ? 10 : session.isSaving ? 50 : 1000)
            var character: wint_t = 0
            let status = TerminalRestore.stopRequested == 0 ? wget_wch(window, &character) : ERR
            if TerminalRestore.stopRequested != 0 {
                session.settle()
                return
            }
            if status == ERR {
                if session.idle() {
                    painter.paint(session.frame(), full: false)
                    dropKeysTypedAheadOfAQuestion()
                }
                continue
            }
            guard let key = key(status: status, character: character, window) else { continue }
            if case .resize = key { clearok(window, true) }
            // Counted as saving from before the key, so that a stop signal during it waits.
            TerminalRestore.savesPending = 1
            guard session.handle(key) else {
                session.settle()
                return
            }
            TerminalRestore.savesPending = session.isSaving ? 1 : 0
            painter.paint(session.frame(), full: key.isResize)
            dropKeysTypedAheadOfAQuestion()
        }
    }

    /// The key or event wget_wch read, or nil for one the interface does not use.
    static func key(status: Int32, character: wint_t, _ window: Window?) -> Key? {
        switch status {
        case KEY_CODE_YES:
            return functionKey(Int32(character), window)
        case OK:
            switch character {
            case 9: return .tab
            case 10, 13: return .enter
            case 27: return .escape
            case 8, 127: return .backspace
            case 1...26: return Character(Unicode.Scalar(character + 96)!).isLetter ? .control(Character(Unicode.Scalar(character + 96)!)) : nil
            default: return Unicode.Scalar(character).map { .character(Character($0)) }
            }
        default:
            return nil
        }
    }

    static func functionKey(_ code: Int32, _ window: Window?) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_BTAB: return .backTab
        case KEY_RESIZE: return .resize(width: Int(cp_getmaxx(window)), height: Int(cp_getmaxy(window)))
        case KEY_MOUSE:
            var event = MEVENT()
            guard getmouse(&event) == OK else { return nil }
            if cp_is_wheel_up(event.bstate) != 0 { return .wheelUp }
            if cp_is_wheel_down(event.bstate) != 0 { return .wheelDown }
            if cp_is_click(event.bstate) != 0 { return .click(row: Int(event.y), column: Int(event.x)) }
            return nil
        default: return nil
        }
    }

    /// Copies frames to the screen, redrawing only the rows that changed.
    struct Painter {
        let window: Window?
        let theme: Theme
        let asciiOnly: Bool
        var previous: Grid?

        mutating func paint(_ grid: Grid, full: Bool) {
            if full { werase(window) }
            let rows = grid.rows, roles = grid.roleRows
            let oldRows = full ? nil : previous?.rows, oldRoles = full ? nil : previous?.roleRows
            for row in 0..<grid.height where oldRows == nil || oldRows!.count != rows.count
                || oldRows![row] != rows[row] || oldRoles![row] != roles[row] {
                wmove(window, Int32(row), 0)
                var column = 0
                while column < grid.width {
                    let role = grid[row, column].role
                    var text = ""
                    while column < grid.width && grid[row, column].role == role {
                        text += shown(grid[row, column].text)
                        column += 1
                    }
                    wattrset(window, attributes(role))
                    waddstr(window, text)
                }
            }
            wattrset(window, 0)
            wrefresh(window)
            previous = grid
        }

        /// A cell's text as this terminal can show it.
        func shown(_ text: String) -> String {
            guard asciiOnly, !text.unicodeScalars.allSatisfy(\.isASCII) || text.isEmpty else { return text }
            return "?"
        }

        func attributes(_ role: StyleRole) -> Int32 {
            let look = theme.look(role)
            var value: Int32 = 0
            if theme.usesColor, let color = look.foreground { value |= cp_color_pair(Int32(color.rawValue + 1)) }
            if look.bold { value |= cp_attr_bold() }
            if look.reverse { value |= cp_attr_reverse() }
            if look.dim { value |= cp_attr_dim() }
            return value
        }
    }
}

typealias Window = UnsafeMutablePointer<WINDOW>

extension Key {
    var isResize: Bool { if case .resize = self { return true } else { return false } }
}

/// Puts the terminal back before anything else when the program is stopped
/// or crashes, then shows what the crash printed (stderr is kept in a file
/// while curses owns the screen, or the alternate screen would swallow it).
enum TerminalRestore {
    nonisolated(unsafe) static var savedStandardError: Int32 = -1
    /// 1 while a save may be running: SIGINT, SIGTERM and SIGHUP then only ask the loop to stop.
    nonisolated(unsafe) static var savesPending: sig_atomic_t = 0
    /// The stop signal the loop is to act on once the saves have ended; 0 for none.
    nonisolated(unsafe) static var stopRequested: sig_atomic_t = 0
    nonisolated(unsafe) static var capturePath: UnsafeMutablePointer<CChar>?

    static func captureStandardError() {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("career-planner-stderr-\(getpid())").path
        let descriptor = open(path, O_RDWR | O_CREAT | O_TRUNC, 0o600)
        guard descriptor >= 0 else { return }
        capturePath = strdup(path)
        savedStandardError = dup(STDERR_FILENO)
        dup2(descriptor, STDERR_FILENO)
        close(descriptor)
    }

    /// Puts stderr back and copies to it what was written meanwhile. Async-signal-safe.
    static func releaseStandardError() {
        guard savedStandardError >= 0 else { return }
        dup2(savedStandardError, STDERR_FILENO)
        close(savedStandardError)
        savedStandardError = -1
        guard let capturePath else { return }
        let descriptor = open(capturePath, O_RDONLY)
        if descriptor >= 0 {
            var buffer = [UInt8](repeating: 0, count: 4096)
            while true {
                let count = read(descriptor, &buffer, buffer.count)
                if count <= 0 { break }
                _ = write(STDERR_FILENO, buffer, count)
            }
            close(descriptor)
        }
        unlink(capturePath)
    }

    static func installSignalHandlers() {
        for signalNumber in [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE, SIGSEGV] {
            signal(signalNumber, restoreAndReraise)
        }
    }
}

/// Restores the terminal, then lets the signal do what it would have done.
/// A stop signal while a save may be running is left to the loop, which
/// waits for the save (at most one more, coalesced) and then stops.
private func restoreAndReraise(_ signalNumber: Int32) {
    if TerminalRestore.savesPending != 0, signalNumber == SIGINT || signalNumber == SIGTERM || signalNumber == SIGHUP {
        TerminalRestore.stopRequested = signalNumber
        return
    }
    endwin()
    TerminalRestore.releaseStandardError()
    signal(signalNumber, SIG_DFL)
    raise(signalNumber)
}
