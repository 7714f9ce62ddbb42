extension Centrality {
    /// PageRank of the undirected graph: the stationary distribution of a walk that follows a link
    /// with probability `damping` (chosen in proportion to its weight when weighted) and otherwise
    /// jumps to a uniformly random node; isolated nodes jump uniformly (networkx `pagerank`).
    ///
    /// Power iteration; each step is a parallel sparse product.
    /// - Parameters:
    ///   - graph: the network.
    ///   - damping: probability of following a link (α).
    ///   - weighting: `.weighted` moves along links in proportion to their weights.
    ///   - tolerance: stop when the L1 change of the whole vector is below this.
    ///   - maxIterations: upper bound on the iterations.
    /// - Returns: one score per dense id, summing to 1.
    /// - Complexity: O(n + m) per iteration, about log(tolerance)/log(damping) iterations.
    /// - SeeAlso: Brin, S. & Page, L. (1998). The anatomy of a large-scale hypertextual Web search engine.
    public static func pageRank(_ graph: CSRGraph, damping: Double = 0.85, weighting: Weighting = .weighted, tolerance: Double = 1e-10, maxIterations: Int = 1_000) -> [Double] {
        let n = graph.nodeCount
        guard n > 0 else { return [] }
        let weighted = weighting == .weighted
        let out = weighted ? strength(graph) : degree(graph)
        var x = [Double](repeating: 1 / Double(n), count: n)
        var share = [Double](repeating: 0, count: n)
        for _ in 0..<maxIterations {
            var dangling = 0.0
            for v in 0..<n {
                if out[v] > 0 { share[v] = x[v] / out[v] } else { share[v] = 0; dangling += x[v] }
            }
            var next = SparseProduct.adjacencyTimes(graph, share, weighted: weighted)
            let jump = (1 - damping) / Double(n) + damping * dangling / Double(n)
            var change = 0.0
            for v in 0..<n {
                next[v] = damping * next[v] + jump
                change += abs(next[v] - x[v])
            }
            x = next
            if change < tolerance { break }
        }
        return x
    }
}
