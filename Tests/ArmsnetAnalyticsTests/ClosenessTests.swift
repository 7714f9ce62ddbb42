import Testing
@testable import ArmsnetAnalytics

@Suite struct ClosenessTests {
    @Test(arguments: Fixture.names) func harmonicMatchesNetworkx(name: String) throws {
        let fixture = try Fixture(name)
        #expect(close(Centrality.harmonicCloseness(fixture.graph, weighting: .unweighted), fixture.array("harmonicUnweighted")!))
        #expect(close(Centrality.harmonicCloseness(fixture.graph, weighting: .weighted), fixture.array("harmonicWeighted")!))
    }

    @Test func disconnectedNodesAddNothing() {
        // Two separate links: each node reaches only its partner.
        let graph = CSRGraph(countryCount: 2, firmCount: 2, links: [(0, 0, 1), (1, 1, 4)])
        #expect(Centrality.harmonicCloseness(graph, weighting: .unweighted) == [1, 1, 1, 1])
        #expect(Centrality.harmonicCloseness(graph, weighting: .weighted) == [1, 4, 1, 4])
    }
}
