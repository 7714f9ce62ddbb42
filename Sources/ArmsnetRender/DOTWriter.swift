/// Writes a `Diagram` as DOT text — armsnet's own serialiser, because Graphviz's `agwrite` does
/// not escape backslashes (`graphviz-swift.md` §5).
///
/// Node names are the diagram's validated ids; every attribute value is quoted, with `"` written
/// as `\"` (values are already escaped by `GraphvizText`, so their backslashes come in pairs or
/// as escString sequences and can never swallow the closing quote). The text parses back with
/// Graphviz to exactly the diagram's nodes and edges. The graph carries `layout=…`, so the `dot`
/// program draws the file as armsnet would.
public enum DOTWriter {
    /// The DOT text for `diagram` laid out with `engine` (`LayoutEngine.default` by size when nil).
    /// - Throws: `RenderError` when an id or class is not an identifier or an edge names a missing node.
    public static func write(_ diagram: Diagram, engine: LayoutEngine? = nil) throws -> String {
        write(try GraphvizGraph(diagram, engine: engine))
    }

    static func write(_ graph: GraphvizGraph) -> String {
        var out = "graph armsnet {\n"
        out += "  graph [layout=\(quoted(graph.layout))\(list(graph.graphAttributes, leadingComma: true))];\n"
        out += "  node [\(list(graph.nodeDefaults))];\n"
        out += "  edge [\(list(graph.edgeDefaults))];\n"
        for node in graph.nodes {
            out += "  \(quoted(node.name)) [\(list(node.attributes))];\n"
        }
        for edge in graph.edges {
            out += "  \(quoted(edge.tail)) -- \(quoted(edge.head)) [\(list(edge.attributes))];\n"
        }
        out += "}\n"
        return out
    }

    private static func list(_ attributes: GraphvizGraph.Attributes, leadingComma: Bool = false) -> String {
        let items = attributes.map { name, value -> String in
            switch value {
            case .text(let text): return "\(name)=\(quoted(text))"
            case .html(let html): return "\(name)=<\(html)>"
            }
        }
        guard !items.isEmpty else { return "" }
        return (leadingComma ? ", " : "") + items.joined(separator: ", ")
    }

    /// `"value"` with `"` escaped as `\"`.
    static func quoted(_ value: String) -> String {
        var out = "\""
        for scalar in value.unicodeScalars {
            if scalar == "\"" { out += "\\\"" } else { out.unicodeScalars.append(scalar) }
        }
        return out + "\""
    }
}
