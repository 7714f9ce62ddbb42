import ArmsnetAnalytics
import ArmsnetGraph
import ArmsnetSupport

/// `armsnet timeline`: per year, the articles read and the countries, firms and links stated, with
/// the year's heaviest links. Years run ascending; undated articles come last as `undated`.
public struct TimelineReport: Sendable {
    /// One row of the report.
    public struct Row: Sendable, Hashable {
        /// nil: undated articles.
        public var year: Int?
        public var articles: Int?
        public var countries: Int
        public var firms: Int
        public var links: Int
        public var topLinks: [YearLink]
    }

    public var rows: [Row]
    public var relation: RelationFilter

    /// - Parameters:
    ///   - graph: the whole network (all relations, all years).
    ///   - articlesPerYear: articles read per year (nil key: undated), counting those without
    ///     links; nil when the input is an edge list, which has no articles.
    ///   - relation: the links counted.
    ///   - top: how many of each year's heaviest links to show.
    public init(graph: BipartiteGraph, articlesPerYear: [Int?: Int]?, relation: RelationFilter = .engagement, top: Int = 3) {
        self.relation = relation
        let years = Timeline.years(of: graph.filtered(relations: relation.relations), top: top)
        var byYear = Dictionary(uniqueKeysWithValues: years.map { ($0.year, $0) })
        for year in (articlesPerYear ?? [:]).keys where byYear[year] == nil {
            byYear[year] = TimelineYear(year: year, countries: 0, firms: 0, links: 0, topLinks: [])
        }
        rows = byYear.keys.sorted { ($0 ?? Int.max) < ($1 ?? Int.max) }.map { year in
            let y = byYear[year]!
            return Row(year: year, articles: articlesPerYear.map { $0[year] ?? 0 }, countries: y.countries, firms: y.firms,
                       links: y.links, topLinks: y.topLinks)
        }
    }

    public var table: Table {
        Table(title: "Timeline (\(relation.rawValue) links)", columns: ["year", "articles", "countries", "firms", "links", "top_partners"],
              rows: rows.map { row in
                  [.text(row.year.map(String.init) ?? "undated"), row.articles.map(Cell.integer) ?? .empty, .integer(row.countries),
                   .integer(row.firms), .integer(row.links),
                   .text(row.topLinks.map { "\($0.country)–\($0.firm) \(Cell.fixed($0.weight, $0.weight == $0.weight.rounded() ? 0 : 2))" }.joined(separator: "; "))]
              })
    }

    /// The rows as JSON: `[{year, articles, countries, firms, links, top_partners: [{country, firm,
    /// weight}]}]`, with `year` a number (null: undated) and `articles` null for edge lists.
    public var json: String {
        "[" + rows.map { row in
            JSONText.object([
                ("year", JSONText.int(row.year)),
                ("articles", JSONText.int(row.articles)),
                ("countries", String(row.countries)),
                ("firms", String(row.firms)),
                ("links", String(row.links)),
                ("top_partners", "[" + row.topLinks.map { link in
                    JSONText.object([("country", JSONText.string(link.country)), ("firm", JSONText.string(link.firm)),
                                     ("weight", JSONText.number(link.weight))])
                }.joined(separator: ",") + "]"),
            ])
        }.joined(separator: ",\n") + "]\n"
    }
}
