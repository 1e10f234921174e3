/// A calendar day with no time or zone, written `YYYY-MM-DD`.
///
/// The engine never reads the clock: callers pass `today` in, so tests can
/// freeze it (the CLI reads `CAREER_PLANNER_TODAY`).
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// A valid day, or nil (months 1–12, days that exist in that month, years 1–9999).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...Day.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses exactly `YYYY-MM-DD`, ASCII digits only.
    public init?(iso text: String) {
        self.init(isoBytes: text.utf8)
    }

    /// `init(iso:)` over bytes, so that a data file's log, which holds a
    /// date on every line, is read where it lies without making a string.
    init?<Bytes: Sequence<UInt8>>(isoBytes: Bytes) {
        var year = 0, month = 0, day = 0, count = 0
        for byte in isoBytes {
            let isDigit = (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
            let digit = Int(byte &- UInt8(ascii: "0"))
            switch count {
            case 0..<4 where isDigit: year = year * 10 + digit
            case 5..<7 where isDigit: month = month * 10 + digit
            case 8..<10 where isDigit: day = day * 10 + digit
            case 4, 7: guard byte == UInt8(ascii: "-") else { return nil }
            default: return nil
            }
            count += 1
        }
        guard count == 10 else { return nil }
        self.init(year: year, month: month, day: day)
    }

    public var iso: String {
        func pad(_ n: Int, _ width: Int) -> String {
            let digits = String(n)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public var description: String { iso }

    public static func < (a: Day, b: Day) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

extension Day: Codable {
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let day = Day(iso: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "expected a date as YYYY-MM-DD, found \"\(text)\"")
        }
        self = day
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }
}
