extension TwoMode {
    /// BiRank: a ranking of both sides where a country scores high when it links to high-scoring
    /// firms and vice versa, each link normalised by both endpoints' strengths (symmetric
    /// normalisation S = D_c^{-1/2} W D_f^{-1/2}) and each side pulled towards a uniform prior.
    ///
    /// Iterates f = α Sᵀc + (1 − α) f₀, c = β S f + (1 − β) c₀ to the unique fixed point, with
    /// f₀, c₀ uniform (1/F, 1/C). Matches networkx `bipartite.birank` with uniform personalisation
    /// on both sides (networkx's default without personalisation sets α = β = 1 and normalises).
    /// - Parameters:
    ///   - graph: the network.
    ///   - alpha: weight of the walk on the firm side (α; He et al. use 0.85).
    ///   - beta: weight of the walk on the country side (β).
    ///   - weighting: `.weighted` uses link weights in W.
    ///   - tolerance: stop when the L1 change of each side is below its size · `tolerance`.
    ///   - maxIterations: upper bound on the iterations.
    /// - Returns: one score per dense id; scores below 1e-10 × the largest are exactly 0.
    /// - Complexity: O(m) per iteration.
    /// - SeeAlso: He, X., Gao, M., Kan, M.-Y. & Wang, D. (2017). BiRank: Towards ranking on bipartite
    ///   graphs. IEEE TKDE 29(1), 57–71.
    public static func biRank(_ graph: CSRGraph, alpha: Double = 0.85, beta: Double = 0.85, weighting: Weighting = .weighted,
                              tolerance: Double = 1e-12, maxIterations: Int = 10_000) -> [Double] {
        let weighted = weighting == .weighted
        let c = graph.countryCount, f = graph.firmCount, n = graph.nodeCount
        guard c > 0, f > 0 else { return [Double](repeating: 0, count: n) }
        let strength = weighted ? Centrality.strength(graph) : Centrality.degree(graph)
        let inverseRoot = strength.map { $0 > 0 ? 1 / $0.squareRoot() : 1 }
        let countryPrior = 1 / Double(c), firmPrior = 1 / Double(f)
        // x holds countries' scores then firms'; products use x / √strength.
        var x = [Double](repeating: 0, count: c) + [Double](repeating: firmPrior, count: f)
        func step(_ x: [Double], rows: Range<Int>, damping: Double, prior: Double) -> [Double] {
            let scaled = zip(x, inverseRoot).map { $0 * $1 }
            let product = SparseProduct.adjacencyTimes(graph, scaled, weighted: weighted, rows: rows)
            return zip(product, rows).map { damping * $0 * inverseRoot[$1] + (1 - damping) * prior }
        }
        var countries = step(x, rows: graph.nodes(of: .country), damping: beta, prior: countryPrior)
        for i in 0..<c { x[i] = countries[i] }
        for _ in 0..<maxIterations {
            let firms = step(x, rows: graph.nodes(of: .firm), damping: alpha, prior: firmPrior)
            var next = x
            for (i, s) in firms.enumerated() { next[c + i] = s }
            countries = step(next, rows: graph.nodes(of: .country), damping: beta, prior: countryPrior)
            for i in 0..<c { next[i] = countries[i] }
            let countryChange = (0..<c).reduce(0) { $0 + abs(next[$1] - x[$1]) }
            let firmChange = (c..<n).reduce(0) { $0 + abs(next[$1] - x[$1]) }
            x = next
            if countryChange < Double(c) * tolerance && firmChange < Double(f) * tolerance { break }
        }
        return NegligibleValues.zeroed(x)
    }
}
