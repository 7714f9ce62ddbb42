import Testing
@testable import ArmsnetAnalytics

@Suite struct BetweennessTests {
    @Test(arguments: Fixture.names) func unweightedMatchesNetworkx(name: String) throws {
        let fixture = try Fixture(name)
        #expect(close(Centrality.betweenness(fixture.graph, weighting: .unweighted), fixture.array("betweennessUnweighted")!))
    }

    @Test(arguments: Fixture.names) func weightedUsesInverseWeightLengths(name: String) throws {
        let fixture = try Fixture(name)
        #expect(close(Centrality.betweenness(fixture.graph, weighting: .weighted), fixture.array("betweennessWeighted")!))
    }

    @Test func pathByHand() {
        // c0 - f0 - c1 - f1 - c2: the middle node lies on 2·2 pairs' paths, f0 and f1 on 3 each.
        let path = CSRGraph(countryCount: 3, firmCount: 2, links: [(0, 0, 1), (1, 0, 1), (1, 1, 1), (2, 1, 1)])
        #expect(Centrality.betweenness(path, weighting: .unweighted) == [0, 4, 0, 3, 3])
    }

    @Test func allPivotsGiveTheExactValue() throws {
        let fixture = try Fixture("davis_southern_women")
        let exact = Centrality.betweenness(fixture.graph)
        #expect(close(Centrality.betweenness(fixture.graph, pivots: fixture.graph.nodeCount), exact))
    }

    @Test func pivotSampleIsDeterministicAndRoughlyRight() throws {
        let fixture = try Fixture("davis_southern_women")
        let exact = Centrality.betweenness(fixture.graph, weighting: .unweighted)
        let a = Centrality.betweenness(fixture.graph, weighting: .unweighted, pivots: 20, seed: 7)
        let b = Centrality.betweenness(fixture.graph, weighting: .unweighted, pivots: 20, seed: 7)
        #expect(a == b)
        #expect(a != Centrality.betweenness(fixture.graph, weighting: .unweighted, pivots: 20, seed: 8))
        // The estimate is unbiased: with 20 of 32 sources the total is close to the exact total.
        let ratio = a.reduce(0, +) / exact.reduce(0, +)
        #expect(ratio > 0.7 && ratio < 1.3)
    }

    @Test func repeatedRunsAreIdentical() throws {
        let fixture = try Fixture("random_weighted_6_9")
        #expect(Centrality.betweenness(fixture.graph) == Centrality.betweenness(fixture.graph))
    }
}
