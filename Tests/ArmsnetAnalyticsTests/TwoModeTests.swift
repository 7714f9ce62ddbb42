import Testing
@testable import ArmsnetAnalytics

@Suite struct TwoModeTests {
    @Test(arguments: Fixture.names) func normalisationsMatchReference(name: String) throws {
        let fixture = try Fixture(name)
        let graph = fixture.graph
        #expect(close(TwoMode.normalizedDegree(graph), fixture.array("twoModeDegree")!))
        if let reference = fixture.array("twoModeBetweenness") {
            let raw = Centrality.betweenness(graph, weighting: .unweighted)
            #expect(close(TwoMode.normalizedBetweenness(graph, betweenness: raw), reference))
        }
        let harmonic = Centrality.harmonicCloseness(graph, weighting: .unweighted)
        #expect(close(TwoMode.normalizedCloseness(graph, closeness: harmonic), fixture.array("twoModeHarmonic")!))
        let eigenvector = Centrality.eigenvector(graph, weighting: .unweighted)
        #expect(close(TwoMode.normalizedEigenvector(graph, eigenvector: eigenvector), fixture.array("twoModeEigenvector")!, tolerance: 1e-8))
    }

    @Test func completeBipartiteIsMaximalOnEveryTwoModeMeasure() throws {
        let graph = try Fixture("complete_bipartite_3_3").graph
        #expect(TwoMode.normalizedDegree(graph) == [Double](repeating: 1, count: 6))
        let harmonic = Centrality.harmonicCloseness(graph, weighting: .unweighted)
        #expect(close(TwoMode.normalizedCloseness(graph, closeness: harmonic), [Double](repeating: 1, count: 6)))
    }

    @Test func sideOfOneNodeHasNoBetweennessMaximum() throws {
        // Five countries around one firm: no country can lie between others (maximum 0, reported as
        // 0 where networkx divides by zero); the firm lies on all 10 pairs' paths, its maximum.
        let star = try Fixture("star_firm").graph
        let normalized = TwoMode.normalizedBetweenness(star, betweenness: Centrality.betweenness(star, weighting: .unweighted))
        #expect(normalized == [0, 0, 0, 0, 0, 1])
    }
}
