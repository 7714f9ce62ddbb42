import ArmsnetAnalytics
import Testing
@testable import Armsnet

@Suite struct CommunityDetectionGroupingTests {
    @Test func aStarAndALoneLinkAreOneCommunityEach() {
        // Country 0 met firms 0–2; country 1 met firm 3; country 2 met nobody. Numbered from 1 by
        // total strength: the star (6), the lone link (2), the isolated country (0).
        let graph = CSRGraph(countryCount: 3, firmCount: 4, links: [(0, 0, 1), (0, 1, 1), (0, 2, 1), (1, 3, 1)])
        #expect(CommunityDetection.detect(graph).membership == [1, 2, 3, 1, 1, 1, 2])
    }

    @Test func leidenCommunitiesAreKept() {
        // Two dense blocks joined by one light link: Leiden splits them, and the split stays.
        var links: [(country: Int, firm: Int, weight: Double)] = []
        for c in 0..<3 { for f in 0..<3 { links.append((c, f, 5)); links.append((c + 3, f + 3, 5)) } }
        links.append((0, 3, 1))
        let communities = CommunityDetection.detect(CSRGraph(countryCount: 6, firmCount: 6, links: links)).membership
        #expect(Set(communities[0..<3]).count == 1 && Set(communities[3..<6]).count == 1)
        #expect(communities[0] != communities[3])
        #expect(communities[6] == communities[0] && communities[9] == communities[3])
    }
}
