import ArmsnetExtraction

/// The two sides of the network.
public enum NodeKind: String, Sendable, Hashable, Codable, CaseIterable {
    case country
    case firm
}

/// A country node: identified by its ISO 3166-1 alpha-3 code.
public struct CountryNode: Sendable, Hashable {
    public var iso: String
    public var name: String
    public init(iso: String, name: String) {
        self.iso = iso
        self.name = name
    }
}

/// A firm node: identified by its canonical name.
public struct FirmNode: Sendable, Hashable {
    /// Canonical name (the gazetteer's, or the discovered name without corporate suffixes).
    public var id: String
    /// Name shown to people: the canonical name.
    public var name: String
    /// Home country from the gazetteer: an attribute for context, not a `home` link.
    public var listedHome: String?
    public init(id: String, name: String, listedHome: String?) {
        self.id = id
        self.name = name
        self.listedHome = listedHome
    }
}

/// Weight and article count of one edge in one year (`year == nil`: undated articles).
public struct YearSlice: Sendable, Hashable {
    public var year: Int?
    public var weight: Double
    public var articles: Int
    public init(year: Int?, weight: Double, articles: Int) {
        self.year = year
        self.weight = weight
        self.articles = articles
    }
}

/// A country–firm link of one relation, aggregated over articles.
public struct Edge: Sendable, Hashable {
    /// Index into `BipartiteGraph.countries`.
    public var country: Int
    /// Index into `BipartiteGraph.firms`.
    public var firm: Int
    public var relation: Relation
    /// Sum of the year slices' weights (for articles: the number of articles stating the link).
    public var weight: Double
    /// Number of articles stating the link (for edge lists without an `articles` column: 0).
    public var articles: Int
    /// Per-year breakdown, ascending, undated (`nil`) first.
    public var years: [YearSlice]
    /// Evidence sentences, oldest first, at most `BipartiteGraph.evidenceLimit` of them.
    public var evidence: [Evidence]

    public init(country: Int, firm: Int, relation: Relation, weight: Double, articles: Int, years: [YearSlice], evidence: [Evidence]) {
        self.country = country
        self.firm = firm
        self.relation = relation
        self.weight = weight
        self.articles = articles
        self.years = years
        self.evidence = evidence
    }
}

/// A weighted bipartite country–firm graph. Nodes are sorted (countries by ISO code, firms by id)
/// and edges by (country, firm, relation), so the same input always gives the same graph.
/// Build one with `GraphBuilder`.
public struct BipartiteGraph: Sendable, Hashable {
    /// How many evidence sentences an edge keeps (the oldest); `articles` still counts all.
    public static let evidenceLimit = 10

    public private(set) var countries: [CountryNode]
    public private(set) var firms: [FirmNode]
    public private(set) var edges: [Edge]
    private var countryIndex: [String: Int]
    private var firmIndex: [String: Int]

    /// Assembles a graph from parts already in canonical order (used by `GraphBuilder`).
    init(countries: [CountryNode], firms: [FirmNode], edges: [Edge]) {
        self.countries = countries
        self.firms = firms
        self.edges = edges
        countryIndex = Dictionary(uniqueKeysWithValues: countries.enumerated().map { ($1.iso, $0) })
        firmIndex = Dictionary(uniqueKeysWithValues: firms.enumerated().map { ($1.id, $0) })
    }

    /// An empty graph.
    public init() { self.init(countries: [], firms: [], edges: []) }

    /// Index of the country with this ISO code.
    public func countryIndex(of iso: String) -> Int? { countryIndex[iso] }
    /// Index of the firm with this canonical id.
    public func firmIndex(of id: String) -> Int? { firmIndex[id] }

    public var isEmpty: Bool { edges.isEmpty }

    /// The years any edge has, ascending (undated not included).
    public var years: [Int] {
        Array(Set(edges.flatMap { $0.years.compactMap(\.year) })).sorted()
    }
}
