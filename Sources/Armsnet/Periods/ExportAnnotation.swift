import ArmsnetAnalytics
import ArmsnetExport
import ArmsnetGraph

/// The measures `armsnet export` attaches to every node, computed on the links of `relation`.
public enum ExportAnnotation {
    /// `graph` (every relation kept, so home links are exported too) with degree, strength,
    /// weighted betweenness, harmonic closeness, eigenvector and PageRank centrality, and
    /// communities (`PeriodCommunities`, as `compare` finds them), all computed on the links of `relation`.
    /// - Parameter betweennessPivots: sample this many sources for betweenness (nil: exact).
    public static func annotate(_ graph: BipartiteGraph, relation: RelationFilter = .engagement, betweennessPivots: Int? = nil) -> AnnotatedGraph {
        let csr = CSRGraph(graph, relations: relation.relations)
        return AnnotatedGraph(graph: graph, measures: [
            NodeMeasure(name: "degree", values: Centrality.degree(csr)),
            NodeMeasure(name: "strength", values: Centrality.strength(csr)),
            NodeMeasure(name: "betweenness", values: Centrality.betweenness(csr, pivots: betweennessPivots)),
            NodeMeasure(name: "closeness", values: Centrality.harmonicCloseness(csr)),
            NodeMeasure(name: "eigenvector", values: Centrality.eigenvector(csr)),
            NodeMeasure(name: "pagerank", values: Centrality.pageRank(csr)),
        ], communities: PeriodCommunities.detect(csr))
    }
}
