import Testing
@testable import ArmsnetAnalytics

@Suite struct ModularityTests {
    @Test(arguments: Fixture.names) func matchesNetworkxAndBarbersDefinition(name: String) throws {
        let fixture = try Fixture(name)
        let membership = fixture.integers("parityMembership")
        #expect(close(Modularity.quality(fixture.graph, membership: membership, objective: .modularity), fixture.number("parityModularity")))
        #expect(close(Modularity.quality(fixture.graph, membership: membership, objective: .modularity, resolution: 2),
                      fixture.number("parityModularityResolution2")))
        #expect(close(Modularity.quality(fixture.graph, membership: membership, objective: .barber), fixture.number("parityBarberModularity")))
    }

    @Test func oneCommunityScoresZero() throws {
        let graph = try Fixture("davis_southern_women").graph
        let all = [Int](repeating: 0, count: graph.nodeCount)
        #expect(close(Modularity.quality(graph, membership: all, objective: .modularity), 0))
        #expect(close(Modularity.quality(graph, membership: all, objective: .barber), 0))
    }
}
