import ArmsnetGraph
import Testing
@testable import ArmsnetAnalytics

@Suite struct ProjectionTests {
    @Test(arguments: Fixture.names) func matchesNetworkx(name: String) throws {
        let fixture = try Fixture(name)
        for (side, prefix) in [(NodeKind.country, "projectionCountries"), (.firm, "projectionFirms")] {
            for (weighting, suffix) in [(ProjectionWeighting.simple, "Simple"), (.newman, "Newman"), (.overlap, "Overlap")] {
                let mine = Projection.links(fixture.graph, onto: side, weighting: weighting)
                let reference = fixture.links(prefix + suffix)
                #expect(mine.map { [$0.first, $0.second] } == reference.map { [$0.first, $0.second] }, "\(name) \(prefix)\(suffix)")
                #expect(close(mine.map(\.weight), reference.map(\.weight)), "\(name) \(prefix)\(suffix)")
            }
        }
    }

    @Test func sharedFirmsByHand() {
        // c0 and c1 share f0 (degree 3) and f1 (degree 2); c2 shares only f0.
        let graph = CSRGraph(countryCount: 3, firmCount: 2, links: [(0, 0, 5), (1, 0, 1), (2, 0, 1), (0, 1, 1), (1, 1, 9)])
        #expect(Projection.links(graph, onto: .country, weighting: .simple).map(\.weight) == [2, 1, 1])
        #expect(Projection.links(graph, onto: .country, weighting: .newman).map(\.weight) == [0.5 + 1, 0.5, 0.5])
        #expect(Projection.links(graph, onto: .country, weighting: .overlap).map(\.weight) == [1, 0.5, 0.5])
    }
}
