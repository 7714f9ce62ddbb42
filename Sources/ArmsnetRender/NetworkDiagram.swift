import ArmsnetExtraction
import ArmsnetGraph
import Foundation

/// How a network diagram is drawn and what it keeps.
public struct NetworkDiagramOptions: Sendable {
    /// A centrality per dense node id (countries `0..<C`, firms `C..<C+F`); sizes nodes and ranks
    /// them for `top`. Nil: weighted degree.
    public var centrality: [Double]?
    /// The centrality's name, for tooltips and the legend.
    public var centralityName: String
    /// A community label per dense node id; fills nodes from `CommunityPalette`. Nil: fill by side.
    public var communities: [Int]?
    /// Keep only the `top` most central nodes and the links among them.
    public var top: Int?
    /// Drop edges lighter than this.
    public var minWeight: Double?
    /// Draw only the neighbourhood of this country (ISO code) or firm (id or name)…
    public var focus: String?
    /// …up to this many links away (1 or 2).
    public var depth: Int
    /// Link each edge to its oldest evidence article (when the corpus gives a safe `LinkTarget`).
    public var evidenceLinks: Bool
    /// The folder the diagram file is saved in (absolute or relative to the current folder; nil:
    /// the current folder). Evidence file paths are linked relative to it (`LinkTarget.evidence`).
    public var linkBase: String?
    public var title: String?

    public init(centrality: [Double]? = nil, centralityName: String = "weighted degree", communities: [Int]? = nil,
                top: Int? = nil, minWeight: Double? = nil, focus: String? = nil, depth: Int = 1,
                evidenceLinks: Bool = false, linkBase: String? = nil, title: String? = nil) {
        self.centrality = centrality
        self.centralityName = centralityName
        self.communities = communities
        self.top = top
        self.minWeight = minWeight
        self.focus = focus
        self.depth = depth
        self.evidenceLinks = evidenceLinks
        self.linkBase = linkBase
        self.title = title
    }
}

/// Builds the `Diagram` of a country–firm network: countries as ellipses and firms as boxes,
/// sized by centrality and filled by community; edge width by weight (log scale, capped);
/// `home` links dashed grey, `engagement` links solid; tooltips with evidence; a legend.
///
/// Node ids: `c-<ISO>` for countries (`c-<index>` if the code is not 2–3 capital letters),
/// `f-<index>` for firms (index in `graph.firms`); edge ids `e-<country>-<firm>-<relation>`.
/// CSS classes: `country`/`firm`, `community-<rank+1>`, and the relation on edges.
public enum NetworkDiagram {
    public static let countryFill = DiagramColor(hex: 0xCFE2F3)
    public static let firmFill = DiagramColor(hex: 0xFDE9C9)
    public static let engagementColor = DiagramColor(hex: 0x3C4A57)
    public static let homeColor = DiagramColor(hex: 0x9A9A9A)
    /// Widest edge pen, in points (halved in diagrams of more than 100 nodes).
    public static let maxEdgeWidth = 5.0

    /// The diagram of `graph` under `options`.
    /// - Throws: `RenderError.unknownFocus` when the focus names no node.
    /// - Precondition: `centrality` and `communities`, when given, have one value per node.
    public static func build(_ graph: BipartiteGraph, options: NetworkDiagramOptions = NetworkDiagramOptions()) throws -> Diagram {
        let countryCount = graph.countries.count
        let nodeCount = countryCount + graph.firms.count
        let centrality = options.centrality ?? weightedDegree(graph)
        precondition(centrality.count == nodeCount, "centrality has \(centrality.count) values for \(nodeCount) nodes")
        precondition(options.communities.map { $0.count == nodeCount } ?? true, "communities need one label per node")
        let selection = try NetworkSelection(graph, centrality: centrality, minWeight: options.minWeight,
                                             focus: options.focus, depth: options.depth, top: options.top)
        let palette = options.communities.map(CommunityPalette.init)

        var links = [Int](repeating: 0, count: nodeCount)
        var weights = [Double](repeating: 0, count: nodeCount)
        for i in selection.edges {
            let edge = graph.edges[i]
            for node in [edge.country, countryCount + edge.firm] {
                links[node] += 1
                weights[node] += edge.weight
            }
        }
        let largest = selection.nodes.map { centrality[$0] }.max() ?? 0
        let ids = (0..<nodeCount).map { nodeID($0, in: graph) }
        let translucent = selection.edges.count > 2_000

        var diagram = Diagram(title: options.title)
        diagram.nodes = selection.nodes.map { dense in
            let isCountry = dense < countryCount
            let share = largest > 0 ? max(centrality[dense], 0) / largest : 0
            let communityRank = options.communities.flatMap { palette?.rank[$0[dense]] }
            var classes: [String] = []
            if let communityRank { classes.append("community-\(communityRank + 1)") }
            let fill = options.communities.map { palette!.color(of: $0[dense]) } ?? (isCountry ? countryFill : firmFill)
            return DiagramNode(
                id: ids[dense], kind: isCountry ? .country : .firm,
                label: isCountry ? NetworkTooltip.oneLine(graph.countries[dense].name) : wrapped(graph.firms[dense - countryCount].name),
                tooltip: NetworkTooltip.node(dense, in: graph, centralityName: options.centralityName, centrality: centrality[dense],
                                             community: communityRank.map { $0 + 1 }, links: links[dense], weight: weights[dense]),
                classes: classes, size: 30 + 60 * share.squareRoot(), fontSize: 9 + 7 * share.squareRoot(),
                fill: fill, shape: isCountry ? .ellipse : .box)
        }
        diagram.edges = selection.edges.map { i in
            let edge = graph.edges[i]
            let home = edge.relation == .home
            let from = ids[edge.country], to = ids[countryCount + edge.firm]
            let color = home ? homeColor : engagementColor
            return DiagramEdge(
                id: "e-\(from)-\(to)-\(edge.relation.rawValue)", from: from, to: to, relation: edge.relation.rawValue,
                width: edgeWidth(edge.weight, cap: selection.nodes.count > 100 ? maxEdgeWidth / 2 : maxEdgeWidth),
                color: translucent ? color.withAlpha(0x60) : color,
                style: home ? .dashed : .solid, tooltip: NetworkTooltip.edge(edge, in: graph),
                link: options.evidenceLinks ? edge.evidence.lazy.compactMap { $0.source.flatMap { LinkTarget.evidence($0, linkBase: options.linkBase) } }.first : nil)
        }
        var drawn: [Int: Int] = [:]
        if let communities = options.communities {
            for dense in selection.nodes { drawn[communities[dense], default: 0] += 1 }
        }
        diagram.legend = legend(options: options, palette: palette, drawn: drawn, shown: Set(diagram.nodes.flatMap(\.classes)))
        return diagram
    }

    /// Sum of edge weights per dense node id.
    public static func weightedDegree(_ graph: BipartiteGraph) -> [Double] {
        let countryCount = graph.countries.count
        var degree = [Double](repeating: 0, count: countryCount + graph.firms.count)
        for edge in graph.edges {
            degree[edge.country] += edge.weight
            degree[countryCount + edge.firm] += edge.weight
        }
        return degree
    }

    /// Pen width for an edge weight: 0.8 pt at weight 1, 0.8 pt more per doubling, at most `cap`.
    public static func edgeWidth(_ weight: Double, cap: Double = maxEdgeWidth) -> Double {
        min(cap, 0.8 + 0.8 * log2(max(weight, 1)))
    }

    /// The diagram id of a dense node.
    public static func nodeID(_ dense: Int, in graph: BipartiteGraph) -> String {
        let countryCount = graph.countries.count
        guard dense < countryCount else { return "f-\(dense - countryCount)" }
        let iso = graph.countries[dense].iso
        let isCode = (2...3).contains(iso.utf8.count) && iso.utf8.allSatisfy { (0x41...0x5A).contains($0) }
        return isCode ? "c-\(iso)" : "c-\(dense)"
    }

    /// A long name on two lines, broken at the space nearest its middle.
    static func wrapped(_ name: String) -> String {
        let flat = NetworkTooltip.oneLine(name)
        guard flat.count > 18 else { return flat }
        let characters = Array(flat)
        let middle = characters.count / 2
        let spaces = characters.indices.filter { characters[$0] == " " }
        guard let split = spaces.min(by: { abs($0 - middle) < abs($1 - middle) }) else { return flat }
        return String(characters[..<split]) + "\n" + String(characters[(split + 1)...])
    }

    /// - Parameter drawn: nodes drawn per community label; the legend counts these, not the whole graph.
    private static func legend(options: NetworkDiagramOptions, palette: CommunityPalette?, drawn: [Int: Int], shown: Set<String>) -> [LegendEntry] {
        var entries: [LegendEntry] = [
            LegendEntry(.shape(.ellipse), "country"),
            LegendEntry(.shape(.box), "firm"),
            LegendEntry(.line(.solid, engagementColor), "engagement"),
            LegendEntry(.line(.dashed, homeColor), "home"),
            LegendEntry(.none, "size: \(options.centralityName); line width: weight (log scale)"),
        ]
        if let palette {
            for (rank, color) in CommunityPalette.colors.enumerated() where shown.contains("community-\(rank + 1)") {
                let size = palette.rank.first { $0.value == rank }.map { drawn[$0.key] ?? 0 } ?? 0
                entries.append(LegendEntry(.swatch(color), "community \(rank + 1) (\(size) \(size == 1 ? "node" : "nodes") drawn)"))
            }
            if shown.contains(where: { $0.hasPrefix("community-") && Int($0.dropFirst(10)).map { $0 > CommunityPalette.colors.count } ?? false }) {
                entries.append(LegendEntry(.swatch(CommunityPalette.other), "smaller communities"))
            }
        }
        return entries
    }
}
