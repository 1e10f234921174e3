/// A job a user may aim for, with its pay and outlook exactly as the sources give them.
public struct Role: Codable, Equatable, Sendable {
    public var id: String
    public var name: String
    /// A role people take on the way to another (data analyst).
    public var steppingStone: Bool
    public var summary: String
    public var responsibilities: [String]
    /// Nil when no source describes a typical day.
    public var typicalDay: TypicalDay?
    /// Empty when no source gives a figure: never an invented number.
    public var pay: [PayFigure]
    public var outlook: [OutlookStatement]
    public var entryRoutes: [String]
    public var progression: [String]
    public var industries: [String]
    public var requiredSkills: [String]
    public var niceToHaveSkills: [String]
    public var sources: [String]
}

public struct TypicalDay: Codable, Equatable, Sendable {
    public struct Part: Codable, Equatable, Sendable {
        public var when: String
        public var what: String
    }

    public var parts: [Part]
    public var sources: [String]
}

/// One pay figure: yearly, in whole currency units, as a source states it.
public struct PayFigure: Codable, Equatable, Sendable {
    public var label: String
    public var min: Int
    public var max: Int
    /// Open-ended at the top ("$180,000+").
    public var plus: Bool
    public var currency: String
    public var period: String
    /// `YYYY-MM` the figure is dated, when the source dates it.
    public var asOf: String?
    /// The data provider the source cites (e.g. Glassdoor).
    public var via: String?
    public var sources: [String]
}

public struct OutlookStatement: Codable, Equatable, Sendable {
    public var text: String
    public var sources: [String]
}
