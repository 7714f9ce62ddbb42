import Testing
@testable import ArmsnetAnalytics

@Suite struct EigenvectorTests {
    @Test(arguments: Fixture.names) func matchesNetworkx(name: String) throws {
        let fixture = try Fixture(name)
        #expect(close(Centrality.eigenvector(fixture.graph, weighting: .unweighted), fixture.array("eigenvectorUnweighted")!, tolerance: 1e-8))
        #expect(close(Centrality.eigenvector(fixture.graph, weighting: .weighted), fixture.array("eigenvectorWeighted")!, tolerance: 1e-8))
    }

    @Test func completeBipartiteIsUniform() {
        let k = CSRGraph(countryCount: 2, firmCount: 2, links: [(0, 0, 1), (0, 1, 1), (1, 0, 1), (1, 1, 1)])
        #expect(close(Centrality.eigenvector(k), [0.5, 0.5, 0.5, 0.5]))
    }
}
