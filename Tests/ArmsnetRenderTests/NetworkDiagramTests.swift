import ArmsnetGraph
import Testing
@testable import ArmsnetRender

@Suite struct NetworkDiagramTests {
    private let graph = Fixtures.seedLike

    @Test func nodesAndEdgesAreEncoded() throws {
        let diagram = try NetworkDiagram.build(graph)
        #expect(diagram.nodes.count == graph.countries.count + graph.firms.count)
        #expect(diagram.nodes.prefix(graph.countries.count).allSatisfy { $0.kind == .country && $0.shape == .ellipse && $0.id.hasPrefix("c-") })
        #expect(diagram.nodes.dropFirst(graph.countries.count).allSatisfy { $0.kind == .firm && $0.shape == .box && $0.id.hasPrefix("f-") })
        #expect(diagram.nodes.map(\.id).prefix(2) == ["c-ARE", "c-AZE"])
        let home = diagram.edges.filter { $0.relation == "home" }
        let engagement = diagram.edges.filter { $0.relation == "engagement" }
        #expect(home.allSatisfy { $0.style == .dashed && $0.color == NetworkDiagram.homeColor })
        #expect(engagement.allSatisfy { $0.style == .solid && $0.color == NetworkDiagram.engagementColor })
        let heavy = try #require(diagram.edges.first { $0.id == "e-c-AZE-f-2-engagement" })
        #expect(heavy.width == NetworkDiagram.edgeWidth(4))
        #expect(heavy.width > home[0].width)
    }

    @Test func sizeFollowsCentrality() throws {
        var centrality = [Double](repeating: 1, count: graph.countries.count + graph.firms.count)
        centrality[3] = 10
        let diagram = try NetworkDiagram.build(graph, options: NetworkDiagramOptions(centrality: centrality, centralityName: "betweenness"))
        #expect(diagram.nodes[3].size == diagram.nodes.map(\.size).max())
        #expect(diagram.nodes[3].tooltip.contains("betweenness 10"))
        #expect(diagram.legend.contains { $0.text.contains("betweenness") })
    }

    @Test func edgeWidthIsLogarithmicAndCapped() {
        #expect(NetworkDiagram.edgeWidth(1) == 0.8)
        #expect(NetworkDiagram.edgeWidth(2) == 1.6)
        #expect(NetworkDiagram.edgeWidth(1_000_000) == NetworkDiagram.maxEdgeWidth)
        #expect(NetworkDiagram.edgeWidth(0.2) == 0.8)
    }

    @Test func communitiesFillFromThePaletteWithClasses() throws {
        let count = graph.countries.count + graph.firms.count
        let communities = (0..<count).map { $0 % 3 == 0 ? 7 : 2 }
        let diagram = try NetworkDiagram.build(graph, options: NetworkDiagramOptions(communities: communities))
        #expect(diagram.nodes[1].fill == CommunityPalette.colors[0] && diagram.nodes[1].classes == ["community-1"])
        #expect(diagram.nodes[0].fill == CommunityPalette.colors[1] && diagram.nodes[0].classes == ["community-2"])
        #expect(diagram.legend.filter { if case .swatch = $0.sample { true } else { false } }.count == 2)
    }

    @Test func legendCountsTheCommunityNodesDrawn() throws {
        let count = graph.countries.count + graph.firms.count
        let communities = (0..<count).map { $0 % 3 == 0 ? 7 : 2 }
        let swatches: (Diagram) -> [String] = { $0.legend.filter { if case .swatch = $0.sample { true } else { false } }.map(\.text) }
        let all = try NetworkDiagram.build(graph, options: NetworkDiagramOptions(communities: communities))
        #expect(swatches(all) == ["community 1 (8 nodes drawn)", "community 2 (5 nodes drawn)"])
        // Top 3 draws AZE, Aselsan and Baykar, all of community 2 (ranked first).
        let top = try NetworkDiagram.build(graph, options: NetworkDiagramOptions(communities: communities, top: 3))
        #expect(swatches(top) == ["community 1 (3 nodes drawn)"])
    }

    @Test func edgeTooltipHasWeightYearsAndEvidence() throws {
        let diagram = try NetworkDiagram.build(graph)
        let tooltip = try #require(diagram.edges.first { $0.id == "e-c-AZE-f-2-engagement" }?.tooltip)
        #expect(tooltip == """
            AZE (AZE) — Baykar
            engagement · weight 4 · 4 articles
            years: 2019 ×1, 2021 ×3
            “Azerbaijan signed for Bayraktar TB2 drones.” [a101, 2019-02-11]
            “Azerbaijan ordered more TB2 drones.” [a200, 2021-06-01]
            """)
    }

    @Test func nodeTooltipSaysWhatTheNodeIs() throws {
        let diagram = try NetworkDiagram.build(graph)
        let baykar = try #require(diagram.nodes.first { $0.label == "Baykar" })
        #expect(baykar.tooltip == "Baykar\nfirm · listed home TUR\nweighted degree 6\n3 links, total weight 6")
    }

    @Test func hostileNamesCannotForgeTooltipLines() throws {
        let diagram = try NetworkDiagram.build(Fixtures.hostile)
        for node in diagram.nodes {
            #expect(node.tooltip.split(separator: "\n").count == 4)
        }
    }

    @Test func onlySafeEvidenceBecomesALink() throws {
        let diagram = try NetworkDiagram.build(Fixtures.hostile, options: NetworkDiagramOptions(evidenceLinks: true))
        #expect(diagram.edges.allSatisfy { $0.link == nil || $0.link!.href.hasPrefix("../articles/") })
        #expect(diagram.edges.contains { $0.link != nil })
        #expect(try NetworkDiagram.build(Fixtures.hostile).edges.allSatisfy { $0.link == nil })
    }

    @Test func longFirmNamesWrap() {
        #expect(NetworkDiagram.wrapped("Lockheed Martin Corporation") == "Lockheed Martin\nCorporation")
        #expect(NetworkDiagram.wrapped("Baykar") == "Baykar")
        #expect(NetworkDiagram.wrapped("Supercalifragilisticexpialidocious") == "Supercalifragilisticexpialidocious")
    }

    @Test func odditiesInIsoCodesFallBackToIndexIds() throws {
        let diagram = try NetworkDiagram.build(Fixtures.hostile)
        #expect(diagram.nodes.map(\.id).filter { $0.hasPrefix("c-") }.sorted() == ["c-1", "c-XAB"])
    }
}
