import ArmsnetExtraction
import Testing
@testable import ArmsnetGraph

@Suite struct BipartiteGraphFirmRenamingTests {
    static func graph() -> BipartiteGraph {
        var builder = GraphBuilder()
        let aze = CountryNode(iso: "AZE", name: "Azerbaijan")
        builder.add(country: aze, firm: FirmNode(id: "SAAB", name: "SAAB", listedHome: nil), relation: .engagement,
                    year: 2019, weight: 2, articles: 2, evidence: [])
        builder.add(country: aze, firm: FirmNode(id: "Saab", name: "Saab", listedHome: "SWE"), relation: .engagement,
                    year: 2019, weight: 3, articles: 1, evidence: [])
        builder.add(country: aze, firm: FirmNode(id: "Saab", name: "Saab", listedHome: "SWE"), relation: .engagement,
                    year: 2020, weight: 1, articles: 1, evidence: [])
        builder.add(country: CountryNode(iso: "SWE", name: "Sweden"), firm: FirmNode(id: "SAAB", name: "SAAB", listedHome: nil),
                    relation: .home, year: nil, weight: 1, articles: 0, evidence: [])
        return builder.build()
    }

    @Test func renamedFirmsMergeIntoOneNodeWithSummedYears() {
        let merged = Self.graph().renamingFirms(["SAAB": "Saab"])
        #expect(merged.firms.map(\.id) == ["Saab"])
        #expect(merged.firms[0].listedHome == "SWE")
        #expect(merged.edges.count == 2)
        let engagement = merged.edges[0]
        #expect(engagement.relation == .engagement)
        #expect(engagement.weight == 6)
        #expect(engagement.years.map(\.year) == [2019, 2020])
        #expect(engagement.years.map(\.weight) == [5, 1])
        #expect(engagement.years.map(\.articles) == [3, 1])
        #expect(merged.edges[1].relation == .home)
        #expect(merged.edges[1].country == merged.countryIndex(of: "SWE"))
        #expect(merged.invariantViolations().isEmpty)
    }

    @Test func renamesThatChangeNothingReturnTheSameGraph() {
        let graph = Self.graph()
        #expect(graph.renamingFirms([:]) == graph)
        #expect(graph.renamingFirms(["Saab": "Saab", "Thales": "Thales SA"]) == graph)
    }
}
