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

    @Test func topTakesBothSidesByRankAndKeepsOnlyLinkedNodes() throws {
        let selection = try NetworkSelection(graph, centrality: degree, top: 3)
        // Merged order AZE, Baykar, Lockheed (no link among the chosen, dropped), ARE (would make 4), Aselsan.
        #expect(names(selection) == ["AZE", "Aselsan", "Baykar"])
        #expect(selection.edges.map { "\(graph.edges[$0].country)-\(graph.edges[$0].firm)" } == ["1-0", "1-2"])
    }

    @Test func topIsFairWhenOneSideDominates() throws {
        // Countries score a thousand times more than any firm: a plain top-6 would take 5 countries and no firm.
        let countryCount = graph.countries.count
        let dominated = degree.enumerated().map { $0.offset < countryCount ? 1_000 + $0.element : $0.element }
        let selection = try NetworkSelection(graph, centrality: dominated, top: 6)
        #expect(names(selection) == ["ARE", "AZE", "Aselsan", "Azersimtel", "Baykar", "Lockheed Martin Corporation"])
        #expect(selection.edges.count == 4)
        #expect(selection == (try NetworkSelection(graph, centrality: degree, top: 6)))
    }

    @Test func topHasLinksWheneverTheGraphHasSome() throws {
        let countryCount = graph.countries.count
        let dominated = degree.enumerated().map { $0.offset < countryCount ? 1_000 + $0.element : $0.element }
        for top in 2...14 {
            let selection = try NetworkSelection(graph, centrality: dominated, top: top)
            #expect(!selection.edges.isEmpty)
            #expect(selection.nodes.count <= top)
            let linked = Set(selection.edges.flatMap { [graph.edges[$0].country, countryCount + graph.edges[$0].firm] })
            #expect(Set(selection.nodes) == linked)
        }
        #expect(try NetworkSelection(graph, centrality: degree, top: 13).nodes.count == 13)
    }

    @Test func topBreaksTiesByNodeOrder() throws {
        let flat = [Double](repeating: 1, count: graph.countries.count + graph.firms.count)
        // Order ARE, Aselsan, Azersimtel, AZE (would link 3), Baykar, EDGE Group (links ARE).
        let selection = try NetworkSelection(graph, centrality: flat, top: 2)
        #expect(names(selection) == ["ARE", "EDGE Group"])
    }

    @Test func topOfOneShowsTheFirstNodeAlone() throws {
        let selection = try NetworkSelection(graph, centrality: degree, top: 1)
        #expect(names(selection) == ["AZE"])
        #expect(selection.edges.isEmpty)
    }
}
