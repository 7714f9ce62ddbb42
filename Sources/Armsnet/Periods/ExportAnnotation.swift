import ArmsnetAnalytics
import ArmsnetExport
import ArmsnetGraph
import ArmsnetSupport

/// A node measure `armsnet export` can attach.
public enum ExportMeasure: String, Sendable, CaseIterable {
    case degree
    case strength
    /// Weighted (link length 1/weight), unnormalised; O(n·m), or O(k·m) with k sampled sources.
    case betweenness
    /// Harmonic, weighted; O(n·m): leave it out on graphs of many thousand nodes.
    case closeness
    case eigenvector
    case pagerank

    /// The analytics measure behind it.
    var measure: Measure { Measure(rawValue: rawValue)! }
}

/// The measures `armsnet export` attaches to every node, computed on the links of `relation`.
public enum ExportAnnotation {
    /// `graph` (every relation kept, so home links are exported too) with `measures` and
    /// communities (`CommunityDetection`: numbered from 1 as `clusters` and `compare` number them),
    /// computed on the links of `relation`.
    /// - Parameter betweennessPivots: sample this many sources for betweenness (nil: exact).
    public static func annotate(_ graph: BipartiteGraph, relation: RelationFilter = .engagement,
                                measures: [ExportMeasure] = ExportMeasure.allCases, betweennessPivots: Int? = nil) -> AnnotatedGraph {
        let csr = CSRGraph(graph, relations: relation.relations)
        // The measures and the communities do not depend on each other: they are computed at the same time.
        let (communities, values) = Concurrently.run({ CommunityDetection.detect(csr).membership }, {
            Concurrently.map(measures) { $0.measure.scores(csr, pivots: betweennessPivots) }
        })
        return AnnotatedGraph(graph: graph, measures: zip(measures, values).map { NodeMeasure(name: $0.rawValue, values: $1) },
                              communities: communities)
    }
}
