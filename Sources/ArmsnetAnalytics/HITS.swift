extension TwoMode {
    /// Hubs and authorities on the two-mode graph read as country → firm links: a country is a good
    /// hub when it deals with authoritative firms, a firm a good authority when good hubs deal with
    /// it (networkx `hits` on the directed graph country → firm).
    ///
    /// Power iteration a = Aᵀh, h = A a with the (weighted) biadjacency matrix A, from uniform
    /// scores; it converges to the principal singular vectors.
    /// - Parameters:
    ///   - graph: the network.
    ///   - weighting: `.weighted` uses link weights as matrix entries.
    ///   - tolerance: stop when the L1 change of both sides is below `n · tolerance`.
    ///   - maxIterations: upper bound on the iterations.
    /// - Returns: one score per dense id — hub scores for countries, authority scores for firms —
    ///   each side summing to 1; scores below 1e-10 × the largest are exactly 0.
    /// - Complexity: O(m) per iteration.
    /// - SeeAlso: Kleinberg, J. M. (1999). Authoritative sources in a hyperlinked environment.
    ///   Journal of the ACM 46(5), 604–632.
    public static func hits(_ graph: CSRGraph, weighting: Weighting = .weighted, tolerance: Double = 1e-12, maxIterations: Int = 10_000) -> [Double] {
        let weighted = weighting == .weighted
        let c = graph.countryCount, n = graph.nodeCount
        guard graph.edgeCount > 0 else { return [Double](repeating: 0, count: n) }
        var x = [Double](repeating: 1 / Double(c), count: c) + [Double](repeating: 0, count: graph.firmCount)
        for _ in 0..<maxIterations {
            // Authorities from hubs, then hubs from authorities.
            let authorities = SparseProduct.adjacencyTimes(graph, x, weighted: weighted, rows: graph.nodes(of: .firm))
            var next = [Double](repeating: 0, count: c) + normalizedToSum(authorities)
            let hubs = SparseProduct.adjacencyTimes(graph, next, weighted: weighted, rows: graph.nodes(of: .country))
            for (i, h) in normalizedToSum(hubs).enumerated() { next[i] = h }
            var change = 0.0
            for v in 0..<n { change += abs(next[v] - x[v]) }
            x = next
            if change < Double(n) * tolerance { break }
        }
        return NegligibleValues.zeroed(x)
    }

    /// `values` scaled to sum to 1 (unchanged if they sum to 0).
    static func normalizedToSum(_ values: [Double]) -> [Double] {
        let sum = values.reduce(0, +)
        return sum > 0 ? values.map { $0 / sum } : values
    }
}
