import ArmsnetExport
import Testing
@testable import Armsnet

@Suite struct ExportAnnotationTests {
    @Test func everyMeasureHasOneValuePerNode() {
        let annotated = ExportAnnotation.annotate(TwoYearCorpus.graph)
        let graph = TwoYearCorpus.graph
        let n = graph.countries.count + graph.firms.count
        #expect(annotated.measures.map(\.name) == ["degree", "strength", "betweenness", "closeness", "eigenvector", "pagerank"])
        #expect(annotated.measures.allSatisfy { $0.values.count == n })
        #expect(annotated.communities?.count == n)
    }

    @Test func measuresUseTheChosenRelationButEveryLinkIsKept() throws {
        let graph = TwoYearCorpus.graph
        let annotated = ExportAnnotation.annotate(graph)
        #expect(annotated.graph == graph)
        let strength = try #require(annotated.measures.first { $0.name == "strength" })
        // AZE: Nexter 2 + TAI 1 + Thales 1 + 2 + undated 1 + Baykar 1; FRA has only a home link.
        #expect(strength.values[graph.countryIndex(of: "AZE")!] == 8)
        #expect(strength.values[graph.countryIndex(of: "FRA")!] == 0)
        let home = ExportAnnotation.annotate(graph, relation: .home).measures.first { $0.name == "strength" }!
        #expect(home.values[graph.countryIndex(of: "FRA")!] == 1)
    }

    @Test func onlyTheMeasuresAskedFor() {
        let annotated = ExportAnnotation.annotate(TwoYearCorpus.graph, measures: [.pagerank, .strength])
        #expect(annotated.measures.map(\.name) == ["pagerank", "strength"])
    }
}
