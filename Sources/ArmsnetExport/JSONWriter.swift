import ArmsnetSupport

/// networkx's node-link JSON (`networkx.node_link_graph(json.load(f))` reads it back as a
/// MultiGraph): `nodes` with the GraphML attributes (missing ones as `null`), `edges` with
/// `source`, `target`, `key` (0, or 1 for a second relation between the same pair), `relation`,
/// `weight`, `articles` and `years` (`[{year, weight, articles}]`, `year` null for undated articles).
public enum JSONWriter {
    public static func write(_ annotated: AnnotatedGraph, to out: inout some TextOutputStream) {
        out.write("{\"directed\":false,\"multigraph\":true,\"graph\":{\"generator\":\"armsnet\"},\n\"nodes\":[\n")
        for dense in 0..<annotated.nodeCount {
            let node = annotated.node(dense)
            var fields = [("id", JSONText.string(annotated.nodeID(dense))), ("kind", JSONText.string(node.kind.rawValue)),
                          ("label", JSONText.string(node.label)), ("iso", JSONText.string(node.iso)), ("listedHome", JSONText.string(node.listedHome))]
            fields += annotated.measures.map { ($0.name, JSONText.number($0.values[dense])) }
            if let communities = annotated.communities { fields.append(("community", String(communities[dense]))) }
            out.write((dense > 0 ? ",\n" : "") + JSONText.object(fields))
        }
        out.write("\n],\n\"edges\":[\n")
        var previous: (country: Int, firm: Int)?
        var key = 0
        for (i, edge) in annotated.graph.edges.enumerated() {
            key = previous.map { $0 == (edge.country, edge.firm) } == true ? key + 1 : 0
            previous = (edge.country, edge.firm)
            let years = "[" + edge.years.map {
                JSONText.object([("year", JSONText.int($0.year)), ("weight", JSONText.number($0.weight)), ("articles", String($0.articles))])
            }.joined(separator: ",") + "]"
            out.write((i > 0 ? ",\n" : "") + JSONText.object([
                ("source", JSONText.string(annotated.nodeID(edge.country))), ("target", JSONText.string(annotated.nodeID(annotated.firmNode(edge)))),
                ("key", String(key)), ("relation", JSONText.string(edge.relation.rawValue)), ("weight", JSONText.number(edge.weight)),
                ("articles", String(edge.articles)), ("years", years),
            ]))
        }
        out.write("\n]}\n")
    }
}
