import ArmsnetAnalytics
import Foundation
import Testing
@testable import ArmsnetRender

@Suite struct NetworkRenderingTests {
    @Test func sizesByTheChosenMeasureAndFillsByCommunity() throws {
        let rendering = NetworkRendering(sizeBy: .degree)
        let diagram = try rendering.diagram(Fixtures.seedLike)
        #expect(diagram.nodes.allSatisfy { $0.classes.contains { $0.hasPrefix("community-") } })
        #expect(diagram.nodes.allSatisfy { $0.tooltip.contains("degree ") })
        let fills = Set(diagram.nodes.map(\.fill))
        #expect(fills.isSubset(of: Set(CommunityPalette.colors + [CommunityPalette.other])))
        #expect(diagram == (try rendering.diagram(Fixtures.seedLike)))
    }

    @Test func withoutCommunitiesFillsBySide() throws {
        let diagram = try NetworkRendering(communities: false).diagram(Fixtures.seedLike)
        #expect(Set(diagram.nodes.map(\.fill)) == [NetworkDiagram.countryFill, NetworkDiagram.firmFill])
    }

    @Test func rendersTheFocusedNeighbourhood() throws {
        var rendering = NetworkRendering()
        rendering.options.focus = "AZE"
        let svg = try SVGSummary(try GraphvizRenderer.shared.render(try rendering.diagram(Fixtures.seedLike), format: .svg))
        #expect(svg.nodes.count == 6)
        #expect(svg.edges.count == 5)
    }

    @Test func sizeCountsEngagementLinksOnly() throws {
        let graph = Fixtures.seedLike
        let (scores, name) = NetworkRendering.engagementScores(graph, measure: .strength)
        #expect(name == "strength (engagement links)")
        // ARE, AZE, TUR, UKR, USA; then Aselsan, Azersimtel, Baykar, EDGE Group, Lockheed, Raytheon, Roketsan, Ukroboronprom.
        #expect(scores == [3, 7, 1, 2, 0, 1, 1, 5, 1, 2, 1, 1, 1])
        let diagram = try NetworkRendering().diagram(graph)
        let usa = try #require(diagram.nodes.first { $0.id == "c-USA" })
        #expect(usa.size == 30)
        #expect(usa.tooltip.contains("strength (engagement links) 0"))
        #expect(diagram.legend.map(\.text).contains("size: strength (engagement links); line width: weight (log scale)"))
    }

    @Test func withoutEngagementLinksSizeCountsAllLinks() throws {
        let homes = Fixtures.seedLike.filtered(relations: [.home])
        let (scores, name) = NetworkRendering.engagementScores(homes, measure: .strength)
        #expect(name == "strength")
        #expect(scores.reduce(0, +) == 2 * Double(homes.edges.count))
    }
}
