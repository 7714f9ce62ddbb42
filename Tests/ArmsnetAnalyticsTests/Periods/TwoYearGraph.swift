import ArmsnetExtraction
import ArmsnetGraph

/// A hand-built two-year network with known answers (weights = articles):
///
///     2019  AZE–Nexter 2, AZE–TAI 1, AZE–Thales 1, MLI–Baykar 1, FRA–Thales (home) 1
///     2021  AZE–Thales 2, AZE–Baykar 1, IND–Kalashnikov 1, MLI–Baykar 3, MLI–Hedef 1
///     undated  AZE–Thales 1
enum TwoYearGraph {
    static let links: [(country: String, firm: String, relation: Relation, year: Int?, weight: Double)] = [
        ("AZE", "Nexter", .engagement, 2019, 2), ("AZE", "TAI", .engagement, 2019, 1), ("AZE", "Thales", .engagement, 2019, 1),
        ("MLI", "Baykar", .engagement, 2019, 1), ("FRA", "Thales", .home, 2019, 1),
        ("AZE", "Thales", .engagement, 2021, 2), ("AZE", "Baykar", .engagement, 2021, 1), ("IND", "Kalashnikov", .engagement, 2021, 1),
        ("MLI", "Baykar", .engagement, 2021, 3), ("MLI", "Hedef", .engagement, 2021, 1),
        ("AZE", "Thales", .engagement, nil, 1),
    ]

    static let graph: BipartiteGraph = {
        var builder = GraphBuilder()
        for link in links {
            builder.add(country: CountryNode(iso: link.country, name: link.country),
                        firm: FirmNode(id: link.firm, name: link.firm, listedHome: link.firm == "Thales" ? "FRA" : nil),
                        relation: link.relation, year: link.year, weight: link.weight, articles: Int(link.weight),
                        evidence: [Evidence(articleID: "\(link.country)-\(link.firm)-\(link.year.map(String.init) ?? "undated")",
                                            date: link.year.map { "\($0)-05-01" }, year: link.year, sentence: "\(link.country) met \(link.firm).")])
        }
        return builder.build()
    }()

    /// The engagement links of one year.
    static func engagement(_ year: Int) -> BipartiteGraph { graph.filtered(relations: [.engagement], years: year...year) }
}
