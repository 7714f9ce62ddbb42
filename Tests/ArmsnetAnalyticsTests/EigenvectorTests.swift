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

    @Test func heavyWeightsConvergeInFewSteps() {
        // A star of four links of weight 1000: λ₁ = 2000, centre 1/√2, each leaf 1/(2√2). A fixed
        // shift of 1 would shrink the bipartite oscillation by only 1999/2001 per step.
        let star = CSRGraph(countryCount: 1, firmCount: 4, links: (0..<4).map { (0, $0, 1000) })
        let leaf = 1 / (2 * 2.0.squareRoot())
        #expect(close(Centrality.eigenvector(star, maxIterations: 60), [1 / 2.0.squareRoot(), leaf, leaf, leaf, leaf], tolerance: 1e-12))
    }

    @Test func anotherComponentScoresExactlyZero() {
        // K(2,2) of weight 5 (countries 0–1, firms 3–4) and a lone link 2–5 of weight 1: power
        // iteration leaves the lone link at about (2/11)^k, which is reported as exactly 0.
        let graph = CSRGraph(countryCount: 3, firmCount: 3, links: [(0, 0, 5), (0, 1, 5), (1, 0, 5), (1, 1, 5), (2, 2, 1)])
        let values = Centrality.eigenvector(graph)
        #expect(values[2] == 0 && values[5] == 0)
        #expect(close([values[0], values[1], values[3], values[4]], [0.5, 0.5, 0.5, 0.5]))
        let hits = TwoMode.hits(graph)
        #expect(hits[2] == 0 && hits[5] == 0)
        #expect(close(hits, [0.5, 0.5, 0, 0.5, 0.5, 0]))
    }

    @Test func negligibleValuesAreZeroedRelativeToTheLargest() {
        #expect(NegligibleValues.zeroed([1, 1e-11, -1e-12, 2e-10, 0]) == [1, 0, 0, 2e-10, 0])
        #expect(NegligibleValues.zeroed([3.6e-24, 1.9e-12]) == [0, 1.9e-12])
        #expect(NegligibleValues.zeroed([0, 0]) == [0, 0])
    }
}
