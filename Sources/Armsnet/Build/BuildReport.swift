import ArmsnetAnalytics
import ArmsnetExport
import ArmsnetGraph

/// The rankings `armsnet build` prints: the most central countries and firms over engagement
/// links, and each leading country's top engagement partners.
public struct BuildReport: Sendable {
    public var countries: Table
    public var firms: Table
    public var partners: Table

    /// - Parameters:
    ///   - annotated: the graph with `strength` and `betweenness` computed on engagement links.
    ///   - top: how many countries and firms to list.
    ///   - partnersPerCountry: how many partners per country.
    ///   - betweennessNote: how betweenness was computed, when not exactly (shown in the titles).
    public init(_ annotated: AnnotatedGraph, top: Int, partnersPerCountry: Int, betweennessNote: String? = nil) {
        let graph = annotated.graph
        let csr = CSRGraph(graph, relations: [.engagement])
        let measure = { (name: String) in annotated.measures.first { $0.name == name }?.values ?? Array(repeating: 0, count: csr.nodeCount) }
        let strength = measure(ExportMeasure.strength.rawValue)
        let betweenness = measure(ExportMeasure.betweenness.rawValue)
        let name = { (node: Int) in NodeNames.name(of: node, in: graph) }

        func rows(_ kind: NodeKind) -> [[Cell]] {
            Ranking.top(strength, in: csr, kind: kind, limit: top).map { ranked in
                let identity: [Cell] = kind == .country
                    ? [.text(NodeNames.id(of: ranked.node, in: graph)), .text(name(ranked.node))]
                    : [.text(name(ranked.node)), graph.firms[ranked.node - graph.countries.count].listedHome.map { .text($0) } ?? .empty]
                return [.integer(ranked.rank)] + identity
                    + [.number(ranked.score, decimals: 0), .integer(csr.degree(of: ranked.node)), .number(betweenness[ranked.node], decimals: 4)]
            }
        }
        let note = betweennessNote.map { "; betweenness \($0)" } ?? ""
        countries = Table(title: "Most central countries (engagement links, by strength\(note))",
                          columns: ["rank", "iso", "country", "strength", "partners", "betweenness"], rows: rows(.country))
        firms = Table(title: "Most central firms (engagement links, by strength\(note))",
                      columns: ["rank", "firm", "listed home", "strength", "partners", "betweenness"], rows: rows(.firm))
        partners = Table(title: "Top engagement partners of the leading countries",
                         columns: ["iso", "country", "partners (weight)"],
                         rows: Ranking.top(strength, in: csr, kind: .country, limit: top).map { country in
                             let list = Ranking.partners(of: country.node, in: csr, limit: partnersPerCountry)
                                 .map { "\(name($0.node)) (\(Cell.fixed($0.score, 0)))" }.joined(separator: ", ")
                             return [.text(NodeNames.id(of: country.node, in: graph)), .text(name(country.node)), .text(list)]
                         })
    }

    /// The three tables in `format` (JSON: one object with three arrays).
    public func rendered(as format: OutputFormat) -> String {
        switch format {
        case .json:
            return "{\"countries\":\(countries.json()),\n\"firms\":\(firms.json()),\n\"partners\":\(partners.json())}\n"
        case .csv:
            return [countries, firms, partners].map { $0.rendered(as: .csv) }.joined(separator: "\n")
        case .table, .markdown:
            return [countries, firms, partners].map { $0.rendered(as: format) }.joined(separator: "\n")
        }
    }
}

/// Names of dense ids (countries first, then firms) for reports.
public enum NodeNames {
    /// ISO code or firm id.
    public static func id(of node: Int, in graph: BipartiteGraph) -> String {
        node < graph.countries.count ? graph.countries[node].iso : graph.firms[node - graph.countries.count].id
    }

    /// Country name or firm name.
    public static func name(of node: Int, in graph: BipartiteGraph) -> String {
        node < graph.countries.count ? graph.countries[node].name : graph.firms[node - graph.countries.count].name
    }
}
