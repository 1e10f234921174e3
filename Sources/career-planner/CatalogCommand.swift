import ArgumentParser
import Foundation
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
            abstract: "Validate a catalog file (default: the built-in one); every problem at once, exit 65 if any.")

        @Argument(help: ArgumentHelp("The catalog JSON file to check.", valueName: "path"))
        var path: String?

        @OptionGroup var data: DataFileOption

        func run() throws {
            try CommandFailure.reporting {
                let name = path ?? CatalogLoader.embeddedName
                let outcome: CatalogLoader.Outcome
                if let path {
                    let bytes: Data
                    do {
                        bytes = try Data(contentsOf: URL(fileURLWithPath: path))
                    } catch {
                        throw CommandFailure("cannot read \(path): \((error as NSError).localizedDescription)",
                                             code: CommandFailure.ioError)
                    }
                    outcome = CatalogLoader.load(bytes, file: path)
                } else {
                    outcome = Catalog.embedded()
                }
                switch outcome {
                case .loaded(let catalog):
                    print("\(name): no problems: \(catalog.roles.count) roles, \(catalog.skills.count) skills, "
                          + "\(catalog.categories.count) categories, \(catalog.sources.count) sources")
                case .invalid(let problems):
                    problems.forEach { print(TerminalText.sanitized($0.description)) }
                    print("\(name): \(problems.count) problem\(problems.count == 1 ? "" : "s")")
                    throw ExitCode(CommandFailure.dataError)
                }
            }
        }
    }
}
