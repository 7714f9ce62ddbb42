import ArmsnetGraph
import ArmsnetSupport

/// Two CSV tables: the edges as an edge list (`EdgeList.csv`: `country,firm,relation,year,weight,articles`,
/// one row per edge and year, `year` empty for undated articles, so the file reads back with
/// `--edges`), and the nodes with the header `kind,id,name,listedHome`, the measures and `community`.
public enum CSVWriter {
    public static func writeEdges(_ annotated: AnnotatedGraph, to out: inout some TextOutputStream) {
        out.write(EdgeList.csv(annotated.graph))
    }

    public static func writeNodes(_ annotated: AnnotatedGraph, to out: inout some TextOutputStream) {
        var header = ["kind", "id", "name", "listedHome"] + annotated.measures.map(\.name)
        if annotated.communities != nil { header.append("community") }
        out.write(CSVText.row(header) + "\n")
        for dense in 0..<annotated.nodeCount {
            let node = annotated.node(dense)
            var row = [node.kind.rawValue, node.id, node.label, node.listedHome ?? ""]
            row += annotated.measures.map { $0.values[dense].isFinite ? JSONText.number($0.values[dense]) : "" }
            if let communities = annotated.communities { row.append(String(communities[dense])) }
            out.write(CSVText.row(row) + "\n")
        }
    }
}
