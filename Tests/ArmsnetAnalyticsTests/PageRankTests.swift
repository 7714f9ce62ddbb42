import Testing
@testable import ArmsnetAnalytics

@Suite struct PageRankTests {
    @Test(arguments: Fixture.names) func matchesNetworkx(name: String) throws {
        let fixture = try Fixture(name)
        #expect(close(Centrality.pageRank(fixture.graph, weighting: .unweighted, tolerance: 1e-14), fixture.array("pagerankUnweighted")!, tolerance: 1e-9))
        #expect(close(Centrality.pageRank(fixture.graph, weighting: .weighted, tolerance: 1e-14), fixture.array("pagerankWeighted")!, tolerance: 1e-9))
    }

    @Test func isolatedNodesJumpUniformlyAndScoresSumToOne() {
        let graph = CSRGraph(countryCount: 2, firmCount: 1, links: [(0, 0, 1)])
        let scores = Centrality.pageRank(graph)
        #expect(close(scores.reduce(0, +), 1))
        #expect(close(scores[0], scores[2]))
        #expect(scores[1] < scores[0])
    }
}
