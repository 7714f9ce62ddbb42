import Testing
@testable import ArmsnetAnalytics

@Suite struct CommunityDetectionTests {
    @Test func numberedFromOneByTotalStrength() {
        // Countries 0–3, firms 4–8. A lone link 0–4 (weight 1, total 2), a star 1–{5,6} (weights 2 and
        // 3, total 10), a link 2–7 (weight 4, total 8); country 3 and firm 8 have no links.
        let graph = CSRGraph(countryCount: 4, firmCount: 5, links: [(0, 0, 1), (1, 1, 2), (1, 2, 3), (2, 3, 4)])
        let found = CommunityDetection.detect(graph)
        #expect(found.membership == [3, 1, 2, 4, 3, 1, 1, 2, 5])
        #expect(found.count == 5)
        #expect(found.members == [[1, 6, 5], [2, 7], [0, 4], [3], [8]])
        #expect(found.strength == [10, 8, 2, 0, 0])
        // Barber's Q: star 5/10 − 5·5/100, link 2–7 4/10 − 4·4/100, link 0–4 1/10 − 1·1/100.
        #expect(abs(found.quality - 0.58) < 1e-12)
    }

    @Test func tiesGoToTheSmallestMember() {
        // Two equal lone links: 1–3 and 0–2 (dense ids), the one holding node 0 comes first.
        let graph = CSRGraph(countryCount: 2, firmCount: 2, links: [(1, 1, 1), (0, 0, 1)])
        #expect(CommunityDetection.detect(graph).membership == [1, 2, 1, 2])
    }

    @Test func withoutGroupingStarsStaySingleNodes() {
        let graph = CSRGraph(countryCount: 1, firmCount: 2, links: [(0, 0, 1), (0, 1, 2)])
        #expect(CommunityDetection.detect(graph).membership == [1, 1, 1])
        // Leiden alone leaves the star as single nodes: the country (3), then firm 1 (2), firm 0 (1).
        #expect(CommunityDetection.detect(graph, groupSingletonComponents: false).membership == [1, 3, 2])
    }

    @Test func sameAsLeidenPartitionOnDenseBlocks() {
        var links: [(country: Int, firm: Int, weight: Double)] = []
        for c in 0..<3 { for f in 0..<3 { links.append((c, f, 5)); links.append((c + 3, f + 3, 6)) } }
        links.append((0, 3, 1))
        let graph = CSRGraph(countryCount: 6, firmCount: 6, links: links)
        let found = CommunityDetection.detect(graph)
        // The heavier block (countries 3–5, firms 9–11) is community 1.
        #expect(found.membership == [2, 2, 2, 1, 1, 1, 2, 2, 2, 1, 1, 1])
        let leiden = Leiden.communities(graph, objective: .barber)
        #expect(abs(found.quality - leiden.quality) < 1e-12)
    }
}
