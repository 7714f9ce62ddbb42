import ArmsnetExtraction
import ArmsnetGraph
import Testing
@testable import ArmsnetAnalytics

@Suite struct CSRGraphTests {
    /// AZE–Baykar engagement 2019 (2) + 2021 (1) and home (1), TUR–Baykar home, TUR–Aselsan undated.
    static func sample() -> BipartiteGraph {
        var builder = GraphBuilder()
        func add(_ iso: String, _ firm: String, _ relation: Relation, _ year: Int?, _ weight: Double) {
            builder.add(country: CountryNode(iso: iso, name: iso), firm: FirmNode(id: firm, name: firm, listedHome: nil),
                        relation: relation, year: year, weight: weight, articles: Int(weight), evidence: [])
        }
        add("AZE", "Baykar", .engagement, 2019, 2)
        add("AZE", "Baykar", .engagement, 2021, 1)
        add("AZE", "Baykar", .home, 2019, 1)
        add("TUR", "Baykar", .home, 2019, 3)
        add("TUR", "Aselsan", .engagement, nil, 5)
        return builder.build()
    }

    @Test func denseIdsPutCountriesFirstAndRowsAreSymmetric() {
        let csr = CSRGraph(Self.sample())
        #expect(csr.countryCount == 2 && csr.firmCount == 2 && csr.nodeCount == 4)
        // Firms sorted by id: Aselsan = 2, Baykar = 3.
        #expect(csr.kind(of: 1) == .country && csr.kind(of: 2) == .firm)
        #expect(csr.edgeCount == 3)
        #expect(Array(csr.targets[csr.neighbourRange(of: 1)]) == [2, 3])
        #expect(Array(csr.targets[csr.neighbourRange(of: 3)]) == [0, 1])
    }

    @Test func parallelRelationsMergeWhenBothAreSelected() {
        let csr = CSRGraph(Self.sample())
        // AZE–Baykar: engagement 3 + home 1.
        #expect(csr.weights[csr.neighbourRange(of: 0)] == [4])
        let engagement = CSRGraph(Self.sample(), relations: [.engagement])
        #expect(engagement.weights[engagement.neighbourRange(of: 0)] == [3])
        #expect(engagement.degree(of: 3) == 1)
    }

    @Test func yearFilterKeepsSlicesInRangeAndDropsUndated() {
        let csr = CSRGraph(Self.sample(), relations: [.engagement], years: 2020...2021)
        #expect(csr.weights[csr.neighbourRange(of: 0)] == [1])
        #expect(csr.degree(of: 1) == 0)
        #expect(csr.nodeCount == 4)
        #expect(csr.totalWeight == 1)
    }

    @Test func explicitLinksMergeRepeatedPairs() {
        let csr = CSRGraph(countryCount: 1, firmCount: 2, links: [(0, 1, 2), (0, 0, 1), (0, 1, 3)])
        #expect(Array(csr.targets) == [1, 2, 0, 0])
        #expect(Array(csr.weights) == [1, 5, 1, 5])
    }
}
