import Testing
@testable import ArmsnetAnalytics

@Suite struct LinkDiffTests {
    @Test func splitsLinksIntoAddedRemovedAndKeptWithBothWeights() {
        let diff = LinkDiff(before: TwoYearGraph.engagement(2019), after: TwoYearGraph.engagement(2021))
        #expect(diff.added.map { "\($0.country)–\($0.firm) \($0.before)→\($0.after)" } == [
            "AZE–Baykar 0.0→1.0", "IND–Kalashnikov 0.0→1.0", "MLI–Hedef 0.0→1.0",
        ])
        #expect(diff.removed.map { "\($0.country)–\($0.firm) \($0.before)→\($0.after)" } == ["AZE–Nexter 2.0→0.0", "AZE–TAI 1.0→0.0"])
        #expect(diff.kept.map { "\($0.country)–\($0.firm) \($0.before)→\($0.after)" } == ["AZE–Thales 1.0→2.0", "MLI–Baykar 1.0→3.0"])
    }

    @Test func relationsAreDistinctLinks() {
        let both = TwoYearGraph.graph
        let diff = LinkDiff(before: both.filtered(years: 2019...2019), after: both.filtered(years: 2021...2021))
        #expect(diff.removed.contains { $0.country == "FRA" && $0.relation == .home })
        #expect(diff.kept.allSatisfy { $0.relation == .engagement })
    }

    @Test func identicalGraphsHaveNoChanges() {
        let diff = LinkDiff(before: TwoYearGraph.graph, after: TwoYearGraph.graph)
        #expect(diff.added.isEmpty && diff.removed.isEmpty)
        #expect(diff.kept.count == TwoYearGraph.graph.edges.count)
    }
}
