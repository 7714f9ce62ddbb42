import ArmsnetGraph
import Testing
@testable import ArmsnetRender

@Suite struct NetworkSelectionTests {
    private let graph = Fixtures.seedLike
    private var degree: [Double] { NetworkDiagram.weightedDegree(graph) }

    private func names(_ selection: NetworkSelection) -> [String] {
        selection.nodes.map { $0 < graph.countries.count ? graph.countries[$0].iso : graph.firms[$0 - graph.countries.count].id }
    }

    @Test func everythingByDefault() throws {
        let selection = try NetworkSelection(graph, centrality: degree)
        #expect(selection.nodes == Array(0..<(graph.countries.count + graph.firms.count)))
        #expect(selection.edges == Array(graph.edges.indices))
    }

    @Test func minWeightDropsLightEdgesAndTheirLonelyNodes() throws {
        let selection = try NetworkSelection(graph, centrality: degree, minWeight: 2)
        #expect(names(selection) == ["AZE", "Baykar"])
        #expect(selection.edges.count == 1)
    }

    @Test func focusDepthOneIsTheNeighbourhood() throws {
        let selection = try NetworkSelection(graph, centrality: degree, focus: "tur")
        #expect(names(selection) == ["TUR", "Aselsan", "Azersimtel", "Baykar", "Roketsan"])
        #expect(selection.edges.count == 4)
        let firm = try NetworkSelection(graph, centrality: degree, focus: "baykar")
        #expect(names(firm) == ["AZE", "TUR", "UKR", "Baykar"])
    }

    @Test func focusDepthTwoReachesNeighboursOfNeighbours() throws {
        let selection = try NetworkSelection(graph, centrality: degree, focus: "Baykar", depth: 2)
        #expect(names(selection) == ["AZE", "TUR", "UKR", "Aselsan", "Azersimtel", "Baykar", "EDGE Group", "Lockheed Martin Corporation",
                                     "Roketsan", "Ukroboronprom"])
    }

    @Test func unknownFocusIsAnError() {
        #expect(throws: RenderError.unknownFocus("Nowhere")) { try NetworkSelection(graph, centrality: degree, focus: "Nowhere") }
    }

    @Test func topKeepsTheMostCentralAndTheLinksAmongThem() throws {
        let selection = try NetworkSelection(graph, centrality: degree, top: 3)
        // AZE (weight 8), ARE (4), Baykar (6).
        #expect(names(selection) == ["ARE", "AZE", "Baykar"])
        #expect(selection.edges.map { graph.edges[$0].relation } == [.engagement])
    }

    @Test func topBreaksTiesByNodeOrder() throws {
        let flat = [Double](repeating: 1, count: graph.countries.count + graph.firms.count)
        let selection = try NetworkSelection(graph, centrality: flat, top: 2)
        #expect(selection.nodes == [0, 1])
    }
}
