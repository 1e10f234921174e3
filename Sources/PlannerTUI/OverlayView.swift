import PlannerEngine

/// What covers the panes: the key list, a role's or a skill's page, a
/// one-line prompt, the export formats, or the question before quitting with
/// unsaved changes.
enum OverlayView {
    static func draw(_ overlay: Overlay, _ state: AppState, on surface: inout some Surface) {
        switch overlay {
        case .help, .roleDetail, .skillDetail, .comparison:
            guard let content = pageContent(overlay, state) else { return }
            page(title: content.title, lines: content.lines, state, on: &surface)
        case .prompt(let prompt):
            box(row: state.height / 2 - 1, height: 3, state, on: &surface)
            let area = Rect(x: 2, y: state.height / 2, width: state.width - 4, height: 1)
            let label = prompt.label + " "
            surface.line(label, in: area, row: 0, role: .heading)
            let field = Rect(x: area.x + TerminalText.width(label), y: area.y, width: max(1, area.width - TerminalText.width(label)), height: 1)
            surface.line(prompt.editor.text, in: field, row: 0)
            // The edit point, shown in reverse (the terminal's own cursor stays hidden).
            let before = TerminalText.width(String(prompt.editor.text.prefix(prompt.editor.cursor)))
            surface.paint(row: field.y, column: field.x + min(before, field.width - 1), width: 1, role: .selected)
        case .exportFormat(let selected):
            ExportDialog.draw(selected: selected, state, on: &surface)
        case .fileConflict(let conflict):
            FileConflictDialog.draw(conflict, state, on: &surface)
        case .confirmQuit:
            box(row: state.height / 2 - 1, height: 3, state, on: &surface)
            surface.line("The last change is not saved. Quit anyway? y/n",
                         in: Rect(x: 2, y: state.height / 2, width: state.width - 4, height: 1), row: 0, role: .error)
        }
    }

    /// The title and lines of a page overlay (help, a role, a skill).
    static func pageContent(_ overlay: Overlay, _ state: AppState) -> (title: String, lines: [StyledLine])? {
        switch overlay {
        case .help:
            return ("Keys", helpLines(glyphs: state.glyphs).map { StyledLine($0.0, $0.1) })
        case .roleDetail(let roleID):
            guard let role = state.planner.catalog.role(roleID) else { return nil }
            return (role.name, RoleDetailLines.lines(role, state.planner, width: state.width - 4, glyphs: state.glyphs).map { StyledLine($0.0, $0.1) })
        case .comparison(let roleID):
            guard let role = state.planner.catalog.role(roleID), let target = state.planner.targetRole,
                  let comparison = try? state.planner.compare(role.id, target.id) else { return nil }
            return ("Compare: \(role.name) with your target", ComparisonLines.lines(
                comparison, catalog: state.planner.catalog, progress: state.planner.progress, width: state.width - 4, glyphs: state.glyphs))
        case .skillDetail(let skillID):
            guard let skill = state.planner.catalog.skill(skillID) else { return nil }
            var lines: [StyledLine] = []
            for (label, text) in SkillDetail.fields(skill, state) {
                lines += TextWrapper.wrap(label + text, width: state.width - 4).map { StyledLine($0) }
                lines.append(StyledLine())
            }
            return (skill.name, lines)
        case .prompt, .exportFormat, .confirmQuit, .fileConflict:
            return nil
        }
    }

    /// How far a page overlay can scroll: to where its last line is at the bottom.
    static func maximumScroll(_ overlay: Overlay, _ state: AppState) -> Int {
        max(0, (pageContent(overlay, state)?.lines.count ?? 0) - (state.height - 4))
    }

    static func helpLines(glyphs: Glyphs) -> [(String, StyleRole)] {
        var lines: [(String, StyleRole)] = []
        for binding in KeyMap.bindings {
            let panes = binding.panes.map { " (" + Pane.allCases.filter($0.contains).map(\.title).joined(separator: ", ") + ")" } ?? ""
            lines.append((TerminalText.padded(glyphs.plain(binding.label), to: 8) + binding.help + panes, .normal))
        }
        lines.append(("", .normal))
        lines.append((glyphs.plain("In a prompt or the filter: type, ←/→, Backspace, Enter keeps, Esc cancels."), .dim))
        lines.append(("Mouse: a click selects, the wheel scrolls.", .dim))
        return lines
    }

    /// A full-screen page with a title, scrolled by the overlay scroll.
    static func page(title: String, lines: [StyledLine], _ state: AppState, on surface: inout some Surface) {
        box(row: 1, height: state.height - 2, state, on: &surface)
        let area = Rect(x: 2, y: 2, width: state.width - 4, height: state.height - 4)
        surface.line(title, in: Rect(x: 2, y: 1, width: area.width, height: 1), row: 0, role: .heading)
        let scroll = min(state.overlayScroll, max(0, lines.count - area.height))
        for row in 0..<area.height where scroll + row < lines.count {
            surface.draw(lines[scroll + row], in: area, row: row)
        }
        let hint = state.glyphs.plain(lines.count > area.height ? " j/k scroll · Esc closes " : " Esc closes ")
        surface.rightAligned(hint, in: Rect(x: 2, y: state.height - 2, width: area.width, height: 1), row: 0, role: .dim)
    }

    /// A bordered box across the screen, blanked inside.
    static func box(row: Int, height: Int, _ state: AppState, on surface: inout some Surface) {
        guard height >= 2 else { return }
        let unicode = state.glyphs == .unicode
        let (horizontal, vertical) = unicode ? ("─", "│") : ("-", "|")
        let (topLeft, topRight, bottomLeft, bottomRight) = unicode ? ("┌", "┐", "└", "┘") : ("+", "+", "+", "+")
        let inner = max(0, state.width - 2)
        surface.put(topLeft + String(repeating: horizontal, count: inner) + topRight, row: row, column: 0, role: .border)
        for y in (row + 1)..<(row + height - 1) {
            surface.put(vertical + String(repeating: " ", count: inner) + vertical, row: y, column: 0, role: .border)
            surface.paint(row: y, column: 1, width: inner, role: .normal)
        }
        surface.put(bottomLeft + String(repeating: horizontal, count: inner) + bottomRight, row: row + height - 1, column: 0, role: .border)
    }
}
