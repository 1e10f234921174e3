import FoundationEssentials

/// Progress turned into the bytes of an export file. Pure: no file or
/// terminal is touched here; `ExportFile` writes the result.
public enum ProgressExport {
    /// The export in `format`; `log` picks the study log over the skills in
    /// CSV. A calendar needs a plan: without one this throws `.noPlanForCalendar`.
    public static func render(_ format: ExportFormat, planner: Planner, today: Day,
                              log: Bool = false) throws(PlannerError) -> Data {
        switch format {
        case .json: return ProgressFileFormat.encode(planner.progress)
        case .markdown: return Data(MarkdownReport(planner: planner, today: today).text.utf8)
        case .csv: return Data((log ? CSVExport.log(planner) : CSVExport.skills(planner)).utf8)
        case .ics: return Data(try CalendarExport(planner: planner, today: today).text.utf8)
        }
    }
}
