import ArmsnetSupport

/// Two CSV tables: the edges, one row per edge and year, with the header
/// `country,firm,weight,year,relation,articles` (so the file reads back with `--edges`; `year` is
/// empty for undated articles), and the nodes with the header `kind,id,name,listedHome`, the
/// measures and `community`.
public enum CSVWriter {
    public static func writeEdges(_ annotated: AnnotatedGraph, to out: inout some TextOutputStream) {
        let graph = annotated.graph
        out.write(CSVText.row(["country", "firm", "weight", "year", "relation", "articles"]) + "\n")
        for edge in graph.edges {
            for slice in edge.years {
                out.write(CSVText.row([graph.countries[edge.country].iso, graph.firms[edge.firm].id, JSONText.number(slice.weight),
                                       slice.year.map(String.init) ?? "", edge.relation.rawValue, String(slice.articles)]) + "\n")
            }
        }
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
