import ArgumentParser
import FoundationEssentials
import PlannerEngine
import PlannerTUI

struct CatalogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "catalog",
        abstract: "Work with catalogs (roles and skills).",
        subcommands: [Check.self])

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "Validate a custom catalog file, or the catalog in effect; every problem at once, exit 65 if any.",
            discussion: """
            A file that says "replace": true is checked on its own; any other is checked merged over \
            the built-in catalog, as it would be used. With no PATH, checks the catalog in effect: \
            the built-in one with --catalog, $CAREER_PLANNER_CATALOG or the config folder's \
            catalog.json over it or in its place.
            """)

        @Argument(help: ArgumentHelp("The catalog JSON file to check.", valueName: "path"))
        var path: String?

        @OptionGroup var data: DataFileOption

        func run() throws {
            try CommandFailure.reporting {
                let location = try path.map { CatalogLocation(path: $0, origin: .commandLine) }
                    ?? RunContext.customCatalog(explicit: data.catalog, environment: ProcessInfo.processInfo.environment)
                do {
                    let inEffect = try RunContext.catalogInEffect(custom: location)
                    let catalog = inEffect.catalog
                    var line = "\(inEffect.custom?.path ?? CatalogLoader.embeddedName): no problems: "
                        + [count(catalog.roles.count, "role", "roles"), count(catalog.skills.count, "skill", "skills"),
                           count(catalog.categories.count, "category", "categories"),
                           count(catalog.sources.count, "source", "sources")].joined(separator: ", ")
                    if inEffect.custom != nil {
                        line += inEffect.replacesBuiltIn ? " (in place of the built-in catalog)" : " (over the built-in catalog)"
                    }
                    print(TerminalText.sanitized(line))
                } catch CatalogFailure.invalid(let file, let problems) {
                    problems.forEach { print(TerminalText.sanitized($0.description)) }
                    print(TerminalText.sanitized("\(file): " + count(problems.count, "problem", "problems")))
                    throw ExitCode(CommandFailure.dataError)
                } catch let failure as CatalogFailure {
                    throw RunContext.commandFailure(failure)
                }
            }
        }

        private func count(_ number: Int, _ one: String, _ many: String) -> String {
            "\(number) \(number == 1 ? one : many)"
        }
    }
}
