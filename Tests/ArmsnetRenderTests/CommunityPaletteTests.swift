import Testing
@testable import ArmsnetRender

@Suite struct CommunityPaletteTests {
    @Test func largestCommunityGetsTheFirstColour() {
        let palette = CommunityPalette(communities: [5, 9, 9, 5, 9, 1])
        #expect(palette.rank == [9: 0, 5: 1, 1: 2])
        #expect(palette.color(of: 9) == CommunityPalette.colors[0])
        #expect(palette.color(of: 1) == CommunityPalette.colors[2])
        #expect(palette.sizes[9] == 3)
    }

    @Test func tiesGoToTheCommunityWithTheLowestNode() {
        #expect(CommunityPalette(communities: [4, 3, 3, 4]).rank == [4: 0, 3: 1])
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
