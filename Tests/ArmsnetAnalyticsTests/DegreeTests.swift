import Testing
@testable import ArmsnetAnalytics

@Suite struct DegreeTests {
    @Test(arguments: Fixture.names) func strengthMatchesNetworkx(name: String) throws {
        let fixture = try Fixture(name)
        #expect(close(Centrality.strength(fixture.graph), fixture.array("strength")!))
    }

    @Test func degreeCountsNeighbours() {
        let star = CSRGraph(countryCount: 3, firmCount: 1, links: [(0, 0, 2), (1, 0, 1), (2, 0, 7)])
        #expect(Centrality.degree(star) == [1, 1, 1, 3])
        #expect(Centrality.strength(star) == [2, 1, 7, 10])
    }
}
