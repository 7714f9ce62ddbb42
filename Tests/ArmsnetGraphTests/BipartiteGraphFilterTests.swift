import ArmsnetExtraction
import Testing
@testable import ArmsnetGraph

@Suite struct BipartiteGraphFilterTests {
    let graph: BipartiteGraph = {
        var builder = GraphBuilder()
        builder.add(GraphBuilderTests.extraction("a1", year: 2019, pairs: [("AZE", "Baykar", .engagement), ("TUR", "Baykar", .home)]))
        builder.add(GraphBuilderTests.extraction("a2", year: 2021, pairs: [("MLI", "Baykar", .engagement), ("AZE", "Baykar", .engagement)]))
        builder.add(GraphBuilderTests.extraction("a3", year: nil, pairs: [("FRA", "Thales", .engagement)]))
        return builder.build()
    }()

    @Test func relationFilterDropsNodesLeftAlone() {
        let engagement = graph.filtered(relations: [.engagement])
        #expect(engagement.countries.map(\.iso) == ["AZE", "FRA", "MLI"])
        #expect(engagement.edges.allSatisfy { $0.relation == .engagement })
        #expect(engagement.invariantViolations().isEmpty)
    }

    @Test func yearFilterKeepsSlicesInRangeAndDropsUndated() {
        let only2021 = graph.filtered(years: 2021...2021)
        #expect(only2021.countries.map(\.iso) == ["AZE", "MLI"])
        #expect(only2021.firms.map(\.id) == ["Baykar"])
        #expect(only2021.edges.map(\.weight) == [1, 1])
        #expect(only2021.edges.allSatisfy { $0.evidence.allSatisfy { $0.year == 2021 } })
        #expect(only2021.invariantViolations().isEmpty)
    }

    @Test func minimumWeightKeepsHeavyEdges() {
        let heavy = graph.filtered(minWeight: 2)
        #expect(heavy.edges.count == 1)
        #expect(heavy.countries.map(\.iso) == ["AZE"])
    }
}

@Suite struct BipartiteGraphListedHomesTests {
    @Test func fillsOnlyMissingHomes() {
        var builder = GraphBuilder()
        builder.add(GraphBuilderTests.extraction("a1", year: 2019, pairs: [("AZE", "Baykar", .engagement), ("AZE", "Thales", .engagement)]))
        let graph = builder.build().withListedHomes(["Baykar": "XXX", "Thales": "FRA"])
        #expect(graph.firms.map(\.listedHome) == ["TUR", "FRA"])
        #expect(graph.edges == builder.build().edges)
    }
}
