import ArgumentParser

@main
struct CareerPlanner: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "career-planner",
        abstract: "Plan a move into machine learning: roles, skills, progress.",
        discussion: """
        With no subcommand, shows your status (the full-screen interface is coming).

        Environment:
          CAREER_PLANNER_FILE   data file to use when --file is not given
          CAREER_PLANNER_TODAY  the date to take as today (YYYY-MM-DD)
          XDG_DATA_HOME         data folder (default ~/.local/share)
          NO_COLOR              no colours, even on a terminal

        Exit codes: 0 done, 64 bad usage or unknown id, 65 unreadable data or catalog,
        74 cannot write, 75 another career-planner is writing the file.
        """,
        subcommands: [
            StatusCommand.self, RolesCommand.self, RoleCommand.self, SkillsCommand.self,
            TickCommand.self, TargetCommand.self, PlanCommand.self, LogCommand.self, TodayCommand.self,
            WeekCommand.self, CatalogCommand.self,
        ],
        defaultSubcommand: StatusCommand.self
    )
}
