import Testing
@testable import ArmsnetAnalytics

@Suite struct CommunityMatchingTests {
    @Test func renumberedCommunitiesKeepTheirIds() {
        let before: [NodeKey: Int] = [.country("AZE"): 0, .firm("Nexter"): 0, .country("MLI"): 1, .firm("Baykar"): 1]
        let after: [NodeKey: Int] = [.country("AZE"): 7, .firm("Nexter"): 7, .country("MLI"): 3, .firm("Baykar"): 3]
        let matching = CommunityMatching(before: before, after: after)
        #expect(matching.matchedIDs == [7: 0, 3: 1])
        #expect(matching.after == before)
        #expect(CommunityChange.changes(before: before, after: matching).isEmpty)
    }

    @Test func greedyByOverlapThenFreshIdsForNewClusters() {
        let before: [NodeKey: Int] = [.firm("a"): 0, .firm("b"): 0, .firm("c"): 0, .firm("d"): 1, .firm("e"): 1]
        let after: [NodeKey: Int] = [.firm("a"): 5, .firm("b"): 5, .firm("c"): 2, .firm("d"): 2, .firm("e"): 2, .firm("f"): 7]
        let matching = CommunityMatching(before: before, after: after)
        #expect(matching.matchedIDs == [5: 0, 2: 1, 7: 2])
        #expect(CommunityChange.changes(before: before, after: matching) == [
            CommunityChange(node: .firm("c"), before: 0, after: 1),
            CommunityChange(node: .firm("f"), before: nil, after: 2),
        ])
    }

    @Test func goneNodesAreReported() {
        let before: [NodeKey: Int] = [.firm("a"): 0, .firm("b"): 0]
        let matching = CommunityMatching(before: before, after: [.firm("a"): 4])
        #expect(CommunityChange.changes(before: before, after: matching) == [CommunityChange(node: .firm("b"), before: 0, after: nil)])
    }
}
