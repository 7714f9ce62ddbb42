import ArmsnetExport
import ArmsnetExtraction
import ArmsnetGraph
import Foundation

/// A small annotated graph for the export tests, with known contents:
///
///     AZE–Nexter    engagement  2019: 2, 2021: 1
///     AZE–Thales    engagement  2019: 1, undated: 1
///     FRA–Thales    home 2019: 1; engagement 2020: 1   (two parallel edges)
///     MLI–<hostile> engagement  2021: 3
///
/// The hostile firm name holds markup, quotes, a newline and characters XML 1.0 forbids.
enum ExportFixture {
    static let hostileName = "Evil \"<Firm>\" & Co's\u{1}\u{FFFE}\nLtd"
    /// What an XML reader gives back for the hostile name: the forbidden characters removed.
    static let hostileNameInXML = "Evil \"<Firm>\" & Co's\nLtd"

    static let graph: BipartiteGraph = {
        let names = ["AZE": "Azerbaijan", "FRA": "France", "MLI": "Mali"]
        let links: [(String, String, Relation, Int?, Double)] = [
            ("AZE", "Nexter", .engagement, 2019, 2), ("AZE", "Nexter", .engagement, 2021, 1),
            ("AZE", "Thales", .engagement, 2019, 1), ("AZE", "Thales", .engagement, nil, 1),
            ("FRA", "Thales", .home, 2019, 1), ("FRA", "Thales", .engagement, 2020, 1),
            ("MLI", hostileName, .engagement, 2021, 3),
        ]
        var builder = GraphBuilder()
        for (country, firm, relation, year, weight) in links {
            builder.add(country: CountryNode(iso: country, name: names[country]!),
                        firm: FirmNode(id: firm, name: firm, listedHome: firm == "Thales" || firm == "Nexter" ? "FRA" : nil),
                        relation: relation, year: year, weight: weight, articles: Int(weight),
                        evidence: [Evidence(articleID: "a", date: nil, year: year, sentence: "s")])
        }
        return builder.build()
    }()

    /// Nodes in dense order: AZE, FRA, MLI, Evil…, Nexter, Thales.
    static let annotated = AnnotatedGraph(
        graph: graph,
        measures: [NodeMeasure(name: "strength", values: [5, 2, 3, 3, 3, 4]),
                   NodeMeasure(name: "betweenness", values: [0.5, 0, 0, 0, 0.25, 0.125])],
        communities: [0, 0, 1, 1, 0, 0])

    /// The text a writer produces.
    static func text(_ write: (inout String) -> Void) -> String {
        var out = ""
        write(&out)
        return out
    }

    /// A fresh empty folder under the temporary folder.
    static func scratchFolder() throws -> URL {
        let url = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("armsnet-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
