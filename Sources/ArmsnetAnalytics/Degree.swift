extension Centrality {
    /// Number of links of every node (after the relation merge, a pair counts once).
    /// - Complexity: O(n).
    public static func degree(_ graph: CSRGraph) -> [Double] {
        (0..<graph.nodeCount).map { Double(graph.degree(of: $0)) }
    }

    /// Sum of the link weights of every node (weighted degree).
    /// - Complexity: O(n + m).
    public static func strength(_ graph: CSRGraph) -> [Double] {
        graph.weights.withUnsafeBufferPointer { w in
            graph.offsets.withUnsafeBufferPointer { offsets in
                (0..<graph.nodeCount).map { v in
                    var s = 0.0
                    for e in offsets[v]..<offsets[v + 1] { s += w[e] }
                    return s
                }
            }
        }
    }
}
