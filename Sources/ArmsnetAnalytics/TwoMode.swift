import ArmsnetGraph

/// Measures and normalisations that treat the graph as two-mode (countries × firms): each side is
/// scored against what is possible for its own side, because a country can link at most to every
/// firm and a firm at most to every country (Borgatti & Everett 1997, "Network analysis of 2-mode
/// data", Social Networks 19, 243–269; Borgatti & Halgin 2011, "Analyzing affiliation networks").
///
/// These are separate functions on purpose: a one-mode score and a two-mode score of the same node
/// mean different things, so no flag switches between them (networkx keeps
/// `bipartite.degree_centrality` apart from `degree_centrality` for the same reason).
public enum TwoMode {
    /// Degree divided by the size of the other side: the share of the other side a node links to
    /// (networkx `bipartite.degree_centrality`).
    /// - Complexity: O(n).
    public static func normalizedDegree(_ graph: CSRGraph) -> [Double] {
        (0..<graph.nodeCount).map { v in
            let other = graph.kind(of: v) == .country ? graph.firmCount : graph.countryCount
            return other == 0 ? 0 : Double(graph.degree(of: v)) / Double(other)
        }
    }

    /// Betweenness divided by its two-mode maximum (Borgatti & Everett 1997, eq. for b_max; networkx
    /// `bipartite.betweenness_centrality`): with n countries and m firms, a country's maximum is
    /// ½[m²(s+1)² + m(s+1)(2t−s−1) − t(2s−t+3)] with s, t = divmod(n−1, m), and a firm's the same
    /// with the sides swapped.
    /// - Parameter betweenness: unnormalised scores from `Centrality.betweenness` (networkx's
    ///   reference uses unweighted betweenness).
    /// - Complexity: O(n).
    public static func normalizedBetweenness(_ graph: CSRGraph, betweenness: [Double]) -> [Double] {
        func maximum(_ same: Int, _ other: Int) -> Double {
            guard other > 0 else { return 0 }
            let (s, t) = (same - 1).quotientAndRemainder(dividingBy: other)
            let m = Double(other), sd = Double(s), td = Double(t)
            return (m * m * (sd + 1) * (sd + 1) + m * (sd + 1) * (2 * td - sd - 1) - td * (2 * sd - td + 3)) / 2
        }
        let countryMax = maximum(graph.countryCount, graph.firmCount)
        let firmMax = maximum(graph.firmCount, graph.countryCount)
        return betweenness.enumerated().map { v, b in
            let top = graph.kind(of: v) == .country ? countryMax : firmMax
            return top > 0 ? b / top : 0
        }
    }

    /// Harmonic closeness divided by its two-mode maximum: a country at best links to all m firms
    /// (distance 1) and reaches the other n − 1 countries in two steps, so its maximum is
    /// m + (n − 1)/2; a firm's is n + (m − 1)/2. Borgatti & Everett (1997) normalise classic
    /// closeness by the same ideal node; applied to the harmonic form here (networkx has no two-mode
    /// harmonic closeness). Only meaningful for unweighted closeness.
    /// - Parameter closeness: scores from `Centrality.harmonicCloseness(_:weighting: .unweighted)`.
    /// - Complexity: O(n).
    public static func normalizedCloseness(_ graph: CSRGraph, closeness: [Double]) -> [Double] {
        let n = Double(graph.countryCount), m = Double(graph.firmCount)
        let countryMax = m + (n - 1) / 2, firmMax = n + (m - 1) / 2
        return closeness.enumerated().map { v, c in
            let top = graph.kind(of: v) == .country ? countryMax : firmMax
            return top > 0 ? c / top : 0
        }
    }

    /// Eigenvector scores rescaled to unit Euclidean norm within each side. In a bipartite graph the
    /// principal eigenvector splits into the two singular vectors of the biadjacency matrix, each of
    /// norm 1/√2; rescaling each side makes a country's score comparable with other countries only,
    /// and equal to its eigenvector centrality in the country–country projection (Borgatti &
    /// Everett 1997; Bonacich 1991, "Simultaneous group and individual centralities").
    /// - Parameter eigenvector: scores from `Centrality.eigenvector`.
    /// - Complexity: O(n).
    public static func normalizedEigenvector(_ graph: CSRGraph, eigenvector: [Double]) -> [Double] {
        var result = eigenvector
        for kind in NodeKind.allCases {
            let range = graph.nodes(of: kind)
            let norm = range.reduce(0) { $0 + eigenvector[$1] * eigenvector[$1] }.squareRoot()
            if norm > 0 { for v in range { result[v] /= norm } }
        }
        return result
    }
}
