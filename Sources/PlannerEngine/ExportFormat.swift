/// The ways progress leaves the program: a report to paste into a README, a
/// spreadsheet, a calendar, or the whole data file.
public enum ExportFormat: String, CaseIterable, Sendable {
    case markdown, csv, ics, json

    /// The usual file name ending, without the dot.
    public var fileExtension: String {
        switch self {
        case .markdown: return "md"
        case .csv: return "csv"
        case .ics: return "ics"
        case .json: return "json"
        }
    }

    /// What the format gives, in a few words, for help text and the export dialog.
    public var summary: String {
        switch self {
        case .markdown: return "a progress report for a README"
        case .csv: return "the skills as a spreadsheet"
        case .ics: return "the plan as calendar events"
        case .json: return "everything, for import"
        }
    }

    /// The name an export is offered under: `career-progress.md`.
    public var suggestedFileName: String { "career-progress.\(fileExtension)" }
}
