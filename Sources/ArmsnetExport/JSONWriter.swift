import ArmsnetGraph
import ArmsnetSupport

/// networkx's node-link JSON (`networkx.node_link_graph(json.load(f))` reads it back as a
/// MultiGraph): `nodes` with the GraphML attributes (missing ones as `null`), `edges` with
/// `source`, `target`, `key` (0, or 1 for a second relation between the same pair), `relation`,
/// `weight`, `articles` and `years` (`[{year, weight, articles}]`, `year` null for undated articles).
public enum JSONWriter {
    public static func write(_ annotated: AnnotatedGraph, to out: inout some TextOutputStream) {
        write(annotated, edges: Edges(annotated.graph), to: &out)
    }

    /// Writes the file with its `edges` array made beforehand (it needs no measures, so it can be
    /// made while they are computed).
    /// - Precondition: `edges` was made from `annotated.graph`.
    public static func write(_ annotated: AnnotatedGraph, edges: Edges, to out: inout some TextOutputStream) {
        precondition(edges.count == annotated.graph.edges.count, "the edges text is of another graph")
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
        out.write(edges.text)
        out.write("\n]}\n")
    }

    /// The text of a graph's `edges` array, one edge per line.
    public struct Edges: Sendable {
        /// Edges written.
        public let count: Int
        let text: String

        public init(_ graph: BipartiteGraph) {
            let annotated = AnnotatedGraph(graph: graph)
            // Each node's id as a string literal, escaped once rather than once per edge.
            let ids = (0..<annotated.nodeCount).map { dense in
                var id = JSONBuffer(capacity: 32)
                id.string(annotated.nodeID(dense))
                return id.bytes
            }
            var out = JSONBuffer(capacity: graph.edges.count * 160)
            var previous: (country: Int, firm: Int)?
            var key = 0
            for (i, edge) in graph.edges.enumerated() {
                key = previous.map { $0 == (edge.country, edge.firm) } == true ? key + 1 : 0
                previous = (edge.country, edge.firm)
                out.raw(i > 0 ? ",\n{\"source\":" : "{\"source\":")
                out.raw(ids[edge.country])
                out.raw(",\"target\":")
                out.raw(ids[annotated.firmNode(edge)])
                out.raw(",\"key\":")
                out.int(key)
                out.raw(",\"relation\":")
                out.string(edge.relation.rawValue)
                out.raw(",\"weight\":")
                out.number(edge.weight)
                out.raw(",\"articles\":")
                out.int(edge.articles)
                out.raw(",\"years\":[")
                for (j, slice) in edge.years.enumerated() {
                    out.raw(j > 0 ? ",{\"year\":" : "{\"year\":")
                    out.int(slice.year)
                    out.raw(",\"weight\":")
                    out.number(slice.weight)
                    out.raw(",\"articles\":")
                    out.int(slice.articles)
                    out.raw("}")
                }
                out.raw("]}")
            }
            text = out.text
            count = graph.edges.count
        }
    }
}
