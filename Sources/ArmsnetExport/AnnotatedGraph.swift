import ArmsnetGraph

/// One numeric value per node, indexed by dense id (countries `0..<C`, then firms `C..<C+F`).
public struct NodeMeasure: Sendable, Hashable {
    /// Attribute name in the exported file: letters, digits and `_` (e.g. `betweenness`).
    public var name: String
    public var values: [Double]

    public init(name: String, values: [Double]) {
        precondition(!name.isEmpty && name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }, "measure name \(name)")
        self.name = name
        self.values = values
    }
}

/// A graph with what the analytics found about its nodes: what every export format writes.
public struct AnnotatedGraph: Sendable, Hashable {
    public var graph: BipartiteGraph
    /// Per-node measures, written as attributes in this order.
    public var measures: [NodeMeasure]
    /// Community of each node by dense id, when communities were computed.
    public var communities: [Int]?

    /// - Precondition: every measure and the communities have one value per node.
    public init(graph: BipartiteGraph, measures: [NodeMeasure] = [], communities: [Int]? = nil) {
        let count = graph.countries.count + graph.firms.count
        for measure in measures { precondition(measure.values.count == count, "\(measure.name): \(measure.values.count) values for \(count) nodes") }
        if let communities { precondition(communities.count == count, "communities: \(communities.count) values for \(count) nodes") }
        self.graph = graph
        self.measures = measures
        self.communities = communities
    }

    var nodeCount: Int { graph.countries.count + graph.firms.count }

    /// The node's id in exported files: `country:ISO` or `firm:NAME`, unique across both sides.
    func nodeID(_ dense: Int) -> String {
        dense < graph.countries.count ? "country:" + graph.countries[dense].iso : "firm:" + graph.firms[dense - graph.countries.count].id
    }

    /// What a node carries besides measures and community.
    func node(_ dense: Int) -> (kind: NodeKind, id: String, label: String, iso: String?, listedHome: String?) {
        if dense < graph.countries.count {
            let country = graph.countries[dense]
            return (.country, country.iso, country.name, country.iso, nil)
        }
        let firm = graph.firms[dense - graph.countries.count]
        return (.firm, firm.id, firm.name, nil, firm.listedHome)
    }

    /// Dense id of an edge's firm end.
    func firmNode(_ edge: Edge) -> Int { graph.countries.count + edge.firm }

    /// The dated years each node has any link in, ascending, by dense id.
    func nodeYears() -> [[Int]] {
        var years = [Set<Int>](repeating: [], count: nodeCount)
        for edge in graph.edges {
            let dated = edge.years.compactMap(\.year)
            years[edge.country].formUnion(dated)
            years[firmNode(edge)].formUnion(dated)
        }
        return years.map { $0.sorted() }
    }
}
