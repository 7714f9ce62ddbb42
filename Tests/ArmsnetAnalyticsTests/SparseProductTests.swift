import Testing
@testable import ArmsnetAnalytics

@Suite struct SparseProductTests {
    /// Row sums added up one row at a time, term after term: what `SparseProduct` must equal bit for bit.
    static func rowByRow(_ graph: CSRGraph, _ x: [Double], weighted: Bool, rows: Range<Int>) -> [Double] {
        rows.map { v in
            var sum = 0.0
            for e in graph.neighbourRange(of: v) { sum += (weighted ? graph.weights[e] : 1) * x[Int(graph.targets[e])] }
            return sum
        }
    }

    /// Rows of very different lengths (empty ones too), weights and values with long mantissas.
    static func randomGraph(countries: Int, firms: Int, seed: UInt64) -> (CSRGraph, [Double]) {
        var random = SplitMix64(seed: seed)
        var links: [(country: Int, firm: Int, weight: Double)] = []
        for country in 0..<countries {
            let degree = country % 7 == 3 ? 0 : Int.random(in: 1...(country % 3 == 0 ? firms : 5), using: &random)
            for firm in (0..<firms).shuffled(using: &random).prefix(degree) {
                links.append((country, firm, Double.random(in: 0.1...9, using: &random)))
            }
        }
        let x = (0..<(countries + firms)).map { _ in Double.random(in: 0...1, using: &random) / 3 }
        return (CSRGraph(countryCount: countries, firmCount: firms, links: links), x)
    }

    @Test(arguments: [(1, 1), (3, 2), (9, 40), (60, 300)])
    func productsEqualRowByRowSumsBitForBit(countries: Int, firms: Int) {
        let (graph, x) = Self.randomGraph(countries: countries, firms: firms, seed: UInt64(countries * 1_000 + firms))
        for weighted in [true, false] {
            for rows in [0..<graph.nodeCount, graph.nodes(of: .country), graph.nodes(of: .firm)] {
                let product = SparseProduct.adjacencyTimes(graph, x, weighted: weighted, rows: rows)
                #expect(product.map(\.bitPattern) == Self.rowByRow(graph, x, weighted: weighted, rows: rows).map(\.bitPattern))
            }
        }
    }

    @Test func aSmallProductByHand() {
        // Country 0 – firms 2 (weight 2) and 3 (weight 3); country 1 – firm 3 (weight 1).
        let graph = CSRGraph(countryCount: 2, firmCount: 2, links: [(0, 0, 2), (0, 1, 3), (1, 1, 1)])
        #expect(SparseProduct.adjacencyTimes(graph, [1, 10, 100, 1_000], weighted: true) == [3_200, 1_000, 2, 13])
        #expect(SparseProduct.adjacencyTimes(graph, [1, 10, 100, 1_000], weighted: false) == [1_100, 1_000, 1, 11])
    }
}
