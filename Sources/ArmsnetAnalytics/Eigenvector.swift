extension Centrality {
    /// Eigenvector centrality: the principal eigenvector of the adjacency matrix, scaled to unit
    /// Euclidean norm (networkx `eigenvector_centrality`).
    ///
    /// Power iteration on `A + cI` from the all-ones vector, with the shift `c` the current estimate
    /// of the largest eigenvalue λ₁ (the Rayleigh quotient, at least 1). A shift does not change the
    /// eigenvectors; it keeps the iteration from oscillating on a bipartite graph, whose spectrum
    /// is symmetric (λ and −λ). With `c` ≈ λ₁ the −λ₁ part is cancelled and the error shrinks by
    /// (λ₁ + λ₂) / 2λ₁ per step; a fixed `c = 1` shrinks it by only (λ₁ − 1) / (λ₁ + 1), which never
    /// converges in practice on a heavily weighted graph. On a disconnected graph the result
    /// depends on the start vector, as in networkx.
    /// - Parameters:
    ///   - graph: the network.
    ///   - weighting: `.weighted` uses link weights as matrix entries.
    ///   - tolerance: stop when the L1 change is below `n · tolerance`.
    ///   - maxIterations: upper bound on the iterations.
    /// - Returns: one score per dense id, Σ x² = 1 (all zeros for a graph without links); scores
    ///   below 1e-10 × the largest are exactly 0.
    /// - Complexity: O(m) per iteration.
    /// - SeeAlso: Bonacich, P. (1987). Power and centrality: a family of measures. AJS 92(5), 1170–1182.
    public static func eigenvector(_ graph: CSRGraph, weighting: Weighting = .weighted, tolerance: Double = 1e-12, maxIterations: Int = 10_000) -> [Double] {
        let n = graph.nodeCount
        guard graph.edgeCount > 0 else { return [Double](repeating: 0, count: n) }
        var x = [Double](repeating: 1 / Double(n), count: n)
        for _ in 0..<maxIterations {
            var next = SparseProduct.adjacencyTimes(graph, x, weighted: weighting == .weighted)
            var xAx = 0.0, xx = 0.0
            for v in 0..<n {
                xAx += x[v] * next[v]
                xx += x[v] * x[v]
            }
            let shift = max(1, xAx / xx)
            for v in 0..<n { next[v] += shift * x[v] }
            let norm = next.reduce(0) { $0 + $1 * $1 }.squareRoot()
            var change = 0.0
            for v in 0..<n {
                next[v] /= norm
                change += abs(next[v] - x[v])
            }
            x = next
            if change < Double(n) * tolerance { break }
        }
        return NegligibleValues.zeroed(x)
    }
}
