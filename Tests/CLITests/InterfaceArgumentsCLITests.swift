import Foundation
import Testing

/// The interface opens without ArgumentParser when the arguments only name
/// its files; every other way of starting it goes through ArgumentParser. Both
/// ways must behave the same; here without a terminal (exit 69, nothing
/// written). The tmux tests open the interface the direct way.
@Suite struct InterfaceArgumentsCLITests {
    static let noTerminal = CLIRunner.Result(stdout: "", stderr: """
        career-planner: the full-screen interface needs a terminal on stdin and stdout; \
        in scripts use a subcommand, e.g. 'career-planner status'

        """, status: 69)

    @Test func theDirectWayAndArgumentParserSayTheSame() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let data = cli.dataFile.path
        let catalog = cli.folder.appendingPathComponent("catalog.json").path
        try Data(#"{"formatVersion": 1}"#.utf8).write(to: URL(fileURLWithPath: catalog))
        // Direct: no arguments, --file, --catalog, both in either order.
        for arguments in [[], ["--file", data], ["--catalog", catalog, "--file", data], ["--file", data, "--catalog", catalog]] {
            #expect(try cli.run(arguments) == Self.noTerminal, "\(arguments)")
        }
        // Through ArgumentParser: the same files written with =.
        for arguments in [["--file=\(data)"], ["--catalog=\(catalog)", "--file", data]] {
            #expect(try cli.run(arguments) == Self.noTerminal, "\(arguments)")
        }
        #expect(!CLIRunner.exists(cli.dataFile))
    }

    /// Mistakes and questions are ArgumentParser's to answer.
    @Test func mistakesAndHelpGoToArgumentParser() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let missingValue = try cli.run(["--file"])
        #expect(missingValue.status == 64)
        #expect(missingValue.stderr.contains("Missing value for '--file <path>'"))
        // A file named twice: ArgumentParser takes the last, then finds no terminal.
        #expect(try cli.run(["--file", "a.json", "--file", "b.json"]) == Self.noTerminal)
        let optionAsValue = try cli.run(["--file", "--catalog"])
        #expect(optionAsValue.status == 64)
        let unknown = try cli.run(["--fiel", "a.json"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("Unknown option '--fiel'"))
        let help = try cli.run(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.hasPrefix("OVERVIEW: Plan a move into machine learning"))
    }
}
