import PlannerEngine
import PlannerTUI

/// How text output looks: colours only on a terminal without NO_COLOR,
/// Unicode glyphs only in a UTF-8 locale, and never a control character from
/// the catalog or the data file.
struct OutputStyle {
    enum Tone: String {
        case heading = "1"
        case target = "1;36"
        case done = "32"
        case learning = "33"
        case skipped = "2"
        case behind = "31"
        case strong = "1;32"
    }

    let colors: Bool
    let glyphs: Glyphs

    init(environment: [String: String], standardOutputIsTerminal: Bool) {
        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
        colors = standardOutputIsTerminal && !noColor && environment["TERM"] != "dumb"
        glyphs = Glyphs.forLocale(environment)
    }

    /// Text from the catalog or the user, made safe for a terminal.
    func clean(_ text: String) -> String { TerminalText.sanitized(text) }

    func paint(_ text: String, _ tone: Tone) -> String {
        colors ? "\u{1B}[\(tone.rawValue)m\(text)\u{1B}[0m" : text
    }

    func tone(for state: SkillState) -> Tone? {
        switch state {
        case .done: return .done
        case .learning: return .learning
        case .skipped: return .skipped
        case .todo: return nil
        }
    }

    /// A styled line from the shared views, painted by what each part means.
    func paint(_ line: StyledLine) -> String {
        line.spans.map { span in
            let tone: Tone?
            switch span.role {
            case .heading, .tabActive: tone = .heading
            case .done, .bar: tone = .done
            case .strong: tone = .strong
            case .learning: tone = .learning
            case .skipped, .dim, .border: tone = .skipped
            case .behind, .error: tone = .behind
            case .normal, .selected: tone = nil
            }
            return tone.map { paint(span.text, $0) } ?? span.text
        }.joined()
    }

    /// `[x]` done, `[~]` learning, `[-]` skipped, `[ ]` todo, coloured by state.
    func mark(_ state: SkillState) -> String {
        let mark: String
        switch state {
        case .done: mark = "[x]"
        case .learning: mark = "[~]"
        case .skipped: mark = "[-]"
        case .todo: mark = "[ ]"
        }
        return tone(for: state).map { paint(mark, $0) } ?? mark
    }

    /// `text` pushed to the right of `cells` (numbers in a column).
    func rightAligned(_ text: String, _ cells: Int) -> String {
        String(repeating: " ", count: max(0, cells - TerminalText.width(text))) + text
    }

    /// `text` cut and padded to `cells`, then painted.
    func column(_ text: String, _ cells: Int, _ tone: Tone? = nil) -> String {
        let cell = TerminalText.padded(clean(text), to: cells, ellipsis: glyphs.ellipsis)
        return tone.map { paint(cell, $0) } ?? cell
    }

    /// Paragraph text wrapped to the page, each line indented.
    func paragraph(_ text: String, indent: String = "  ", width: Int = 78) -> [String] {
        TextWrapper.wrap(clean(text), width: width - TerminalText.width(indent)).map { indent + $0 }
    }

    /// A bulleted item, wrapped with the continuation lines under the text.
    func bullet(_ text: String, width: Int = 78) -> [String] {
        hanging(text, lead: "  - ", width: width)
    }

    /// `lead` then the wrapped text, its later lines indented to line up after `lead`.
    func hanging(_ text: String, lead: String, width: Int = 78) -> [String] {
        let indent = String(repeating: " ", count: TerminalText.width(lead))
        let lines = TextWrapper.wrap(clean(text), width: width - indent.count)
        return lines.enumerated().map { index, line in (index == 0 ? lead : indent) + line }
    }
}
