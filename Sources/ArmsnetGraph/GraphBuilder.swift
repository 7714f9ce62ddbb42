import ArmsnetExtraction

/// Accumulates links from extractions or edge lists and builds a `BipartiteGraph` in canonical order.
/// Adding the same links in any order gives the same graph.
public struct GraphBuilder: Sendable {
    private struct EdgeKey: Hashable {
        var country: String
        var firm: String
        var relation: Relation
    }
    private struct Accumulator {
        var slices: [Int?: YearSlice] = [:]
        var evidence: [Evidence] = []

        /// Updated in place through `edges[key, default:]`, so the arrays are never copied.
        mutating func add(year: Int?, weight: Double, articles: Int, evidence more: [Evidence]) {
            slices[year, default: YearSlice(year: year, weight: 0, articles: 0)].weight += weight
            slices[year]!.articles += articles
            guard !more.isEmpty else { return }
            evidence.append(contentsOf: more)
            if evidence.count > 4 * BipartiteGraph.evidenceLimit {
                evidence.sort()
                evidence.removeLast(evidence.count - BipartiteGraph.evidenceLimit)
            }
        }
    }

    private var countries: [String: CountryNode] = [:]
    private var firms: [String: FirmNode] = [:]
    private var edges: [EdgeKey: Accumulator] = [:]
    /// Display names of countries by ISO code; codes without one are shown as the code.
    private let countryNames: [String: String]

    public init(countryNames: [String: String] = [:]) {
        self.countryNames = countryNames
    }

    /// Adds one link (or one year's worth of an edge-list row).
    public mutating func add(country: CountryNode, firm: FirmNode, relation: Relation, year: Int?, weight: Double, articles: Int, evidence: [Evidence]) {
        if countries[country.iso] == nil { countries[country.iso] = country }
        if let known = firms[firm.id] {
            if known.listedHome == nil, firm.listedHome != nil { firms[firm.id] = firm }
        } else {
            firms[firm.id] = firm
        }
        let key = EdgeKey(country: country.iso, firm: firm.id, relation: relation)
        edges[key, default: Accumulator()].add(year: year, weight: weight, articles: articles, evidence: evidence)
    }

    /// Adds every pair of one article: each (country, firm, relation) weighs 1 for the article.
    /// Evidence names the article's URL when it has one, else its source.
    public mutating func add(_ extraction: ArticleExtraction) {
        let firmsByName = Dictionary(extraction.firms.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        for pair in extraction.pairs {
            let listed = firmsByName[pair.firm]?.listedHome
            let evidence = pair.evidence.prefix(1).map {
                Evidence(articleID: extraction.id, date: extraction.date, year: extraction.year, sentence: $0, source: extraction.url ?? extraction.source)
            }
            add(country: CountryNode(iso: pair.country, name: countryNames[pair.country] ?? pair.country),
                firm: FirmNode(id: pair.firmID, name: pair.firmID, listedHome: listed),
                relation: pair.relation, year: extraction.year, weight: 1, articles: 1, evidence: evidence)
        }
    }

    /// The graph: countries sorted by ISO code, firms by id, edges by (country, firm, relation).
    public func build() -> BipartiteGraph {
        let countryList = countries.values.sorted { $0.iso < $1.iso }
        let firmList = firms.values.sorted { $0.id < $1.id }
        let countryIndex = Dictionary(uniqueKeysWithValues: countryList.enumerated().map { ($1.iso, $0) })
        let firmIndex = Dictionary(uniqueKeysWithValues: firmList.enumerated().map { ($1.id, $0) })
        var edgeList: [Edge] = edges.map { key, accumulator in
            let slices = accumulator.slices.values.sorted { ($0.year ?? Int.min) < ($1.year ?? Int.min) }
            return Edge(country: countryIndex[key.country]!, firm: firmIndex[key.firm]!, relation: key.relation,
                        weight: slices.reduce(0) { $0 + $1.weight }, articles: slices.reduce(0) { $0 + $1.articles },
                        years: slices, evidence: Array(Set(accumulator.evidence).sorted().prefix(BipartiteGraph.evidenceLimit)))
        }
        edgeList.sort { ($0.country, $0.firm, $0.relation) < ($1.country, $1.firm, $1.relation) }
        return BipartiteGraph(countries: countryList, firms: firmList, edges: edgeList)
    }
}
