import Testing
@testable import ArmsnetRender

@Suite struct CommunityPaletteTests {
    @Test func coloursFollowTheCommunityNumbers() {
        let palette = CommunityPalette(communities: [5, 9, 9, 5, 9, 1])
        #expect(palette.rank == [1: 0, 5: 1, 9: 2])
        #expect(palette.color(of: 1) == CommunityPalette.colors[0])
        #expect(palette.color(of: 9) == CommunityPalette.colors[2])
        #expect(palette.sizes[9] == 3)
    }

    @Test func numberedCommunitiesAreDrawnUnderTheirOwnNumber() {
        // CommunityDetection numbers from 1: rank + 1 is the number shown in classes and the legend.
        let palette = CommunityPalette(communities: [2, 1, 3, 1])
        #expect(palette.rank.map { ($0.key, $0.value + 1) }.allSatisfy { $0.0 == $0.1 })
    }

    @Test func communitiesBeyondThePaletteAreGrey() {
        let palette = CommunityPalette(communities: Array(0..<20))
        #expect(palette.color(of: 0) == CommunityPalette.colors[0])
        #expect(palette.color(of: 19) == CommunityPalette.other)
        #expect(palette.color(of: 99) == CommunityPalette.other)
    }

    @Test func coloursAreDistinct() {
        #expect(Set(CommunityPalette.colors).count == CommunityPalette.colors.count)
        #expect(!CommunityPalette.colors.contains(CommunityPalette.other))
    }
}
