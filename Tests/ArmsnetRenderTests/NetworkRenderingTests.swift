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
}
