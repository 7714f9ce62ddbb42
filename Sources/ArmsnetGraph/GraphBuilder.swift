import ArmsnetExtraction
import ArmsnetSupport

/// Accumulates links from extractions or edge lists and builds a `BipartiteGraph` in canonical order.
/// Adding the same links in any order gives the same graph, and so does filling several builders
/// with parts of them and building them together (`build(_:)`): the extraction threads each fill their own.
public struct GraphBuilder: Sendable {
    private struct EdgeKey: Hashable, Sendable {
        var country: String
        var firm: String
        var relation: Relation
    }

    private var countries: [String: CountryNode] = [:]
    private var firms: [String: FirmNode] = [:]
    private var edges: [EdgeKey: EdgeTally] = [:]
    /// Display names of countries by ISO code; codes without one are shown as the code.
    private let countryNames: [String: String]

    public init(countryNames: [String: String] = [:]) {
        self.countryNames = countryNames
    }

    /// Adds one link (or one year's worth of an edge-list row).
    public mutating func add(country: CountryNode, firm: FirmNode, relation: Relation, year: Int?, weight: Double, articles: Int, evidence: [Evidence]) {
        add(country)
        add(firm)
        let key = EdgeKey(country: country.iso, firm: firm.id, relation: relation)
        edges[key, default: EdgeTally()].add(year: year, weight: weight, articles: articles, evidence: evidence)
    }

    /// Adds every pair of one article: each (country, firm, relation) weighs 1 for the article.
    /// Evidence names the article's URL when it has one, else its source.
    public mutating func add(_ extraction: ArticleExtraction) {
        for pair in extraction.pairs {
            if countries[pair.country] == nil {
                countries[pair.country] = CountryNode(iso: pair.country, name: countryNames[pair.country] ?? pair.country)
            }
            // The first firm of the article with the pair's name, as a dictionary keeping the first would give.
            let listed = extraction.firms.first { $0.name == pair.firm }?.listedHome
            add(FirmNode(id: pair.firmID, name: pair.firmID, listedHome: listed))
            let key = EdgeKey(country: pair.country, firm: pair.firmID, relation: pair.relation)
            edges[key, default: EdgeTally()].add(year: extraction.year, weight: 1, articles: 1, evidence: pair.evidence.prefix(1).lazy.map {
                Evidence(articleID: extraction.id, date: extraction.date, year: extraction.year, sentence: $0, source: extraction.url ?? extraction.source)
            })
        }
    }

    /// The graph: countries sorted by ISO code, firms by id, edges by (country, firm, relation).
    public func build() -> BipartiteGraph { Self.build([self]) }

    /// The graph of the links of all `builders` together, as if they had all been added to one
    /// builder; each builder's edges are completed from the others on a core of its own. Weights
    /// of the same edge and year are summed in another grouping, which changes nothing for whole
    /// numbers (article counts) or when only one builder has the edge and year.
    /// - Complexity: O(E log E + E × builders × `BipartiteGraph.evidenceLimit`).
    public static func build(_ builders: [GraphBuilder]) -> BipartiteGraph {
        var nodes = GraphBuilder()
        for builder in builders {
            builder.countries.values.forEach { nodes.add($0) }
            builder.firms.values.forEach { nodes.add($0) }
        }
        let countryList = nodes.countries.values.sorted { $0.iso < $1.iso }
        let firmList = nodes.firms.values.sorted { $0.id < $1.id }
        let countryIndex = Dictionary(uniqueKeysWithValues: countryList.enumerated().map { ($1.iso, $0) })
        let firmIndex = Dictionary(uniqueKeysWithValues: firmList.enumerated().map { ($1.id, $0) })
        let parts = Concurrently.map(Array(builders.indices)) { i in
            builders[i].edges.compactMap { key, tally -> Edge? in
                // Each edge is completed by the first builder that has it.
                guard !builders[..<i].contains(where: { $0.edges[key] != nil }) else { return nil }
                var tally = tally
                for later in builders[(i + 1)...] {
                    if let more = later.edges[key] { tally.merge(more) }
                }
                let slices = tally.sortedSlices
                return Edge(country: countryIndex[key.country]!, firm: firmIndex[key.firm]!, relation: key.relation,
                            weight: slices.reduce(0) { $0 + $1.weight }, articles: slices.reduce(0) { $0 + $1.articles },
                            years: slices, evidence: tally.evidence)
            }
        }
        var edgeList = Array(parts.joined())
        edgeList.sort { ($0.country, $0.firm, $0.relation) < ($1.country, $1.firm, $1.relation) }
        return BipartiteGraph(countries: countryList, firms: firmList, edges: edgeList)
    }

    private mutating func add(_ country: CountryNode) {
        if countries[country.iso] == nil { countries[country.iso] = country }
    }

    /// A firm seen with a listed home keeps it.
    private mutating func add(_ firm: FirmNode) {
        if let known = firms[firm.id] {
            if known.listedHome == nil, firm.listedHome != nil { firms[firm.id] = firm }
        } else {
            firms[firm.id] = firm
        }
    }
}
