/// A renderer-neutral picture of a network: styled nodes and edges, a legend and a title.
///
/// Text (labels, tooltips, legend, title) is plain, untrusted text; `"\n"` in a label or tooltip is a
/// line break and other control characters are dropped when drawn. Ids and classes must be
/// identifiers (see `DiagramIdentifier`); renderers reject anything else rather than escape it.
public struct Diagram: Sendable, Hashable {
    public var title: String?
    public var nodes: [DiagramNode]
    public var edges: [DiagramEdge]
    public var legend: [LegendEntry]

    public init(title: String? = nil, nodes: [DiagramNode] = [], edges: [DiagramEdge] = [], legend: [LegendEntry] = []) {
        self.title = title
        self.nodes = nodes
        self.edges = edges
        self.legend = legend
    }

    /// True when every node has a fixed position (the layout is then taken as given).
    public var isFullyPinned: Bool { !nodes.isEmpty && nodes.allSatisfy { $0.position != nil } }

    /// This diagram with the given node positions (by node id) fixed; nodes missing from
    /// `positions` keep what they had.
    public func pinned(to positions: [String: DiagramPoint]) -> Diagram {
        var copy = self
        for i in copy.nodes.indices {
            if let point = positions[copy.nodes[i].id] { copy.nodes[i].position = point }
        }
        return copy
    }
}

/// A point in Graphviz's coordinate space: points (1/72 inch), y growing upwards.
public struct DiagramPoint: Sendable, Hashable {
    public var x: Double
    public var y: Double
    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }
}

/// One node of a `Diagram`.
public struct DiagramNode: Sendable, Hashable {
    /// Stable identifier, used as the Graphviz node name and the SVG element id (`c-TUR`, `f-12`).
    public var id: String
    public var kind: DiagramNodeKind
    public var label: String
    public var tooltip: String
    /// CSS classes written into the SVG next to Graphviz's own `node` class.
    public var classes: [String]
    /// Minimum width in points; the node grows to fit its label.
    public var size: Double
    public var fontSize: Double
    public var fill: DiagramColor
    public var shape: NodeShape
    /// A fixed position; see `GraphvizRenderer.layout(_:engine:)` for computing one.
    public var position: DiagramPoint?
    /// Where the node links to; only validated targets can exist (`LinkTarget`).
    public var link: LinkTarget?

    public init(id: String, kind: DiagramNodeKind, label: String, tooltip: String = "", classes: [String] = [],
                size: Double = 36, fontSize: Double = 10, fill: DiagramColor = .white, shape: NodeShape = .ellipse,
                position: DiagramPoint? = nil, link: LinkTarget? = nil) {
        self.id = id
        self.kind = kind
        self.label = label
        self.tooltip = tooltip
        self.classes = classes
        self.size = size
        self.fontSize = fontSize
        self.fill = fill
        self.shape = shape
        self.position = position
        self.link = link
    }
}

/// Which side of the bipartite network a node is on.
public enum DiagramNodeKind: String, Sendable, Hashable, CaseIterable {
    case country
    case firm
}

/// One undirected edge of a `Diagram`, between two node ids.
public struct DiagramEdge: Sendable, Hashable {
    public var id: String
    public var from: String
    public var to: String
    /// The relation's name (`home`, `engagement`), for reading; styling is explicit.
    public var relation: String
    /// Pen width in points.
    public var width: Double
    public var color: DiagramColor
    public var style: LineStyle
    public var tooltip: String
    public var classes: [String]
    public var link: LinkTarget?

    public init(id: String, from: String, to: String, relation: String, width: Double = 1, color: DiagramColor = .black,
                style: LineStyle = .solid, tooltip: String = "", classes: [String] = [], link: LinkTarget? = nil) {
        self.id = id
        self.from = from
        self.to = to
        self.relation = relation
        self.width = width
        self.color = color
        self.style = style
        self.tooltip = tooltip
        self.classes = classes
        self.link = link
    }
}
