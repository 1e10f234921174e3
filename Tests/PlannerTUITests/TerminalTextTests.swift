import Testing
@testable import PlannerTUI

@Suite struct TerminalTextTests {
    @Test func wideCharactersTakeTwoCellsAndMarksNone() {
        #expect(TerminalText.width("abc") == 3)
        #expect(TerminalText.width("日本語") == 6)
        #expect(TerminalText.width("한국") == 4)
        #expect(TerminalText.width("e\u{301}") == 1)
        #expect(TerminalText.width("✓ done") == 6)
        #expect(TerminalText.width("✅") == 2)
    }

    @Test func controlCharactersNeverGetThrough() {
        #expect(TerminalText.sanitized("a\u{1B}[31mred\u{07}\n\tb\u{9B}") == #"a\e[31mred\a\n\tb\u{9b}"#)
        #expect(TerminalText.sanitized("left\u{202E}right") == #"left\u{202e}right"#)
        #expect(TerminalText.sanitized("\u{1B}]0;title\u{07}\u{0}\u{7F}\r\u{2066}") == #"\e]0;title\a\x00\x7f\r\u{2066}"#)
        #expect(TerminalText.sanitized(TerminalText.sanitized("\u{1B}[2J")) == #"\e[2J"#)
        #expect(TerminalText.sanitized("日本語 ✓") == "日本語 ✓")
    }

    @Test func truncationAndPaddingCountCells() {
        #expect(TerminalText.truncated("machine learning", to: 8) == "machine…")
        #expect(TerminalText.truncated("日本語テキスト", to: 7) == "日本語…")
        #expect(TerminalText.truncated("short", to: 8) == "short")
        #expect(TerminalText.padded("日本", to: 6) == "日本  ")
        #expect(TerminalText.padded("abcdef", to: 4, ellipsis: "...") == "a...")
        #expect(TerminalText.truncated("abc", to: 0) == "")
    }

    @Test func wrapsAtSpacesAndBreaksOnlyLongWords() {
        #expect(TextWrapper.wrap("the quick brown fox jumps", width: 10) == ["the quick", "brown fox", "jumps"])
        #expect(TextWrapper.wrap("abcdefghijkl xy", width: 5) == ["abcde", "fghij", "kl xy"])
        #expect(TextWrapper.wrap("日本語のテキスト", width: 6) == ["日本語", "のテキ", "スト"])
        #expect(TextWrapper.wrap("", width: 5) == [""])
    }

    @Test func barsAreFullOnlyWhenDone() {
        #expect(ProgressBar.render(0.27, width: 10, glyphs: .ascii) == "##........")
        #expect(ProgressBar.render(0.999, width: 10, glyphs: .unicode) == "█████████░")
        #expect(ProgressBar.render(1, width: 4, glyphs: .ascii) == "####")
        #expect(ProgressBar.render(.nan, width: 3, glyphs: .ascii) == "...")
    }

    @Test func glyphsFollowTheLocale() {
        #expect(Glyphs.forLocale(["LANG": "en_GB.UTF-8"]) == .unicode)
        #expect(Glyphs.forLocale(["LC_ALL": "C", "LANG": "en_GB.UTF-8"]) == .ascii)
        #expect(Glyphs.forLocale(["LC_CTYPE": "de_DE.utf8"]) == .unicode)
        #expect(Glyphs.forLocale([:]) == .ascii)
    }
}
