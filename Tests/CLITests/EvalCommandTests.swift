import Testing

@Suite struct EvalCommandTests {
    static let gold = "Tests/ArmsnetExtractionTests/Fixtures/seeds.gold.jsonl"

    @Test func seedsScorePerfectly() throws {
        let result = try ArmsnetProcess.run(["eval", "--gold", Self.gold, "seeds"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "measure      precision  recall     F1     tp     fp     fn")
        #expect(lines.contains("countries        1.000   1.000   1.000     12      0      0"))
        #expect(lines.contains("typed pairs      1.000   1.000   1.000     19      0      0"))
        #expect(lines.last == "articles: 3 scored")
    }

    @Test func noMatchingIdsIsAnError() throws {
        let folder = try ArmsnetProcess.scratchFolder()
        let gold = folder.appendingPathComponent("gold.jsonl")
        try #"{"id":"other","countries":[],"firms":[],"pairs":[]}"#.write(to: gold, atomically: true, encoding: .utf8)
        let result = try ArmsnetProcess.run(["eval", "--gold", gold.path, "seeds"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("no gold article id matches"))
    }
}
