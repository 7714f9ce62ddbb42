import ArmsnetGraph
import Testing
@testable import ArmsnetAnalytics

@Suite struct RankChangeTests {
    /// Strength (sum of link weights) by node, computed here so the test does not depend on the centrality code.
    static func strength(_ graph: BipartiteGraph) -> [NodeKey: Double] {
        var values = [Double](repeating: 0, count: graph.countries.count + graph.firms.count)
        for edge in graph.edges {
            values[edge.country] += edge.weight
            values[graph.countries.count + edge.firm] += edge.weight
        }
        return graph.keyed(values)
    }

    @Test func competitionRanksWithinEachKind() {
        let ranks = RankChanges.ranks(Self.strength(TwoYearGraph.engagement(2019)))
        #expect(ranks[.country("AZE")] == 1)
        #expect(ranks[.country("MLI")] == 2)
        #expect(ranks[.firm("Nexter")] == 1)
        #expect([ranks[.firm("Baykar")], ranks[.firm("TAI")], ranks[.firm("Thales")]] == [2, 2, 2])
    }

    @Test func risersAndFallersByStrength() {
        let changes = RankChanges(before: Self.strength(TwoYearGraph.engagement(2019)), after: Self.strength(TwoYearGraph.engagement(2021)))
        #expect(changes.risers == [
            RankChange(node: .country("MLI"), oldRank: 2, newRank: 1, oldScore: 1, newScore: 4),
            RankChange(node: .firm("Baykar"), oldRank: 2, newRank: 1, oldScore: 1, newScore: 4),
        ])
        #expect(changes.fallers == [RankChange(node: .country("AZE"), oldRank: 1, newRank: 2, oldScore: 4, newScore: 3)])
    }

    @Test func largerMovesComeFirst() {
        let before: [NodeKey: Double] = [.firm("a"): 4, .firm("b"): 3, .firm("c"): 2, .firm("d"): 1]
        let after: [NodeKey: Double] = [.firm("a"): 1, .firm("b"): 2, .firm("c"): 3, .firm("d"): 4]
        let changes = RankChanges(before: before, after: after)
        #expect(changes.risers.map(\.node.id) == ["d", "c"])
        #expect(changes.fallers.map(\.node.id) == ["a", "b"])
        #expect(changes.fallers.map(\.shift) == [-3, -1])
    }

    @Test func zeroInBothPeriodsIsNoMove() {
        let before: [NodeKey: Double] = [.firm("a"): 0, .firm("b"): 0, .firm("c"): 0]
        let after: [NodeKey: Double] = [.firm("a"): 0, .firm("b"): 1, .firm("c"): 0]
        let changes = RankChanges(before: before, after: after)
        #expect(changes.fallers.isEmpty)
        #expect(changes.risers.isEmpty)
    }
}
