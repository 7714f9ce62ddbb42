import ArmsnetSupport

/// GraphML (http://graphml.graphdrawing.org/) for networkx (`read_graphml`), Cytoscape and yEd.
///
/// Nodes have ids `country:ISO` / `firm:NAME` and the attributes `kind`, `label`, `iso` (countries),
/// `listedHome` (firms), one `double` per measure and `community`. Edges are undirected and carry
/// `relation`, `weight`, `articles`, `years` (dated years, comma-separated), `yearWeights`
/// (`YEAR:WEIGHT` pairs, `undated:WEIGHT` for undated articles), `firstYear` and `lastYear`.
/// A country and firm linked by both relations give two parallel edges (networkx then reads a MultiGraph).
public enum GraphMLWriter {
    public static func write(_ annotated: AnnotatedGraph, to out: inout some TextOutputStream) {
        out.write("""
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

            """)
        var nodeKeys: [(id: String, type: String)] = [("kind", "string"), ("label", "string"), ("iso", "string"), ("listedHome", "string")]
        nodeKeys += annotated.measures.map { ($0.name, "double") }
        if annotated.communities != nil { nodeKeys.append(("community", "int")) }
        for key in nodeKeys { out.write(keyLine(key.id, for: "node", type: key.type)) }
        let edgeKeys = [("relation", "string"), ("weight", "double"), ("articles", "int"), ("years", "string"),
                        ("yearWeights", "string"), ("firstYear", "int"), ("lastYear", "int")]
        for key in edgeKeys { out.write(keyLine(key.0, for: "edge", type: key.1)) }
        out.write("  <graph id=\"armsnet\" edgedefault=\"undirected\">\n")
        for dense in 0..<annotated.nodeCount {
            let node = annotated.node(dense)
            out.write("    <node id=\"\(XMLText.escaped(annotated.nodeID(dense)))\">\n")
            out.write(data("kind", node.kind.rawValue))
            out.write(data("label", node.label))
            if let iso = node.iso { out.write(data("iso", iso)) }
            if let home = node.listedHome { out.write(data("listedHome", home)) }
            for measure in annotated.measures where measure.values[dense].isFinite {
                out.write(data(measure.name, JSONText.number(measure.values[dense])))
            }
            if let communities = annotated.communities { out.write(data("community", String(communities[dense]))) }
            out.write("    </node>\n")
        }
        for (i, edge) in annotated.graph.edges.enumerated() {
            out.write("    <edge id=\"e\(i)\" source=\"\(XMLText.escaped(annotated.nodeID(edge.country)))\" target=\"\(XMLText.escaped(annotated.nodeID(annotated.firmNode(edge))))\">\n")
            out.write(data("relation", edge.relation.rawValue))
            out.write(data("weight", JSONText.number(edge.weight)))
            out.write(data("articles", String(edge.articles)))
            let dated = edge.years.compactMap(\.year)
            out.write(data("years", dated.map(String.init).joined(separator: ",")))
            out.write(data("yearWeights", edge.years.map { "\($0.year.map(String.init) ?? "undated"):\(JSONText.number($0.weight))" }.joined(separator: ",")))
            if let first = dated.first, let last = dated.last {
                out.write(data("firstYear", String(first)))
                out.write(data("lastYear", String(last)))
            }
            out.write("    </edge>\n")
        }
        out.write("  </graph>\n</graphml>\n")
    }

    private static func keyLine(_ name: String, for domain: String, type: String) -> String {
        "  <key id=\"\(name)\" for=\"\(domain)\" attr.name=\"\(name)\" attr.type=\"\(type)\"/>\n"
    }

    private static func data(_ key: String, _ value: String) -> String {
        "      <data key=\"\(key)\">\(XMLText.escaped(value))</data>\n"
    }
}
