import ArmsnetExtraction
import ArmsnetGraph

/// One link's weight in one year, for a year's top partners.
public struct YearLink: Sendable, Hashable {
    /// ISO code.
    public var country: String
    /// Canonical firm id.
    public var firm: String
    public var relation: Relation
    public var weight: Double

    public init(country: String, firm: String, relation: Relation, weight: Double) {
        self.country = country
        self.firm = firm
        self.relation = relation
        self.weight = weight
    }
}

/// The size of the network in one year.
public struct TimelineYear: Sendable, Hashable {
    /// nil: undated articles.
    public var year: Int?
    /// Countries with a link that year.
    public var countries: Int
    /// Firms with a link that year.
    public var firms: Int
    /// Links (country, firm, relation) stated that year.
    public var links: Int
    /// The heaviest links of the year, heaviest first (ties by country, firm, relation).
    public var topLinks: [YearLink]

    public init(year: Int?, countries: Int, firms: Int, links: Int, topLinks: [YearLink]) {
        self.year = year
        self.countries = countries
        self.firms = firms
        self.links = links
        self.topLinks = topLinks
    }
}

/// The network year by year, from the edges' year slices.
public enum Timeline {
    /// One entry per year any edge has, ascending, undated (`year == nil`) first when present.
    /// - Parameters:
    ///   - graph: the graph, already filtered to the relations wanted.
    ///   - top: how many of each year's heaviest links to keep.
    /// - Complexity: O(S log S) for S year slices.
    public static func years(of graph: BipartiteGraph, top: Int) -> [TimelineYear] {
        var links: [Int?: [YearLink]] = [:]
        var countries: [Int?: Set<Int>] = [:]
        var firms: [Int?: Set<Int>] = [:]
        for edge in graph.edges {
            for slice in edge.years {
                links[slice.year, default: []].append(YearLink(country: graph.countries[edge.country].iso, firm: graph.firms[edge.firm].id,
                                                               relation: edge.relation, weight: slice.weight))
                countries[slice.year, default: []].insert(edge.country)
                firms[slice.year, default: []].insert(edge.firm)
            }
        }
        return links.keys.sorted { ($0 ?? Int.min) < ($1 ?? Int.min) }.map { year in
            let all = links[year]!
            let heaviest = all.sorted { $0.weight != $1.weight ? $0.weight > $1.weight : ($0.country, $0.firm, $0.relation) < ($1.country, $1.firm, $1.relation) }
            return TimelineYear(year: year, countries: countries[year]!.count, firms: firms[year]!.count, links: all.count,
                                topLinks: Array(heaviest.prefix(top)))
        }
    }
}
