extension Centrality {
    /// Betweenness centrality: for every node, the number of shortest paths between other pairs that
    /// pass through it, each pair's paths sharing one unit (unnormalised; an undirected pair counts
    /// once, as networkx `betweenness_centrality(G, normalized=False)`).
    ///
    /// Brandes' algorithm: one shortest-path search per source (breadth-first, or Dijkstra with link
    /// length `1 / weight` when weighted), then dependencies accumulated backwards. Sources are cut
    /// into `Parallel.chunkCount` fixed chunks run on all cores, each with its own accumulator; the
    /// accumulators are added in chunk order, so the result is the same on every run and machine.
    ///
    /// With `pivots`, only that many sources, drawn uniformly without replacement with `seed`, are
    /// searched and the sums are scaled by `n / pivots` — an unbiased estimate (Brandes & Pich 2007,
    /// "Centrality estimation in large networks"; networkx `k=`). Relative error falls as
    /// `1/√pivots`; the top of the ranking settles first.
    ///
    /// - Parameters:
    ///   - graph: the network.
    ///   - weighting: `.weighted` uses link length `1 / weight` (Newman 2001; Brandes 2008, "On
    ///     variants of shortest-path betweenness centrality and their generic computation").
    ///   - pivots: number of sampled sources, or nil (or ≥ n) for the exact value.
    ///   - seed: seed of the pivot sample.
    /// - Returns: one score per dense id.
    /// - Complexity: O(k·m) unweighted, O(k·(m + n log n)) weighted, with k sources; O(n + m) memory
    ///   per core plus O(n) per chunk.
    /// - SeeAlso: Brandes, U. (2001). A faster algorithm for betweenness centrality. Journal of
    ///   Mathematical Sociology 25(2), 163–177.
    public static func betweenness(_ graph: CSRGraph, weighting: Weighting = .weighted, pivots: Int? = nil, seed: UInt64 = 42) -> [Double] {
        let n = graph.nodeCount
        guard n > 0 else { return [] }
        var sources = Array(0..<n)
        var scale = 0.5
        if let pivots, pivots < n {
            sources = pivotSample(graph, count: pivots, seed: seed)
            scale *= Double(n) / Double(sources.count)
        }
        let lengths = ShortestPaths.lengths(graph, weighting)
        let chunks = min(Parallel.chunkCount, sources.count)
        let partial: [[Double]] = Parallel.map(chunks: chunks) { chunk in
            var search = ShortestPaths(graph, lengths: lengths)
            var centrality = [Double](repeating: 0, count: n)
            var dependency = [Double](repeating: 0, count: n)
            centrality.withUnsafeMutableBufferPointer { centrality in
                dependency.withUnsafeMutableBufferPointer { dependency in
                    for i in stride(from: chunk, to: sources.count, by: chunks) {
                        search.run(from: sources[i])
                        search.accumulateDependencies(into: centrality, dependency: dependency)
                        search.reset()
                    }
                }
            }
            return centrality
        }
        var total = [Double](repeating: 0, count: n)
        for part in partial { for v in 0..<n { total[v] += part[v] } }
        return total.map { $0 * scale }
    }

    /// The sources `betweenness(_:weighting:pivots:seed:)` searches for `pivots: count`: `count`
    /// distinct ids drawn uniformly with `seed` (partial Fisher–Yates), ascending.
    /// - Complexity: O(n).
    public static func pivotSample(_ graph: CSRGraph, count: Int, seed: UInt64) -> [Int] {
        let n = graph.nodeCount
        let k = min(max(count, 1), n)
        var ids = Array(0..<n)
        var generator = SplitMix64(seed: seed)
        for i in 0..<k { ids.swapAt(i, Int.random(in: i..<n, using: &generator)) }
        return Array(ids[0..<k]).sorted()
    }
}
