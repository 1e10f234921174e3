import PlannerEngine

/// Pay figures as people read them: `$134,000–$215,000`, `$180,000+`.
public enum PayText {
    public static let noFigure = "no figure in our sources"

    public static func amount(_ figure: PayFigure, glyphs: Glyphs) -> String {
        let low = money(figure.min, currency: figure.currency)
        let high = money(figure.max, currency: figure.currency) + (figure.plus ? "+" : "")
        return figure.min == figure.max ? high : "\(low)\(glyphs.rangeDash)\(high)"
    }

    /// The first figure with its label, for one-line listings.
    public static func summary(_ role: Role, glyphs: Glyphs) -> String {
        guard let first = role.pay.first else { return noFigure }
        return "\(amount(first, glyphs: glyphs)) (\(first.label.lowercased()))"
    }

    /// `$134,000` for US dollars, `EUR 52,000` for anything else.
    public static func money(_ value: Int, currency: String) -> String {
        let digits = String(value)
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { grouped.append(",") }
            grouped.append(digit)
        }
        return currency == "USD" ? "$" + grouped : "\(currency) \(grouped)"
    }

    /// "Glassdoor, December 2024" out of via and asOf, when the figure has them.
    public static func provenance(_ figure: PayFigure) -> String? {
        var parts: [String] = []
        if let via = figure.via { parts.append(via) }
        if let asOf = figure.asOf { parts.append("as of \(monthName(asOf))") }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }

    /// "December 2024" for "2024-12"; the text as it is when it is not that shape.
    public static func monthName(_ yearMonth: String) -> String {
        let names = ["January", "February", "March", "April", "May", "June", "July", "August",
                     "September", "October", "November", "December"]
        let parts = yearMonth.split(separator: "-")
        guard parts.count == 2, let month = Int(parts[1]), (1...12).contains(month) else { return yearMonth }
        return "\(names[month - 1]) \(parts[0])"
    }
}
