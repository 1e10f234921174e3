/// A horizontal bar for a fraction, e.g. `███████░░░░░░░░░░░░░` for 35%.
public enum ProgressBar {
    /// Exactly `width` glyph cells; the fraction is clamped to 0...1 and rounded
    /// down, so a bar is only full when the work is.
    public static func render(_ fraction: Double, width: Int, glyphs: Glyphs) -> String {
        guard width > 0 else { return "" }
        let clamped = fraction.isFinite ? min(1, max(0, fraction)) : 0
        let filled = Int((clamped * Double(width)).rounded(.down))
        return String(repeating: glyphs.barFull, count: filled)
            + String(repeating: glyphs.barEmpty, count: width - filled)
    }
}
