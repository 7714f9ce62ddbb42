import Testing
@testable import ArmsnetAnalytics

@Suite struct HITSTests {
    @Test(arguments: Fixture.names) func matchesNetworkxOnCountryToFirmLinks(name: String) throws {
        let fixture = try Fixture(name)
        #expect(close(TwoMode.hits(fixture.graph), fixture.array("hitsWeighted")!, tolerance: 1e-8))
    }

    @Test func eachSideSumsToOne() throws {
        let graph = try Fixture("random_weighted_6_9").graph
        let scores = TwoMode.hits(graph)
        #expect(close(graph.nodes(of: .country).reduce(0) { $0 + scores[$1] }, 1))
        #expect(close(graph.nodes(of: .firm).reduce(0) { $0 + scores[$1] }, 1))
    }
}
