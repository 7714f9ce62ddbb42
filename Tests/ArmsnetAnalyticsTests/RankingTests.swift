import Testing
@testable import ArmsnetAnalytics

@Suite struct RankingTests {
    static let graph = CSRGraph(countryCount: 3, firmCount: 3, links: [(0, 0, 5), (0, 1, 2), (0, 2, 2), (1, 0, 1), (1, 2, 4)])

    @Test func topNodesByScoreThenId() {
        let strength = Centrality.strength(Self.graph)
        // Country 2 has no links and is left out.
        #expect(Ranking.top(strength, in: Self.graph, kind: .country, limit: 5).map(\.node) == [0, 1])
        #expect(Ranking.top(strength, in: Self.graph, kind: .firm, limit: 2).map(\.node) == [3, 5])
        let all = Ranking.top(strength, in: Self.graph, limit: 3)
        #expect(all.map(\.rank) == [1, 2, 3])
        #expect(all.map(\.node) == [0, 3, 5])
    }

    @Test func partnersByLinkWeight() {
        #expect(Ranking.partners(of: 0, in: Self.graph, limit: 3).map(\.node) == [3, 4, 5])
        #expect(Ranking.partners(of: 5, in: Self.graph, limit: 3).map(\.score) == [4, 2])
    }

    @Test(arguments: Measure.allCases) func everyMeasureScoresEveryNode(measure: Measure) {
        let scores = measure.scores(Self.graph)
        #expect(scores.count == Self.graph.nodeCount)
        #expect(scores.allSatisfy { $0.isFinite })
    }
}
