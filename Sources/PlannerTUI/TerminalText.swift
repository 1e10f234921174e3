import PlannerEngine

/// Text as a terminal shows it: how many cells it takes (East Asian wide
/// characters take two, combining marks none), cut or padded to a width, and
/// with every control character written out so that nothing from the catalog, a
/// note or the data file can move the cursor or change the terminal.
public enum TerminalText {
    /// `text` made inert for a terminal and readable for a person: every
    /// control character (C0, DEL, C1) and every bidirectional control is
    /// written out as an escape, so nothing from the catalog, a note or the
    /// data file can move the cursor, change the title, ring the bell or
    /// reorder the line. ESC is `\e`, BEL `\a`, backspace `\b`, tab `\t`,
    /// newline `\n`, vertical tab `\v`, form feed `\f`, carriage return `\r`;
    /// other C0 controls and DEL `\x01`…`\x7f`; C1 controls and bidi controls
    /// `\u{9b}`, `\u{202e}`. `"\u{1B}[31mred"` shows as `\e[31mred`.
    public static func sanitized(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            out += needsEscape(scalar) ? escape(scalar) : String(scalar)
        }
        return out
    }

    /// A control character or a bidirectional control.
    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        TextRules.isControl(scalar) || isBidiControl(scalar)
    }

    /// Marks that change the direction of the text around them (U+202E makes `exe.txt` read `txt.exe`).
    static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    /// How one such character is written out.
    static func escape(_ scalar: Unicode.Scalar) -> String {
        switch scalar.value {
        case 0x1B: return "\\e"
        case 0x07: return "\\a"
        case 0x08: return "\\b"
        case 0x09: return "\\t"
        case 0x0A: return "\\n"
        case 0x0B: return "\\v"
        case 0x0C: return "\\f"
        case 0x0D: return "\\r"
        case 0x00...0x1F, 0x7F:
            let hex = String(scalar.value, radix: 16)
            return "\\x" + (hex.count < 2 ? "0" : "") + hex
        default:
            return "\\u{" + String(scalar.value, radix: 16) + "}"
        }
    }

    /// Cells the text takes on a terminal.
    public static func width(_ text: String) -> Int {
        text.reduce(0) { $0 + width(of: $1) }
    }

    /// Cells one character (grapheme cluster) takes: 0, 1 or 2.
    public static func width(of character: Character) -> Int {
        var visible = false
        for scalar in character.unicodeScalars {
            if isWide(scalar) { return 2 }
            if !isZeroWidth(scalar) { visible = true }
        }
        if character.unicodeScalars.count > 1, character.unicodeScalars.contains(where: { $0.value == 0xFE0F }),
           character.unicodeScalars.first?.properties.isEmoji == true {
            return 2
        }
        return visible ? 1 : 0
    }

    /// The text cut to at most `cells`, ending in `…` when something was cut.
    public static func truncated(_ text: String, to cells: Int, ellipsis: String = "…") -> String {
        guard cells > 0 else { return "" }
        guard width(text) > cells else { return text }
        let room = cells - width(ellipsis)
        var out = ""
        var used = 0
        for character in text {
            let w = width(of: character)
            if used + w > room { break }
            out.append(character)
            used += w
        }
        return out + (room >= 0 ? ellipsis : "")
    }

    /// The text cut to `cells` and padded with spaces to exactly `cells`.
    public static func padded(_ text: String, to cells: Int, ellipsis: String = "…") -> String {
        let cut = truncated(text, to: cells, ellipsis: ellipsis)
        return cut + String(repeating: " ", count: max(0, cells - width(cut)))
    }

    private static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return true
        default: return (0xFE00...0xFE0F).contains(scalar.value) || scalar.value == 0x200B
        }
    }

    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0...0x23F0,
        0x23F3...0x23F3, 0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F...0x267F,
        0x2693...0x2693, 0x26A1...0x26A1, 0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5,
        0x26CE...0x26CE, 0x26D4...0x26D4, 0x26EA...0x26EA, 0x26F2...0x26F3, 0x26F5...0x26F5,
        0x26FA...0x26FA, 0x26FD...0x26FD, 0x2705...0x2705, 0x270A...0x270B, 0x2728...0x2728,
        0x274C...0x274C, 0x274E...0x274E, 0x2753...0x2755, 0x2757...0x2757, 0x2795...0x2797,
        0x27B0...0x27B0, 0x27BF...0x27BF, 0x2B1B...0x2B1C, 0x2B50...0x2B50, 0x2B55...0x2B55,
        0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
        0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F,
        0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F004...0x1F004, 0x1F0CF...0x1F0CF, 0x1F18E...0x1F18E,
        0x1F191...0x1F19A, 0x1F200...0x1F2FF, 0x1F300...0x1F64F, 0x1F680...0x1F6FF,
        0x1F7E0...0x1F7EB, 0x1F90C...0x1F9FF, 0x1FA70...0x1FAFF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]

    private static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        guard value >= 0x1100 else { return false }
        var low = 0, high = wideRanges.count - 1
        while low <= high {
            let middle = (low + high) / 2
            let range = wideRanges[middle]
            if value < range.lowerBound { high = middle - 1 } else if value > range.upperBound { low = middle + 1 } else { return true }
        }
        return false
    }
}
