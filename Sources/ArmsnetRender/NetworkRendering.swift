import ArmsnetAnalytics
import ArmsnetGraph

/// How to draw a network: the centrality and Leiden communities (from `ArmsnetAnalytics`) that
/// style the `NetworkDiagram`, its options, and the layout engine for `GraphvizRenderer`. Shared by
/// `armsnet render` and `armsnet build`.
public struct NetworkRendering: Sendable {
    /// The centrality that sizes nodes and ranks them for `top`.
    public var sizeBy: Measure
    /// Fill nodes by communities (`CommunityDetection`, numbered as `clusters` shows them); false fills by side.
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

    /// The diagram of `graph`, with measures computed on the whole graph (before any filter). The
    /// size measure counts engagement links only (a firm's home is an attribute, not activity), so
    /// a country with only home links is drawn small; a graph without engagement links is measured
    /// on all its links. Communities are found on all links.
    public func diagram(_ graph: BipartiteGraph) throws -> Diagram {
        let csr = CSRGraph(graph)
        var options = options
        (options.centrality, options.centralityName) = Self.engagementScores(graph, measure: sizeBy)
        options.communities = communities ? CommunityDetection.detect(csr).membership : nil
        return try NetworkDiagram.build(graph, options: options)
    }

    /// `measure` on the engagement links of `graph`, one value per dense node id of `graph` (0 for
    /// nodes without engagement links), and its legend name; on all links when there are no
    /// engagement links.
    static func engagementScores(_ graph: BipartiteGraph, measure: Measure) -> (scores: [Double], name: String) {
        let engagement = graph.filtered(relations: [.engagement])
        guard !engagement.edges.isEmpty else { return (measure.scores(CSRGraph(graph)), measure.rawValue) }
        let sub = measure.scores(CSRGraph(engagement))
        let subCountries = engagement.countries.count
        var scores = [Double](repeating: 0, count: graph.countries.count + graph.firms.count)
        for (i, country) in engagement.countries.enumerated() {
            if let dense = graph.countryIndex(of: country.iso) { scores[dense] = sub[i] }
        }
        for (i, firm) in engagement.firms.enumerated() {
            if let index = graph.firmIndex(of: firm.id) { scores[graph.countries.count + index] = sub[subCountries + i] }
        }
        return (scores, "\(measure.rawValue) (engagement links)")
    }
}
