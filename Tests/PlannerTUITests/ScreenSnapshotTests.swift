import Testing
import PlannerEngine
@testable import PlannerTUI

/// Whole screens compared as text (trailing spaces ignored, every row checked
/// to be exactly as wide as the grid), and the style roles of the rows that
/// carry meaning: the selection, done and learning marks, headings.
@Suite struct ScreenSnapshotTests {
    typealias F = TUIFixture

    // MARK: The main screen at 80x24: one pane at a time, with tabs

    @Test func rolesPaneAt80x24() {
        let grid = F.draw(F.state())
        F.expectScreen(grid, """
            Machine learning engineer  ░░░░░░░░░░░░ 7% (3/41)                 Pace: on track
             1 Roles   2 Skills   3 Schedule   4 Progress
            * Machine learning engineer                                      ░░░░░░░░░░   7%
              AI research scientist                                          ░░░░░░░░░░   9%
              NLP engineer                                                   ░░░░░░░░░░   8%
              Computer vision engineer                                       ░░░░░░░░░░   8%
              Data scientist                                                 ░░░░░░░░░░   7%
              MLOps engineer                                                 ░░░░░░░░░░   7%
              AutoML engineer                                                ░░░░░░░░░░   9%
              AI ethics specialist                                           ░░░░░░░░░░   7%
              Data analyst                                                   ░░░░░░░░░░   9%












            ? all keys  q quit  Tab next pane  Enter details  t make it your target  c compa
            """)
        let roles = grid.roleRows
        // The tab of the focused pane, and the selected role (the target) highlighted across the row.
        #expect(roles[1].hasPrefix("TTTTTTTTT "))
        #expect(roles[2] == String(repeating: "S", count: 80))
        // Other rows: the name plain, the readiness bar in the bar role.
        #expect(roles[3] == String(repeating: " ", count: 65) + String(repeating: "R", count: 15))
    }

    @Test func skillsPaneAt80x24() {
        let grid = F.draw(F.state(focus: .skills))
        F.expectScreen(grid, """
            Machine learning engineer  ░░░░░░░░░░░░ 7% (3/41)                 Pace: on track
             1 Roles   2 Skills: Machine learning engineer   3 Schedule   4 Progress
            Mathematics                                                                  2/5
              [x] Linear algebra                                                        40 h
              [x] Calculus                                                              40 h
              [~] Probability                                                           35 h
              [ ] Statistics                                                            50 h
              [ ] Optimisation                                                          30 h
            Programming                                                                  1/7
              [x] Python                                                                60 h
              [ ] Command line basics                                                   10 h
              [ ] Git and version control                                               15 h
              [ ] Data structures and algorithms                                        60 h
              [ ] Object-oriented programming                                           25 h
            ────────────────────────────────────────────────────────────────────────────────
            Linear algebra (linear-algebra)
            Needs: nothing first
            Learn: Work through vectors, matrices, dot products and eigenvectors, coding
              each idea in NumPy as you go.
            Show: Explain PCA or a linear layer in matrix terms in a notebook or short
              write-up.


            ? all keys  q quit  Tab next pane  Enter details  space done / not done  l learn
            """)
        // Headings H, the selected skill S, done marks D, learning L, hours dim M, the details rule |.
        #expect(F.roleText(grid) == """
            HHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHH                 DDDDDDDDDDDDDD
                      TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT
            HHHHHHHHHHH                                                                  HHH
            SSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSS
            DDDDD                                                                       MMMM
            LLLLL                                                                       MMMM
                                                                                        MMMM
                                                                                        MMMM
            HHHHHHHHHHH                                                                  HHH
            DDDDD                                                                       MMMM
                                                                                        MMMM
                                                                                        MMMM
                                                                                        MMMM
                                                                                        MMMM
            ||||||||||||||||||||||||||||||||||||||||||||||||||||||||||||||||||||||||||||||||
            HHHHHHHHHHHHHHHHHHHHHHHHHHHHHHH







            MMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMM
            """)
    }

    @Test func schedulePaneAt80x24() {
        let grid = F.draw(F.state(focus: .schedule))
        F.expectScreen(grid, """
            Machine learning engineer  ░░░░░░░░░░░░ 7% (3/41)                 Pace: on track
             1 Roles   2 Skills   3 Schedule   4 Progress
            November 2026
            > W1  Nov 22 [~] probability 20.2h
              W2  Nov 29 [~] probability 14.8h [ ] statistics 5.4h
            December 2026
              W3  Dec 6  [ ] statistics 20.2h
              W4  Dec 13 [ ] statistics 20.2h
              W5  Dec 20 [ ] statistics 4.2h [ ] optimisation 16h
              W6  Dec 27 [ ] optimisation 14h [ ] command-line-basics 6.2h
            January 2027
              W7  Jan 3  [ ] command-line-basics 3.8h [ ] git-version-control 15h [ ] data-s
              W8  Jan 10 [ ] data-structures-algorithms 20.2h
              W9  Jan 17 [ ] data-structures-algorithms 20.2h
              W10 Jan 24 [ ] data-structures-algorithms 18.2h [ ] oop 2h
              W11 Jan 31 [ ] oop 20.2h
            February 2027
              W12 Feb 7  [ ] oop 2.8h [ ] testing-documentation 17.4h
              W13 Feb 14 [ ] testing-documentation 2.6h [ ] numpy 15h [ ] pandas 2.6h
              W14 Feb 21 [ ] pandas 20.2h
              W15 Feb 28 [ ] pandas 2.2h [ ] data-cleaning 18h
            March 2027

            ? all keys  q quit  Tab next pane  L log study time  p plan or replan  / filter
            """)
        let roles = grid.roleRows
        #expect(roles[1].hasPrefix(String(repeating: " ", count: 21) + String(repeating: "T", count: 12)))
        #expect(roles[2].hasPrefix(String(repeating: "H", count: 13)))
        // This week, selected: the whole row highlighted.
        #expect(roles[3] == String(repeating: "S", count: 80))
        // Week 2: probability's [~] in the learning role, the rest plain.
        #expect(roles[4] == String(repeating: " ", count: 13) + "LLL" + String(repeating: " ", count: 64))
    }

    @Test func noPlanYetInSchedule() {
        let grid = F.draw(F.state(plan: false, focus: .schedule))
        F.expectScreen(grid, """
            career-planner  Machine learning engineer  ░░░░░░░░░░░░ 7% (3/41)
             1 Roles   2 Skills   3 Schedule   4 Progress
            No plan yet — press p




















            ? all keys  q quit  Tab next pane  L log study time  p plan or replan  / filter
            """)
        #expect(grid.roleRows[2].hasPrefix(String(repeating: "M", count: 21) + " "))
    }

    @Test func noPlanYetSideBySide() {
        let grid = F.draw(F.state(width: 120, height: 40, plan: false))
        #expect(grid.rows[3].hasSuffix("│No plan yet — press p" + String(repeating: " ", count: 14)))
        F.expectRowsFit(grid)
    }

    // MARK: Side by side at 120x40

    @Test func sideBySideAt120x40() {
        let grid = F.draw(F.state(width: 120, height: 40))
        F.expectScreen(grid, """
            career-planner  Machine learning engineer  ░░░░░░░░░░░░ 7% (3/41)                                         Pace: on track
            ───────────────────────────────────────────────────────────────────────── 1 Roles ─ 2 Skills ─ 3 Schedule ─ 4 Progress ─
             1 Roles                            │ 2 Skills: Machine learning engineer           │ 3 Schedule
            * Machine learning engi…  ░░░░░   7%│Mathematics                                 2/5│November 2026
              AI research scientist   ░░░░░   9%│  [x] Linear algebra                       40 h│> W1  Nov 22 [~] probability 20.2h
              NLP engineer            ░░░░░   8%│  [x] Calculus                             40 h│  W2  Nov 29 [~] probability 14.8h
              Computer vision engin…  ░░░░░   8%│  [~] Probability                          35 h│December 2026
              Data scientist          ░░░░░   7%│  [ ] Statistics                           50 h│  W3  Dec 6  [ ] statistics 20.2h
              MLOps engineer          ░░░░░   7%│  [ ] Optimisation                         30 h│  W4  Dec 13 [ ] statistics 20.2h
              AutoML engineer         ░░░░░   9%│Programming                                 1/7│  W5  Dec 20 [ ] statistics 4.2h [
              AI ethics specialist    ░░░░░   7%│  [x] Python                               60 h│  W6  Dec 27 [ ] optimisation 14h [
              Data analyst            ░░░░░   9%│  [ ] Command line basics                  10 h│January 2027
                                                │  [ ] Git and version control              15 h│  W7  Jan 3  [ ] command-line-basic
                                                │  [ ] Data structures and algorithms       60 h│  W8  Jan 10 [ ] data-structures-al
                                                │  [ ] Object-oriented programming          25 h│  W9  Jan 17 [ ] data-structures-al
                                                │  [ ] Testing and code documentation       20 h│  W10 Jan 24 [ ] data-structures-al
                                                │  [-] SQL                                  30 h│  W11 Jan 31 [ ] oop 20.2h
                                                │  [ ] R basics                             25 h│February 2027
                                                │Data                                        0/6│  W12 Feb 7  [ ] oop 2.8h [ ] testi
                                                │  [ ] NumPy                                15 h│  W13 Feb 14 [ ] testing-documentat
                                                │  [ ] pandas                               25 h│  W14 Feb 21 [ ] pandas 20.2h
                                                │  [ ] Data cleaning and preprocessing      30 h│  W15 Feb 28 [ ] pandas 2.2h [ ] da
                                                │  [ ] Data visualisation                   20 h│March 2027
                                                │  [ ] Exploratory data analysis            20 h│  W16 Mar 7  [ ] data-cleaning 12h
                                                │  [ ] Feature engineering                  30 h│  W17 Mar 14 [ ] data-visualisation
                                                │ML fundamentals                             0/7│  W18 Mar 21 [ ] exploratory-data-a
                                                │  [ ] Core machine learning concepts       20 h│  W19 Mar 28 [ ] feature-engineerin
                                                │  [ ] Supervised learning                  40 h│April 2027
                                                │  [ ] scikit-learn                         25 h│  W20 Apr 4  [ ] feature-engineerin
                                                │  [ ] Model evaluation                     20 h│  W21 Apr 11 [ ] ml-concepts 1h [ ]
                                                │───────────────────────────────────────────────│  W22 Apr 18 [ ] supervised-learnin
                                                │Linear algebra (linear-algebra)                │  W23 Apr 25 [ ] supervised-learnin
                                                │Needs: nothing first                           │May 2027
                                                │Learn: Work through vectors, matrices, dot     │  W24 May 2  [ ] scikit-learn 5.4h
                                                │  products and eigenvectors, coding each idea  │  W25 May 9  [ ] model-evaluation 5
                                                │  in NumPy as you go.                          │  W26 May 16 [ ] unsupervised-learn
                                                │Show: Explain PCA or a linear layer in matrix  │  W27 May 23 [ ] hyperparameter-tun
                                                │  terms in a notebook or short write-up.       │  W28 May 30 [ ] algorithm-families

            ? all keys  q quit  Tab next pane  Enter details  t make it your target  c compare with your target  p plan or replan  /
            """)
        #expect(F.roleText(grid) == """
            HHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHH                                         DDDDDDDDDDDDDD
            |||||||||||||||||||||||||||||||||||||||||||||||||||||||||||||||||||||||||TTTTTTTTT||||||||||||||||||||||||||||||||||||||
            TTTTTTTTT                           |HHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHH          |HHHHHHHHHHHH
            SSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSS|HHHHHHHHHHH                                 HHH|HHHHHHHHHHHHH
                                      RRRRRRRRRR|MMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMM|MMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMM
                                      RRRRRRRRRR|DDDDD                                      MMMM|             LLL
                                      RRRRRRRRRR|LLLLL                                      MMMM|HHHHHHHHHHHHH
                                      RRRRRRRRRR|                                           MMMM|
                                      RRRRRRRRRR|                                           MMMM|
                                      RRRRRRRRRR|HHHHHHHHHHH                                 HHH|
                                      RRRRRRRRRR|DDDDD                                      MMMM|
                                      RRRRRRRRRR|                                           MMMM|HHHHHHHHHHHH
                                                |                                           MMMM|
                                                |                                           MMMM|
                                                |                                           MMMM|
                                                |                                           MMMM|
                                                |KKKKK                                      MMMM|
                                                |                                           MMMM|HHHHHHHHHHHHH
                                                |HHHH                                        HHH|
                                                |                                           MMMM|
                                                |                                           MMMM|
                                                |                                           MMMM|
                                                |                                           MMMM|HHHHHHHHHH
                                                |                                           MMMM|
                                                |                                           MMMM|
                                                |HHHHHHHHHHHHHHH                             HHH|
                                                |                                           MMMM|
                                                |                                           MMMM|HHHHHHHHHH
                                                |                                           MMMM|
                                                |                                           MMMM|
                                                |||||||||||||||||||||||||||||||||||||||||||||||||
                                                |HHHHHHHHHHHHHHHHHHHHHHHHHHHHHHH                |
                                                |                                               |HHHHHHHH
                                                |                                               |
                                                |                                               |
                                                |                                               |
                                                |                                               |
                                                |                                               |

            MMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMM
            """)
    }

    @Test func highlightFollowsFocusSideBySide() {
        var state = F.state(width: 120, height: 40)
        F.press([.character("2"), .character("j"), .character("j")], &state)
        let roles = F.draw(state).roleRows
        // Roles pane unfocused: its selection dim; Skills focused: probability (row 6) selected.
        #expect(roles[3].prefix(36) == Substring(String(repeating: "M", count: 36)))
        let skills = { (row: Int) in String(Array(roles[row])[37..<84]) }
        #expect(skills(6) == String(repeating: "S", count: 47))
        #expect(skills(4).hasPrefix("DDDDD "))
        #expect(roles[2].dropFirst(37).hasPrefix(String(repeating: "T", count: 37)))
    }
}

extension StringProtocol {
    func trimmingSuffixSpaces() -> String { String(String(self).reversed().drop { $0 == " " }.reversed()) }
}
