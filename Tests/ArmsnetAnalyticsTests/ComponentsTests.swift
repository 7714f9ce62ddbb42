import Testing
@testable import ArmsnetAnalytics

@Suite struct ComponentsTests {
    @Test func numbersComponentsBySmallestMember() {
        // c0–f1, c1–f0, c2 alone.
        let graph = CSRGraph(countryCount: 3, firmCount: 2, links: [(0, 1, 1), (1, 0, 1)])
        let result = Components.connected(graph)
        #expect(result.count == 3)
        #expect(result.membership == [0, 1, 2, 1, 0])
    }

    @Test(arguments: Fixture.names) func fixturesAreConnected(name: String) throws {
        let graph = try Fixture(name).graph
        #expect(Components.connected(graph).count == 1)
    }
}
