import Testing

@Suite struct SmokeTests {
    @Test func tickAnswersWithTargetProgress() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.runOnFile(["target", "ml-engineer"]).status == 0)
        let result = try cli.runOnFile(["tick", "python"])
        #expect(result == .init(stdout: "python: done\nMachine learning engineer: 1 of 42 skills done (2%)\n", stderr: "", status: 0))
    }
}
