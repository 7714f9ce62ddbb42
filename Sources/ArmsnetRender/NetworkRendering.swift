import ArmsnetAnalytics
import ArmsnetGraph

/// How to draw a network: the centrality and Leiden communities (from `ArmsnetAnalytics`) that
/// style the `NetworkDiagram`, its options, and the layout engine for `GraphvizRenderer`. Shared by
/// `armsnet render` and `armsnet build`.
public struct NetworkRendering: Sendable {
    /// The centrality that sizes nodes and ranks them for `top`.
    public var sizeBy: Measure
    /// Fill nodes by Leiden communities (modularity, fixed seed); false fills by side.
    public var communities: Bool
    /// Filters, focus, links and title; its `centrality` and `communities` are filled in by `diagram(_:)`.
    public var options: NetworkDiagramOptions
    /// Layout engine; nil picks by the number of nodes drawn (`LayoutEngine.default`).
    public var engine: LayoutEngine?

    public init(sizeBy: Measure = .strength, communities: Bool = true, options: NetworkDiagramOptions = NetworkDiagramOptions(),
                engine: LayoutEngine? = nil) {
        self.sizeBy = sizeBy
        self.communities = communities
        self.options = options
        self.engine = engine
    }

    /// The diagram of `graph`, with measures computed on the whole graph (before any filter).
    public func diagram(_ graph: BipartiteGraph) throws -> Diagram {
        let csr = CSRGraph(graph)
        var options = options
        options.centrality = sizeBy.scores(csr)
        options.centralityName = sizeBy.rawValue
        options.communities = communities ? Leiden.communities(csr).membership : nil
        return try NetworkDiagram.build(graph, options: options)
    }
}
