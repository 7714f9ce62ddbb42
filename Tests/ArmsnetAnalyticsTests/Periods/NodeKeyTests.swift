import Testing
@testable import ArmsnetAnalytics

@Suite struct NodeKeyTests {
    @Test func keysFollowDenseIdOrder() {
        let graph = TwoYearGraph.engagement(2019)
        #expect(graph.nodeKeys.map(\.description) == ["country:AZE", "country:MLI", "firm:Baykar", "firm:Nexter", "firm:TAI", "firm:Thales"])
        #expect(graph.nodeKeys == graph.nodeKeys.sorted())
    }
}
