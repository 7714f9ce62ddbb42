/// The quality a community partition is scored by.
public enum CommunityObjective: String, Sendable, CaseIterable {
    /// Newman–Girvan modularity with resolution γ: Q = 1/(2m) Σ_ij [A_ij − γ k_i k_j / (2m)] δ(c_i, c_j)
    /// (Newman & Girvan 2004; Reichardt & Bornholdt 2006 for γ). Its null model also "expects"
    /// country–country and firm–firm links, which a bipartite graph never has.
    case modularity
    /// Barber's bipartite modularity: Q_B = 1/m Σ_{i country, j firm} [A_ij − γ k_i d_j / m] δ(c_i, c_j),
    /// whose null model only places links between the two sides (Barber 2007, "Modularity and
    /// community detection in bipartite networks", Phys. Rev. E 76, 066102).
    case barber
}

/// Scores of partitions. Both objectives are written as
/// Q = Σ_C [ w_in(C) / m − γ · A_C · B_C / (c · m²) ],
/// with w_in(C) the link weight inside C, m the total weight, and per node a pair (a_i, b_i):
/// standard modularity has a_i = b_i = k_i (strength) and c = 4; Barber's has a_i = k_i for countries,
/// b_i = k_i for firms (0 otherwise) and c = 1. Leiden optimises the same form.
public enum Modularity {
    /// The quality of `membership` (community per dense id) on `graph`.
    /// - Parameters:
    ///   - objective: standard or Barber's bipartite modularity.
    ///   - resolution: γ; larger values favour smaller communities.
    ///   - weighting: `.unweighted` treats every link as weight 1.
    /// - Returns: Q, or 0 for a graph without links.
    /// - Complexity: O(n + m).
    public static func quality(_ graph: CSRGraph, membership: [Int], objective: CommunityObjective, resolution: Double = 1, weighting: Weighting = .weighted) -> Double {
        precondition(membership.count == graph.nodeCount, "one community per node")
        let weights = weighting == .weighted ? graph.weights : [Double](repeating: 1, count: graph.targets.count)
        let m = weights.reduce(0, +) / 2
        guard m > 0 else { return 0 }
        let communityCount = (membership.max() ?? -1) + 1
        var inside = 0.0
        var a = [Double](repeating: 0, count: communityCount), b = a
        for v in 0..<graph.nodeCount {
            var strength = 0.0
            for e in graph.neighbourRange(of: v) {
                strength += weights[e]
                if membership[Int(graph.targets[e])] == membership[v] { inside += weights[e] }
            }
            let (av, bv) = NodeMass.of(node: v, strength: strength, graph: graph, objective: objective)
            a[membership[v]] += av
            b[membership[v]] += bv
        }
        let penalty = zip(a, b).reduce(0) { $0 + $1.0 * $1.1 }
        return inside / 2 / m - resolution * penalty / (NodeMass.denominator(objective) * m * m)
    }
}

/// The (a_i, b_i) pair of the unified modularity form.
enum NodeMass {
    static func of(node: Int, strength: Double, graph: CSRGraph, objective: CommunityObjective) -> (Double, Double) {
        switch objective {
        case .modularity: return (strength, strength)
        case .barber: return graph.kind(of: node) == .country ? (strength, 0) : (0, strength)
        }
    }

    /// c in γ · A_C · B_C / (c · m²).
    static func denominator(_ objective: CommunityObjective) -> Double { objective == .modularity ? 4 : 1 }
}
