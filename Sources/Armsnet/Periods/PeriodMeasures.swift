import ArmsnetAnalytics
import ArmsnetGraph

/// What compare ranks and clusters in one period's graph, keyed by node so two periods line up.
struct PeriodMeasures {
    /// Sum of link weights.
    var strength: [NodeKey: Double]
    /// Weighted betweenness (link length 1/weight), unnormalised; estimated from `pivots` sampled
    /// sources when given.
    var betweenness: [NodeKey: Double]
    /// Communities (`CommunityDetection`, numbered from 1 as `clusters` shows them).
    var communities: [NodeKey: Int]

    init(_ graph: BipartiteGraph, betweennessPivots pivots: Int? = nil) {
        let csr = CSRGraph(graph)
        strength = graph.keyed(Centrality.strength(csr))
        betweenness = graph.keyed(Centrality.betweenness(csr, pivots: pivots))
        communities = graph.keyed(CommunityDetection.detect(csr).membership)
    }
}
