/// A `Diagram` translated into Graphviz attributes: the one description that both `DOTWriter`
/// and `GraphvizRenderer` turn into a graph, so a `.dot` file and an SVG always agree.
///
/// Values are final Graphviz values (already escaped by `GraphvizText`); node names are the
/// diagram's validated ids, so no untrusted text is ever a name.
struct GraphvizGraph: Sendable {
    enum Value: Sendable, Hashable {
        /// An ordinary (escString) attribute value.
        case text(String)
        /// The body of an HTML-like label (`<…>` in DOT).
        case html(String)
    }
    typealias Attributes = [(name: String, value: Value)]

    struct Node: Sendable {
        var name: String
        var attributes: Attributes
    }
    struct Edge: Sendable {
        var tail: String
        var head: String
        var attributes: Attributes
    }

    /// The Graphviz name of the layout to run: the engine's, or `nop` (neato -n: positions as
    /// given) when every node is pinned.
    var layout: String
    var graphAttributes: Attributes
    var nodeDefaults: Attributes
    var edgeDefaults: Attributes
    var nodes: [Node]
    var edges: [Edge]

    static let fontName = "DejaVu Sans"
    /// Up to this many nodes and edges, edges are routed as splines around nodes (all engines but
    /// dot, which always routes its own); beyond, as straight lines.
    static let splineLimit = (nodes: 40, edges: 120)

    /// Translates `diagram` for `engine` (`LayoutEngine.default` by size when nil).
    /// - Throws: `RenderError.invalidIdentifier`, `.duplicateIdentifier`, `.unknownNode`.
    init(_ diagram: Diagram, engine: LayoutEngine? = nil) throws {
        try Self.validate(diagram)
        let engine = engine ?? LayoutEngine.default(nodeCount: diagram.nodes.count)
        let pinned = diagram.isFullyPinned
        layout = pinned ? "nop" : engine.rawValue
        graphAttributes = Self.graphAttributes(diagram, engine: engine, pinned: pinned)
        nodeDefaults = [
            ("fontname", .text(Self.fontName)), ("style", .text("filled")), ("color", .text("#4d4d4d")),
            ("penwidth", .text("0.8")), ("margin", .text("0.08,0.04")),
        ]
        edgeDefaults = [("fontname", .text(Self.fontName))]
        nodes = diagram.nodes.map(Self.node)
        edges = diagram.edges.map(Self.edge)
    }

    private static func validate(_ diagram: Diagram) throws {
        var ids = Set<String>()
        for node in diagram.nodes {
            guard DiagramIdentifier.isValid(node.id) else { throw RenderError.invalidIdentifier(node.id) }
            guard ids.insert(node.id).inserted else { throw RenderError.duplicateIdentifier(node.id) }
            if let bad = node.classes.first(where: { !DiagramIdentifier.isValid($0) }) { throw RenderError.invalidIdentifier(bad) }
        }
        let nodeIDs = ids
        for edge in diagram.edges {
            guard DiagramIdentifier.isValid(edge.id) else { throw RenderError.invalidIdentifier(edge.id) }
            guard ids.insert(edge.id).inserted else { throw RenderError.duplicateIdentifier(edge.id) }
            if let bad = edge.classes.first(where: { !DiagramIdentifier.isValid($0) }) { throw RenderError.invalidIdentifier(bad) }
            for end in [edge.from, edge.to] where !nodeIDs.contains(end) {
                throw RenderError.unknownNode(edge: edge.id, node: end)
            }
        }
    }

    private static func graphAttributes(_ diagram: Diagram, engine: LayoutEngine, pinned: Bool) -> Attributes {
        var attributes: Attributes = [
            ("fontname", .text(fontName)), ("fontsize", .text("10")), ("bgcolor", .text("white")),
            ("pad", .text("0.2")), ("outputorder", .text("edgesfirst")),
        ]
        // Routing splines around nodes took 5 s for 60 nodes and 244 edges, 30 s for 300 nodes
        // (neato and sfdp alike); straight lines take 0.2 s.
        let splines = diagram.nodes.count <= Self.splineLimit.nodes && diagram.edges.count <= Self.splineLimit.edges ? "true" : "false"
        if pinned {
            attributes += [("notranslate", .text("true")), ("splines", .text(splines))]
        } else {
            switch engine {
            case .dot:
                attributes += [("rankdir", .text("LR")), ("nodesep", .text("0.12")), ("ranksep", .text("1.6"))]
            case .neato, .fdp, .sfdp, .twopi:
                attributes += [("overlap", .text("prism")), ("sep", .text("+6")), ("splines", .text(splines))]
            case .circo:
                attributes += [("splines", .text(splines))]
            }
            if diagram.nodes.contains(where: { $0.position != nil }) { attributes.append(("inputscale", .text("72"))) }
        }
        if let legend = Self.legend(diagram) {
            attributes += [("label", .html(legend)), ("labelloc", .text("b")), ("labeljust", .text("l"))]
        }
        return attributes
    }

    private static func node(_ node: DiagramNode) -> Node {
        let width = max(node.size, 1) / 72
        let height = width * (node.shape == .circle ? 1 : 0.5)
        var attributes: Attributes = [
            ("id", .text(node.id)),
            ("class", .text(([node.kind.rawValue] + node.classes).joined(separator: " "))),
            ("label", .text(GraphvizText.label(node.label))),
            ("tooltip", .text(GraphvizText.tooltip(node.tooltip.isEmpty ? node.label : node.tooltip))),
            ("shape", .text(node.shape.rawValue)),
            ("fillcolor", .text(node.fill.hexString)),
            ("width", .text(GraphvizText.number(width, digits: 3))),
            ("height", .text(GraphvizText.number(height, digits: 3))),
            ("fontsize", .text(GraphvizText.number(node.fontSize, digits: 1))),
        ]
        if let position = node.position {
            // `!` pins the node for neato/fdp; `nop` takes every position as given anyway.
            attributes.append(("pos", .text("\(GraphvizText.number(position.x)),\(GraphvizText.number(position.y))!")))
        }
        if let link = node.link { attributes += [("URL", .text(link.href)), ("target", .text("_blank"))] }
        return Node(name: node.id, attributes: attributes)
    }

    private static func edge(_ edge: DiagramEdge) -> Edge {
        var attributes: Attributes = [
            ("id", .text(edge.id)),
            ("class", .text(([edge.relation].filter(DiagramIdentifier.isValid) + edge.classes).joined(separator: " "))),
            ("tooltip", .text(GraphvizText.tooltip(edge.tooltip.isEmpty ? edge.relation : edge.tooltip))),
            ("penwidth", .text(GraphvizText.number(max(edge.width, 0.1)))),
            ("color", .text(edge.color.hexString)),
            ("style", .text(edge.style.rawValue)),
        ]
        if let link = edge.link { attributes += [("URL", .text(link.href)), ("target", .text("_blank"))] }
        return Edge(tail: edge.from, head: edge.to, attributes: attributes)
    }

    /// The title and legend as an HTML-like table, or nil when there is neither.
    private static func legend(_ diagram: Diagram) -> String? {
        guard diagram.title != nil || !diagram.legend.isEmpty else { return nil }
        var rows: [String] = []
        if let title = diagram.title {
            rows.append("<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><B>\(GraphvizText.html(title))</B></TD></TR>")
        }
        for entry in diagram.legend {
            let sample: String
            switch entry.sample {
            case .shape(let shape):
                sample = "<TD>\(shapeGlyph(shape))</TD>"
            case let .line(style, color):
                sample = "<TD><FONT COLOR=\"\(color.hexString)\">\(lineGlyph(style))</FONT></TD>"
            case .swatch(let color):
                sample = "<TD BGCOLOR=\"\(color.hexString)\" BORDER=\"1\" COLOR=\"#4d4d4d\"> </TD>"
            case .none:
                sample = "<TD></TD>"
            }
            rows.append("<TR>\(sample)<TD ALIGN=\"LEFT\">\(GraphvizText.html(entry.text))</TD></TR>")
        }
        return "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"1\">" + rows.joined() + "</TABLE>"
    }

    private static func shapeGlyph(_ shape: NodeShape) -> String {
        switch shape {
        case .ellipse, .circle: return "&#9711;"
        case .box: return "&#9633;"
        case .diamond: return "&#9671;"
        case .hexagon: return "&#11041;"
        }
    }

    private static func lineGlyph(_ style: LineStyle) -> String {
        switch style {
        case .solid: return "&#9473;&#9473;&#9473;"
        case .dashed: return "&#9549;&#9549;&#9549;"
        case .dotted: return "&#9480;&#9480;&#9480;"
        }
    }
}
