import Testing
@testable import PlannerEngine
@testable import PlannerTUI

/// States for the interface tests: the embedded catalog on a frozen day with a
/// target role, a few ticked skills and a plan; and a small catalog with CJK
/// names for cutting wide characters.
enum TUIFixture {
    /// Sunday 22 November 2026: every test sees the same day.
    static let today = Day(year: 2026, month: 11, day: 22)!

    /// Loaded once: decoding and checking the catalog is the slow part of a state.
    static let catalog = loadEmbeddedCatalog()
    static let plannedProgress = makeProgress(plan: true)
    static let unplannedProgress = makeProgress(plan: false)

    static func embeddedCatalog() -> Catalog { catalog }

    static func loadEmbeddedCatalog() -> Catalog {
        guard case .loaded(let catalog) = Catalog.embedded() else {
            Issue.record("the embedded catalog does not load")
            fatalError("the embedded catalog does not load")
        }
        return catalog
    }

    /// Target: machine learning engineer. Linear algebra, calculus and Python
    /// done, probability being learned, SQL skipped; a 12-month plan when `plan`.
    static func progress(plan: Bool = true) -> UserProgress { plan ? plannedProgress : unplannedProgress }

    static func makeProgress(plan: Bool) -> UserProgress {
        var planner = Planner(catalog: embeddedCatalog(), progress: UserProgress())
        do {
            try planner.setTarget("ml-engineer")
            try planner.mark(["linear-algebra", "calculus", "python"], as: .done, today: today)
            try planner.mark(["probability"], as: .learning, today: today)
            try planner.mark(["sql"], as: .skipped, today: today)
            if plan { try planner.plan(.init(months: 12), today: today) }
        } catch {
            Issue.record("fixture progress: \(error)")
        }
        return planner.progress
    }

    static func state(width: Int = 80, height: Int = 24, plan: Bool = true, focus: Pane = .roles,
                      glyphs: Glyphs = .unicode) -> AppState {
        var state = AppState(planner: Planner(catalog: embeddedCatalog(), progress: progress(plan: plan)),
                             today: today, width: width, height: height, glyphs: glyphs)
        state.focus = focus
        return state
    }

    /// A state with nothing chosen yet: no target, no marks, no plan.
    static func freshState(width: Int = 80, height: Int = 24) -> AppState {
        AppState(planner: Planner(catalog: embeddedCatalog(), progress: UserProgress()), today: today,
                 width: width, height: height, glyphs: .unicode)
    }

    // MARK: The CJK catalog

    static func skill(_ id: String, _ name: String, _ hours: Double = 200, needs: [String] = [],
                      category: String = "math") -> Skill {
        Skill(id: id, name: name, category: category, hours: hours, prerequisites: needs,
              learn: "教科書を読む。", show: "ノートを公開する。", sources: nil)
    }

    static func role(_ id: String, _ name: String, required: [String]) -> Role {
        Role(id: id, name: name, steppingStone: false, summary: "機械学習のモデルを作って運用する仕事。",
             responsibilities: ["モデルを作る。"], typicalDay: nil, pay: [], outlook: [],
             entryRoutes: ["独学。"], progression: ["ジュニア", "シニア"], industries: ["IT"],
             requiredSkills: required, niceToHaveSkills: [], sources: ["article"])
    }

    /// Roles and skills named in Japanese. With `longNames`, a category name
    /// wider than any pane, to push wide characters against right-aligned text.
    static func cjkCatalog(longNames: Bool = false) -> Catalog {
        Catalog(
            sources: [Source(id: "article", title: "記事", author: nil, publisher: nil, published: nil, seed: "x.txt")],
            phases: [Phase(id: "first", name: "基礎")],
            categories: [Category(id: "math", name: "数学と統計の基礎知識", phase: "first"),
                         Category(id: "code", name: longNames ? longCategoryName : "プログラミング", phase: "first")],
            skills: [
                skill("linear-algebra", "線形代数"),
                skill("calculus", "微分積分学と最適化の理論と実践と応用のすべての基礎"),
                skill("python", "Pythonプログラミング入門から実践的なデータ処理と機械学習ライブラリの使い方まで",
                      category: "code"),
                skill("mix", "a線形代数b線形代数c線形代数d線形代数e線形代数f線形代数g線形代数h線形代数", category: "code"),
            ],
            roles: [
                role("mle", "機械学習エンジニア", required: ["linear-algebra", "calculus", "python", "mix"]),
                role("long", "機械学習エンジニアとデータサイエンティストと研究者を兼ねる非常に長い名前の職種",
                     required: ["linear-algebra"]),
                // The leading "x" puts every wide character on an odd column.
                role("odd", "x機械学習エンジニアとデータサイエンティストと研究者を兼ねる非常に長い名前の職種",
                     required: ["calculus"]),
            ]
        )
    }

    /// 84 cells: wider than an 80-column pane.
    static let longCategoryName = "プログラミングとソフトウェア工学とデータ処理と機械学習ライブラリと開発環境の基礎知識"

    static func cjkState(width: Int, height: Int, focus: Pane = .roles, target: String = "mle",
                         longNames: Bool = false, plan: Bool = false) -> AppState {
        var planner = Planner(catalog: cjkCatalog(longNames: longNames), progress: UserProgress())
        do {
            try planner.setTarget(target)
            try planner.mark(["linear-algebra"], as: .learning, note: "ストラングの講義を第三章まで見た。", today: today)
            if plan { try planner.plan(.init(months: 12), today: today) }
        } catch {
            Issue.record("CJK fixture: \(error)")
        }
        var state = AppState(planner: planner, today: today, width: width, height: height, glyphs: .unicode)
        state.focus = focus
        return state
    }

    // MARK: Helpers

    static func draw(_ state: AppState) -> Grid {
        var grid = Grid(width: state.width, height: state.height)
        ScreenView.draw(state, on: &grid)
        return grid
    }

    /// Rows with trailing spaces removed, for comparing with a literal.
    static func text(_ grid: Grid) -> String {
        grid.rows.map { String($0.reversed().drop { $0 == " " }.reversed()) }.joined(separator: "\n")
    }

    /// Turns keys into actions and applies them; the effects of the last key with an action.
    @discardableResult
    static func press(_ keys: [Key], _ state: inout AppState) -> Effects {
        var effects = Effects()
        for key in keys {
            guard let action = AppUpdate.action(for: key, in: state) else { continue }
            effects = AppUpdate.apply(action, to: &state)
        }
        return effects
    }

    static func type(_ text: String) -> [Key] { text.map { Key.character($0) } }

    /// Compares a screen with a literal, row by row, trailing spaces ignored,
    /// and checks every row is exactly as wide as the grid.
    static func expectScreen(_ grid: Grid, _ expected: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(text(grid) == expected, sourceLocation: sourceLocation)
        expectRowsFit(grid, sourceLocation: sourceLocation)
    }

    static func expectRowsFit(_ grid: Grid, sourceLocation: SourceLocation = #_sourceLocation) {
        for problem in rowProblems(grid) { Issue.record(Comment(rawValue: problem), sourceLocation: sourceLocation) }
    }

    /// Rows not exactly as wide as the grid.
    static func rowProblems(_ grid: Grid) -> [String] {
        var problems = grid.rows.count == grid.height ? [] : ["\(grid.rows.count) rows in a grid \(grid.height) high"]
        for (index, row) in grid.rows.enumerated() where TerminalText.width(row) != grid.width {
            problems.append("row \(index) is \(TerminalText.width(row)) cells wide, the grid \(grid.width): \(row)")
        }
        return problems
    }

    /// Wide characters without their second cell, and second cells without their character.
    static func splitProblems(_ grid: Grid) -> [String] {
        var problems: [String] = []
        for row in 0..<grid.height {
            var column = 0
            while column < grid.width {
                let cell = grid[row, column]
                let cells = cell.text.isEmpty ? 0 : TerminalText.width(cell.text)
                if cells == 0 {
                    problems.append("row \(row) column \(column) is half a wide character: \(grid.rows[row])")
                    column += 1
                } else if cells == 2 {
                    if column + 1 >= grid.width || !grid[row, column + 1].text.isEmpty {
                        problems.append("row \(row) column \(column) \(cell.text) lost its second half: \(grid.rows[row])")
                    }
                    column += 2
                } else {
                    column += 1
                }
            }
        }
        return problems
    }

    /// Trimmed role rows, for comparing with a literal.
    static func roleText(_ grid: Grid) -> String {
        grid.roleRows.map { String($0.reversed().drop { $0 == " " }.reversed()) }.joined(separator: "\n")
    }
}
