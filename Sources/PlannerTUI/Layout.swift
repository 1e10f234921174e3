/// A rectangle of cells.
public struct Rect: Equatable, Sendable {
    public var x, y, width, height: Int
}

/// Where everything goes at a terminal size: header, tabs (when narrow), the
/// visible panes, the status line and the key bar.
public struct Layout: Equatable, Sendable {
    public static let minimumWidth = 80
    public static let minimumHeight = 24
    /// From this width the first three panes stand side by side; Progress,
    /// when focused, takes the whole width at any size.
    public static let sideBySideWidth = 100
    /// Rows the Skills pane keeps for the selected skill's details.
    public static let skillDetailsHeight = 8

    public let width: Int
    public let height: Int
    public let tooSmall: Bool
    public let sideBySide: Bool
    /// Each visible pane's area, its title row (side by side) included.
    public let panes: [Pane: Rect]

    public init(width: Int, height: Int, focus: Pane) {
        self.width = width
        self.height = height
        tooSmall = width < Layout.minimumWidth || height < Layout.minimumHeight
        sideBySide = width >= Layout.sideBySideWidth
        guard !tooSmall else {
            panes = [:]
            return
        }
        let top = 2, bodyHeight = height - 4
        if focus == .progress {
            panes = [.progress: Rect(x: 0, y: top, width: width, height: bodyHeight)]
        } else if sideBySide {
            let rolesWidth = width * 3 / 10, skillsWidth = width * 4 / 10
            panes = [
                .roles: Rect(x: 0, y: top, width: rolesWidth, height: bodyHeight),
                .skills: Rect(x: rolesWidth, y: top, width: skillsWidth, height: bodyHeight),
                .schedule: Rect(x: rolesWidth + skillsWidth, y: top, width: width - rolesWidth - skillsWidth, height: bodyHeight),
            ]
        } else {
            panes = [focus: Rect(x: 0, y: top, width: width, height: bodyHeight)]
        }
    }

    public init(_ state: AppState) { self.init(width: state.width, height: state.height, focus: state.focus) }

    /// The rows of a pane that list its items: below its title, above the skill details.
    public func listArea(_ pane: Pane) -> Rect? {
        guard var area = panes[pane] else { return nil }
        if sideBySide {
            area.y += 1
            area.height -= 1
            // Leave a column for the border on the left of the second and third panes.
            if area.x > 0 {
                area.x += 1
                area.width -= 1
            }
        }
        if pane == .skills && area.height >= Layout.skillDetailsHeight + 6 { area.height -= Layout.skillDetailsHeight }
        return area
    }

    /// The skill-details box of the Skills pane, when there is room for one.
    public func skillDetailsArea() -> Rect? {
        guard let list = listArea(.skills), let pane = panes[.skills], list.y + list.height < pane.y + pane.height else { return nil }
        return Rect(x: list.x, y: list.y + list.height, width: list.width, height: pane.y + pane.height - list.y - list.height)
    }

    public var statusRow: Int { height - 2 }
    public var keyRow: Int { height - 1 }
}
