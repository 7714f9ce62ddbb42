import ArmsnetGraph

/// How a projection weighs the link between two nodes of the same side.
public enum ProjectionWeighting: String, Sendable, CaseIterable {
    /// Number of shared neighbours (networkx `bipartite.weighted_projected_graph`).
    case simple
    /// Newman's collaboration weight Σ_k 1/(d_k − 1) over shared neighbours k of degree d_k, so a
    /// firm dealing with many countries ties each pair less (Newman 2001, "Scientific collaboration
    /// networks. II. Shortest paths, weighted networks, and centrality", Phys. Rev. E 64, 016132;
    /// networkx `bipartite.collaboration_weighted_projected_graph`).
    case newman
    /// Jaccard overlap |N(u) ∩ N(v)| / |N(u) ∪ N(v)| (networkx `bipartite.overlap_weighted_projected_graph`).
    case overlap
}

/// One link of a projection between two nodes of the same side (dense ids, `first < second`).
public struct ProjectedLink: Sendable, Hashable {
    public var first: Int
    public var second: Int
    public var weight: Double

    public init(first: Int, second: Int, weight: Double) {
        self.first = first
        self.second = second
        self.weight = weight
    }
}

/// One-mode projections of the two-mode graph. Link weights of the two-mode graph are not used:
/// the weightings count shared neighbours, as networkx's do.
public enum Projection {
    /// The links between nodes of `side` that share at least one neighbour on the other side:
    /// countries linked by shared firms, or firms linked by shared countries.
    /// - Parameters:
    ///   - graph: the network.
    ///   - side: the side to project onto.
    ///   - weighting: simple, Newman-collaboration or overlap weights.
    /// - Returns: links sorted by (first, second).
    /// - Complexity: O(Σ_k d_k²) over the other side's nodes k — quadratic in the largest degree
    ///   (a country linked to 100,000 firms makes a firm projection of billions of pairs).
    public static func links(_ graph: CSRGraph, onto side: NodeKind, weighting: ProjectionWeighting = .simple) -> [ProjectedLink] {
        var result: [ProjectedLink] = []
        var accumulated = [Double](repeating: 0, count: graph.nodeCount)
        var touched: [Int] = []
        for u in graph.nodes(of: side) {
            for e in graph.neighbourRange(of: u) {
                let k = Int(graph.targets[e])
                let share = weighting == .newman ? 1 / Double(graph.degree(of: k) - 1) : 1
                for f in graph.neighbourRange(of: k) {
                    let v = Int(graph.targets[f])
                    guard v > u else { continue }
                    if accumulated[v] == 0 { touched.append(v) }
                    accumulated[v] += share
                }
            }
            touched.sort()
            for v in touched {
                var weight = accumulated[v]
                if weighting == .overlap {
                    weight /= Double(graph.degree(of: u) + graph.degree(of: v)) - weight
                }
                result.append(ProjectedLink(first: u, second: v, weight: weight))
                accumulated[v] = 0
            }
            touched.removeAll(keepingCapacity: true)
        }
        return result
    }
}
