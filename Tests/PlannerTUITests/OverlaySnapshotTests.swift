import Testing
import PlannerEngine
@testable import PlannerTUI

/// The overlays: help, a role, a skill, a prompt, the question before quitting.
extension ScreenSnapshotTests {
    // MARK: Overlays

    @Test func helpOverlay() {
        var state = F.state()
        F.press([.character("?")], &state)
        F.expectScreen(F.draw(state), """
            Machine learning engineer  ░░░░░░░░░░░░ 7% (3/41)                 Pace: on track
            ┌─Keys─────────────────────────────────────────────────────────────────────────┐
            │ k/↑     move up                                                              │
            │ j/↓     move down                                                            │
            │ PgUp    page up                                                              │
            │ PgDn    page down                                                            │
            │ g       first item                                                           │
            │ G       last item                                                            │
            │ Tab     next pane                                                            │
            │ S-Tab   previous pane                                                        │
            │ 1       Roles pane                                                           │
            │ 2       Skills pane                                                          │
            │ 3       Schedule pane                                                        │
            │ 4       Progress pane                                                        │
            │ Enter   details (Roles, Skills)                                              │
            │ t       make it your target (Roles)                                          │
            │ c       compare with your target (Roles)                                     │
            │ space   done / not done (Skills)                                             │
            │ l       learning (Skills)                                                    │
            │ s       skip (Skills)                                                        │
            │ n       edit note (Skills)                                                   │
            │ a       this role's skills / all skills (Skills)                             │
            └──────────────────────────────────────────────────── j/k scroll · Esc closes ─┘
            ? all keys  q quit  Tab next pane  Enter details  t make it your target  c compa
            """)
    }

    @Test func roleDetailOverlay() {
        var state = F.state()
        F.press([.enter], &state)
        #expect(state.overlay == .roleDetail(roleID: "ml-engineer"))
        F.expectScreen(F.draw(state), """
            Machine learning engineer  ░░░░░░░░░░░░ 7% (3/41)                 Pace: on track
            ┌─Machine learning engineer────────────────────────────────────────────────────┐
            │ Builds, deploys and maintains the models behind AI products, from            │
            │ recommendation systems to self-driving features. The job blends software     │
            │ engineering with deep algorithm knowledge and focuses on getting models      │
            │ working reliably in production rather than only in experiments.              │
            │                                                                              │
            │ Responsibilities                                                             │
            │ - Design and build ML models for prediction, automation and AI-driven        │
            │   features                                                                   │
            │ - Clean, transform and engineer features so models get well-structured,      │
            │   high-quality data                                                          │
            │ - Train and test models, experimenting with algorithms, hyperparameters and  │
            │   architectures                                                              │
            │ - Deploy models into production systems, cloud platforms and real-time       │
            │   applications                                                               │
            │ - Monitor live models, retrain them when needed and keep them aligned with   │
            │   fresh data and changing business goals                                     │
            │                                                                              │
            │ A typical day (Danielle Antosz, 2025-03-12)                                  │
            │ - Morning: Check how models are performing, fix errors and prepare newly     │
            │   arrived data sets.                                                         │
            └──────────────────────────────────────────────────── j/k scroll · Esc closes ─┘
            ? all keys  q quit  Tab next pane  Enter details  t make it your target  c compa
            """)
    }

    @Test func roleDetailEndsWithTheSkillsAndTheirMarks() {
        var state = F.state()
        F.press([.enter] + Array(repeating: .pageDown, count: 20), &state)
        F.expectScreen(F.draw(state), """
            Machine learning engineer  ░░░░░░░░░░░░ 7% (3/41)                 Pace: on track
            ┌─Machine learning engineer────────────────────────────────────────────────────┐
            │ [ ] Unsupervised learning                                                    │
            │ [ ] Hyperparameter tuning                                                    │
            │ [ ] Algorithm families and when to use them                                  │
            │ [ ] Neural network fundamentals                                              │
            │ [ ] PyTorch                                                                  │
            │ [ ] Reinforcement learning basics                                            │
            │ [ ] Model deployment                                                         │
            │ [ ] Model monitoring and retraining                                          │
            │ [ ] Cloud ML services (AWS, Google Cloud, Azure)                             │
            │ [ ] Hadoop and Spark                                                         │
            │ [ ] End-to-end ML project                                                    │
            │ [ ] GitHub project documentation                                             │
            │ [ ] Interview prep: coding challenges                                        │
            │ [ ] Interview prep: ML theory                                                │
            │ [ ] Interview prep: ML system design                                         │
            │ [ ] Interview prep: project presentation                                     │
            │ [ ] Communication and explaining complex ideas                               │
            │ [ ] Collaboration across teams                                               │
            │ [ ] Problem solving                                                          │
            │ [ ] Project management and organisation                                      │
            └──────────────────────────────────────────────────── j/k scroll · Esc closes ─┘
            ? all keys  q quit  Tab next pane  Enter details  t make it your target  c compa
            """)
        // Scrolling down from the top: done, learning and skipped skills with their marks in their roles.
        state = F.state()
        F.press([.enter], &state)
        var found: [String: String] = [:]
        for _ in 0..<120 {
            let grid = F.draw(state)
            for (row, text) in grid.rows.enumerated() {
                for wanted in ["│ [x] Linear algebra ", "│ [~] Probability ", "│ [-] SQL ", "│ Skills it needs: "] where text.hasPrefix(wanted) {
                    found[wanted] = String(grid.roleRows[row].prefix(6)) + "|" + text.dropFirst(2).dropLast().trimmingSuffixSpaces()
                }
            }
            F.press([.character("j")], &state)
        }
        #expect(found["│ [x] Linear algebra "] == "| DDDD|[x] Linear algebra")
        #expect(found["│ [~] Probability "] == "| LLLL|[~] Probability")
        #expect(found["│ [-] SQL "] == "| KKKK|[-] SQL")
        #expect(found["│ Skills it needs: "] == "| HHHH|Skills it needs: 3 of 41 done (7%), 1 skipped")
    }

    @Test func skillDetailOverlay() {
        var state = F.state(focus: .skills)
        F.press([.character("j"), .enter], &state)
        #expect(state.overlay == .skillDetail(skillID: "calculus"))
        F.expectScreen(F.draw(state), """
            Machine learning engineer  ░░░░░░░░░░░░ 7% (3/41)                 Pace: on track
            ┌─Calculus─────────────────────────────────────────────────────────────────────┐
            │ Needs: nothing first                                                         │
            │                                                                              │
            │ Learn: Revise derivatives, partial derivatives and the chain rule, then      │
            │ derive gradients for simple loss functions by hand.                          │
            │                                                                              │
            │ Show: Derive the gradient of a logistic regression loss and check it         │
            │ numerically in code.                                                         │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            └───────────────────────────────────────────────────────────────── Esc closes ─┘
            ? all keys  q quit  Tab next pane  Enter details  space done / not done  l learn
            """)
    }

    @Test func notePrompt() {
        var state = F.state(focus: .skills)
        F.press([.character("n")] + F.type("Gilbert ch. 1-3"), &state)
        let grid = F.draw(state)
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
            ┌──────────────────────────────────────────────────────────────────────────────┐
            │ Note for linear-algebra: Gilbert ch. 1-3                                     │
            └──────────────────────────────────────────────────────────────────────────────┘
            ────────────────────────────────────────────────────────────────────────────────
            Linear algebra (linear-algebra)
            Needs: nothing first
            Learn: Work through vectors, matrices, dot products and eigenvectors, coding
              each idea in NumPy as you go.
            Show: Explain PCA or a linear layer in matrix terms in a notebook or short
              write-up.


            ? all keys  q quit  Tab next pane  Enter details  space done / not done  l learn
            """)
        // The label (and the space after it) as a heading, the text typed plain.
        #expect(grid.roleRows[12].hasPrefix("| " + String(repeating: "H", count: 25) + " "))
    }

    @Test func confirmQuitOverlay() {
        var state = F.state(focus: .schedule)
        state.unsaved = true
        F.press([.character("q")], &state)
        let grid = F.draw(state)
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
            ┌──────────────────────────────────────────────────────────────────────────────┐
            │ The last change is not saved. Quit anyway? y/n                               │
            └──────────────────────────────────────────────────────────────────────────────┘
              W10 Jan 24 [ ] data-structures-algorithms 18.2h [ ] oop 2h
              W11 Jan 31 [ ] oop 20.2h
            February 2027
              W12 Feb 7  [ ] oop 2.8h [ ] testing-documentation 17.4h
              W13 Feb 14 [ ] testing-documentation 2.6h [ ] numpy 15h [ ] pandas 2.6h
              W14 Feb 21 [ ] pandas 20.2h
              W15 Feb 28 [ ] pandas 2.2h [ ] data-cleaning 18h
            March 2027
            Not saved: the last save failed (retried on the next change)
            ? all keys  q quit  Tab next pane  L log study time  p plan or replan  / filter
            """)
        #expect(grid.roleRows[12].hasPrefix("| " + String(repeating: "E", count: 46) + " "))
        #expect(grid.roleRows[22].hasPrefix(String(repeating: "E", count: 60)))
    }

    // MARK: Wide characters

    @Test func cjkRolesAt80x24() {
        F.expectScreen(F.draw(F.cjkState(width: 80, height: 24)), """
            career-planner  機械学習エンジニア  ░░░░░░░░░░░░ 0% (0/4)
             1 Roles   2 Skills   3 Schedule   4 Progress
            * 機械学習エンジニア                                             ░░░░░░░░░░   0%
              機械学習エンジニアとデータサイエンティストと研究者を兼ねる非…  ░░░░░░░░░░   0%
              x機械学習エンジニアとデータサイエンティストと研究者を兼ねる…   ░░░░░░░░░░   0%


















            ? all keys  q quit  Tab next pane  Enter details  t make it your target  c compa
            """)
    }

    @Test func cjkSkillsAt80x24() {
        F.expectScreen(F.draw(F.cjkState(width: 80, height: 24, focus: .skills)), """
            career-planner  機械学習エンジニア  ░░░░░░░░░░░░ 0% (0/4)
             1 Roles   2 Skills: 機械学習エンジニア   3 Schedule   4 Progress
            数学と統計の基礎知識                                                         0/2
              [~] 線形代数                                                             200 h
              [ ] 微分積分学と最適化の理論と実践と応用のすべての基礎                   200 h
            プログラミング                                                               0/2
              [ ] Pythonプログラミング入門から実践的なデータ処理と機械学習ライブラリ…  200 h
              [ ] a線形代数b線形代数c線形代数d線形代数e線形代数f線形代数g線形代数h線…  200 h






            ────────────────────────────────────────────────────────────────────────────────
            線形代数 (linear-algebra)
            Note: ストラングの講義を第三章まで見た。
            Needs: nothing first
            Learn: 教科書を読む。
            Show: ノートを公開する。



            ? all keys  q quit  Tab next pane  Enter details  space done / not done  l learn
            """)
    }

    @Test func cjkSideBySideAt100x24() {
        F.expectScreen(F.draw(F.cjkState(width: 100, height: 24, focus: .skills)), """
            career-planner  機械学習エンジニア  ░░░░░░░░░░░░ 0% (0/4)
            ───────────────────────────────────────────────────── 1 Roles ─ 2 Skills ─ 3 Schedule ─ 4 Progress ─
             1 Roles                      │ 2 Skills: 機械学習エンジニア          │ 3 Schedule
            * 機械学習エンジ…   ░░░░░   0%│数学と統計の基礎知識                0/2│No plan yet — press p
              機械学習エンジ…   ░░░░░   0%│  [~] 線形代数                    200 h│
              x機械学習エンジ…  ░░░░░   0%│  [ ] 微分積分学と最適化の理論…   200 h│
                                          │プログラミング                      0/2│
                                          │  [ ] Pythonプログラミング入門…   200 h│
                                          │  [ ] a線形代数b線形代数c線形代…  200 h│
                                          │                                       │
                                          │                                       │
                                          │                                       │
                                          │                                       │
                                          │                                       │
                                          │───────────────────────────────────────│
                                          │線形代数 (linear-algebra)              │
                                          │Note:                                  │
                                          │  ストラングの講義を第三章まで見た。   │
                                          │Needs: nothing first                   │
                                          │Learn: 教科書を読む。                  │
                                          │Show: ノートを公開する。               │
                                          │                                       │

            ? all keys  q quit  Tab next pane  Enter details  space done / not done  l learning  s skip  n edit
            """)
    }

    @Test func cjkSkillDetailOverlay() {
        var state = F.cjkState(width: 80, height: 24, focus: .skills)
        F.press([.enter], &state)
        F.expectScreen(F.draw(state), """
            career-planner  機械学習エンジニア  ░░░░░░░░░░░░ 0% (0/4)
            ┌─線形代数─────────────────────────────────────────────────────────────────────┐
            │ Note: ストラングの講義を第三章まで見た。                                     │
            │                                                                              │
            │ Needs: nothing first                                                         │
            │                                                                              │
            │ Learn: 教科書を読む。                                                        │
            │                                                                              │
            │ Show: ノートを公開する。                                                     │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            └───────────────────────────────────────────────────────────────── Esc closes ─┘
            ? all keys  q quit  Tab next pane  Enter details  space done / not done  l learn
            """)
    }

    // MARK: Themes

    @Test func colourAndMonochromeLookDifferentForDoneAndLearning() {
        for role in [StyleRole.done, .learning] {
            #expect(Theme.color.look(role) != Theme.monochrome.look(role), "\(role)")
        }
        for theme in [Theme.color, Theme.monochrome] {
            #expect(theme.look(.done) != theme.look(.learning))
            #expect(theme.look(.done) != theme.look(.normal))
            #expect(theme.look(.selected) != theme.look(.normal))
            #expect(theme.look(.heading) != theme.look(.normal))
        }
        #expect(Theme.color.usesColor && !Theme.monochrome.usesColor)
        #expect(Theme.color.look(.done).foreground == .green)
        #expect(Theme.color.look(.learning).foreground == .yellow)
        // Monochrome: bold, reverse and dim only.
        #expect(StyleRole.allCases.allSatisfy { Theme.monochrome.look($0).foreground == nil })
    }

    @Test func themeForTerminal() {
        #expect(Theme.forTerminal(hasColors: true, environment: [:]) == .color)
        #expect(Theme.forTerminal(hasColors: true, environment: ["NO_COLOR": "1"]) == .monochrome)
        #expect(Theme.forTerminal(hasColors: true, environment: ["NO_COLOR": ""]) == .color)
        #expect(Theme.forTerminal(hasColors: false, environment: [:]) == .monochrome)
    }

    /// The edit point shows in reverse where the cursor is, also after moving it left.
    @Test func promptShowsTheEditPoint() {
        var state = F.state(width: 80, height: 24, focus: .skills)
        F.press([.character("n")], &state)
        guard case .prompt(let prompt) = state.overlay else { Issue.record("no prompt"); return }
        let fieldStart = 2 + TerminalText.width(prompt.label + " ")
        let textEnd = fieldStart + TerminalText.width(prompt.editor.text)
        #expect(Array(F.draw(state).roleRows[12])[textEnd] == "S")
        F.press([.character("a"), .character("b"), .left], &state)
        let row = Array(F.draw(state).roleRows[12])
        #expect(row[textEnd + 1] == "S")
        #expect(row[textEnd + 2] != "S")
    }
}
