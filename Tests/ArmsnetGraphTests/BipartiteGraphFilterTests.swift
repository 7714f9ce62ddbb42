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

    /// What the filters promise: the graph a `GraphBuilder` makes of the kept slices, each with its year's evidence.
    static func rebuilt(_ graph: BipartiteGraph, keeping keep: (Edge, YearSlice) -> Bool) -> BipartiteGraph {
        var builder = GraphBuilder()
        for edge in graph.edges {
            for slice in edge.years where keep(edge, slice) {
                builder.add(country: graph.countries[edge.country], firm: graph.firms[edge.firm], relation: edge.relation, year: slice.year,
                            weight: slice.weight, articles: slice.articles, evidence: edge.evidence.filter { $0.year == slice.year })
            }
        }
        return builder.build()
    }

    @Test func filtersGiveTheGraphABuilderMakesOfWhatTheyKeep() {
        var builder = GraphBuilder()
        GraphBuilderTests.manyArticles().forEach { builder.add($0) }
        let graph = builder.build()
        let engagement = graph.filtered(relations: [.engagement])
        #expect(engagement == Self.rebuilt(graph) { edge, _ in edge.relation == .engagement })
        #expect(engagement.edges.count == 12 && engagement.countries.count == 4)
        let home = graph.filtered(relations: [.home])
        #expect(home == Self.rebuilt(graph) { edge, _ in edge.relation == .home })
        #expect(home.countries.map(\.iso) == ["FRA"] && home.firms.map(\.id) == ["Thales"])
        let years = graph.filtered(relations: [.engagement], years: 2013...2015)
        #expect(years == Self.rebuilt(graph) { edge, slice in edge.relation == .engagement && slice.year.map((2013...2015).contains) == true })
        #expect(years.edges.allSatisfy { $0.evidence.allSatisfy { (2013...2015).contains($0.year!) } })
        #expect(graph.filtered(minWeight: 12) == Self.rebuilt(graph) { edge, _ in edge.weight >= 12 })
        #expect(graph.filtered(minWeight: 12).edges.map(\.weight) == [12, 12, 12, 12])
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
