import Testing
@testable import ArmsnetAnalytics

@Suite struct BiRankTests {
    @Test(arguments: Fixture.names) func matchesNetworkxWithUniformPriors(name: String) throws {
        let fixture = try Fixture(name)
        #expect(close(TwoMode.biRank(fixture.graph), fixture.array("birankWeighted")!, tolerance: 1e-9))
    }

    @Test func symmetricGraphGivesEqualScoresPerSide() {
        let k = CSRGraph(countryCount: 2, firmCount: 3, links: (0..<2).flatMap { c in (0..<3).map { (c, $0, 1.0) } })
        let scores = TwoMode.biRank(k)
        #expect(close(scores[0], scores[1]))
        #expect(close(scores[2], scores[4]))
    }
}
