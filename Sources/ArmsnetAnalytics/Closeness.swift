extension Centrality {
    /// Harmonic closeness: for every node u, Σ_{v ≠ u} 1 / d(u, v), unreachable nodes adding 0 — so it
    /// is defined on disconnected graphs, unlike classic closeness (networkx `harmonic_centrality`).
    ///
    /// One shortest-path search per node (breadth-first, or Dijkstra with link length `1 / weight`),
    /// run in fixed chunks on all cores.
    /// - Parameters:
    ///   - graph: the network.
    ///   - weighting: `.weighted` measures distance as the sum of `1 / weight` along a path.
    /// - Returns: one unnormalised score per dense id (see `TwoMode.normalizedCloseness` to scale by
    ///   the two-mode maximum).
    /// - Complexity: O(n·m) unweighted, O(n·(m + n log n)) weighted.
    /// - SeeAlso: Boldi, P. & Vigna, S. (2014). Axioms for centrality. Internet Mathematics 10, 222–262;
    ///   Marchiori & Latora (2000), Harmony in the small-world.
    public static func harmonicCloseness(_ graph: CSRGraph, weighting: Weighting = .weighted) -> [Double] {
        let n = graph.nodeCount
        guard n > 0 else { return [] }
        let lengths = ShortestPaths.lengths(graph, weighting)
        let chunks = min(Parallel.chunkCount, n)
        let partial: [[Double]] = Parallel.map(chunks: chunks) { chunk in
            var search = ShortestPaths(graph, lengths: lengths)
            var sums: [Double] = []
            for source in stride(from: chunk, to: n, by: chunks) {
                search.run(from: source)
                sums.append(search.harmonicSum())
                search.reset()
            }
            return sums
        }
        var result = [Double](repeating: 0, count: n)
        for (chunk, sums) in partial.enumerated() {
            for (i, sum) in sums.enumerated() { result[chunk + i * chunks] = sum }
        }
        return result
    }
}
