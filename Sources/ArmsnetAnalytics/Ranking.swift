import ArmsnetGraph

/// The measures a ranking can be made by.
public enum Measure: String, Sendable, CaseIterable {
    case degree
    case strength
    case betweenness
    case closeness
    case eigenvector
    case pagerank
    case hits
    case birank
    /// `TwoMode.normalizedDegree`: the share of the other side a node links to.
    case twoModeDegree = "two-mode-degree"
    /// `TwoMode.normalizedBetweenness` of unweighted betweenness.
    case twoModeBetweenness = "two-mode-betweenness"
    /// `TwoMode.normalizedCloseness` of unweighted harmonic closeness.
    case twoModeCloseness = "two-mode-closeness"
    /// `TwoMode.normalizedEigenvector` of unweighted eigenvector centrality.
    case twoModeEigenvector = "two-mode-eigenvector"

    /// The score of every dense id under this measure (weighted where the measure has weights:
    /// betweenness and closeness with link length 1/weight; `hits` gives countries' hub and firms'
    /// authority scores; the two-mode normalisations are of the unweighted measures, as Borgatti &
    /// Everett define them).
    /// - Parameters:
    ///   - pivots: for betweenness, sample this many sources (nil: exact); see `Centrality.betweenness`.
    ///   - seed: seed of the pivot sample.
    public func scores(_ graph: CSRGraph, pivots: Int? = nil, seed: UInt64 = 42) -> [Double] {
        switch self {
        case .degree: return Centrality.degree(graph)
        case .strength: return Centrality.strength(graph)
        case .betweenness: return Centrality.betweenness(graph, pivots: pivots, seed: seed)
        case .closeness: return Centrality.harmonicCloseness(graph)
        case .eigenvector: return Centrality.eigenvector(graph)
        case .pagerank: return Centrality.pageRank(graph)
        case .hits: return TwoMode.hits(graph)
        case .birank: return TwoMode.biRank(graph)
        case .twoModeDegree: return TwoMode.normalizedDegree(graph)
        case .twoModeBetweenness:
            let raw = Centrality.betweenness(graph, weighting: .unweighted, pivots: pivots, seed: seed)
            return TwoMode.normalizedBetweenness(graph, betweenness: raw)
        case .twoModeCloseness:
            return TwoMode.normalizedCloseness(graph, closeness: Centrality.harmonicCloseness(graph, weighting: .unweighted))
        case .twoModeEigenvector:
            return TwoMode.normalizedEigenvector(graph, eigenvector: Centrality.eigenvector(graph, weighting: .unweighted))
        }
    }
}

/// A node's place in a ranking.
public struct RankedNode: Sendable, Hashable {
    /// 1-based position.
    public var rank: Int
    /// Dense id.
    public var node: Int
    public var score: Double
}

/// Top-N lists: nodes by a measure, and a node's partners by link weight.
public enum Ranking {
    /// The `limit` highest-scoring nodes of `kind` (both sides when nil), highest first; ties in
    /// ascending id order (ISO code, then firm id). Nodes without links are left out.
    /// - Complexity: O(n log n).
    public static func top(_ scores: [Double], in graph: CSRGraph, kind: NodeKind? = nil, limit: Int) -> [RankedNode] {
        let candidates = (0..<graph.nodeCount).filter { graph.degree(of: $0) > 0 && (kind == nil || graph.kind(of: $0) == kind) }
        let sorted = candidates.sorted { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : $0 < $1 }
        return sorted.prefix(max(0, limit)).enumerated().map { RankedNode(rank: $0 + 1, node: $1, score: scores[$1]) }
    }

    /// The partners of `node` by link weight, heaviest first, ties in ascending id order. Build the
    /// CSR with the relations that count as partnership: by the project's convention "top partners"
    /// are engagement partners (`CSRGraph(graph, relations: [.engagement])`).
    /// - Complexity: O(d log d) for a node of degree d.
    public static func partners(of node: Int, in graph: CSRGraph, limit: Int) -> [RankedNode] {
        let links = graph.neighbourRange(of: node).map { (Int(graph.targets[$0]), graph.weights[$0]) }
        let sorted = links.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
        return sorted.prefix(max(0, limit)).enumerated().map { RankedNode(rank: $0 + 1, node: $1.0, score: $1.1) }
    }
}
