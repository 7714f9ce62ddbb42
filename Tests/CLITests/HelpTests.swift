import Testing

@Suite struct HelpTests {
    @Test func helpListsTheCommandsAndExitsZero() throws {
        let result = try ArmsnetProcess.run(["--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("USAGE: armsnet"))
    }

    @Test func unknownCommandFailsWithOneLine() throws {
        let result = try ArmsnetProcess.run(["frobnicate"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("frobnicate"))
    }
}
