import Foundation
import ArmsnetAnalytics
import ArmsnetExtraction
import ArmsnetGraph

/// `armsnet rank`: the top countries and firms by a measure, or one node's top partners by link weight.
public struct RankJob: Sendable {
    public var measure: Measure
    public var relation: RelationFilter
    /// Nodes listed per side (or partners listed).
    public var top: Int
    /// Only this side; nil lists both, countries first.
    public var kind: NodeKind?
    /// List this country's partners instead of a ranking (ISO code or name).
    public var country: String?
    /// List this firm's partners instead of a ranking: canonical id, display name or alias, any case.
    public var firm: String?
    /// Other names of firms (alias → canonical id), from the gazetteer and the articles, tried for
    /// `firm` after the graph's own ids and names.
    public var firmAliases: [(alias: String, canonical: String)]
    /// Estimate betweenness from this many sampled sources (nil: exact).
    public var pivots: Int?
    /// Seed of the pivot sample.
    public var seed: UInt64

    public init(measure: Measure = .strength, relation: RelationFilter = .engagement, top: Int = 10, kind: NodeKind? = nil,
                country: String? = nil, firm: String? = nil, firmAliases: [(alias: String, canonical: String)] = [],
                pivots: Int? = nil, seed: UInt64 = 42) {
        self.firmAliases = firmAliases
        self.measure = measure
        self.relation = relation
        self.top = top
        self.kind = kind
        self.country = country
        self.firm = firm
        self.pivots = pivots
        self.seed = seed
    }

    /// Columns of every ranking; `score` is the measure, or the link weight for partners.
    public static let columns = ["rank", "kind", "id", "name", "score"]

    /// The ranking (or partner list) of `graph` as a table with `columns`.
    /// - Parameter period: shown in the title only (the graph is already restricted to it).
    /// - Throws: `RankingError` when `country` or `firm` is not in the graph.
    public func table(_ graph: BipartiteGraph, period: Period? = nil) throws -> Table {
        let csr = CSRGraph(graph, relations: relation.relations)
        let scope = "\(relation.rawValue) links" + (period.map { ", \($0)" } ?? "")
        if let country {
            let node = try Self.country(country, in: graph)
            let name = graph.countries[node].name
            return Table(title: "Top \(relation == .engagement ? "engagement " : "")partners of \(graph.countries[node].iso)"
                             + (name == graph.countries[node].iso ? "" : " (\(name))") + " by link weight (\(scope))",
                         columns: Self.columns, rows: rows(Ranking.partners(of: node, in: csr, limit: top), graph: graph, csr: csr))
        }
        if let firm {
            let node = try Self.firm(firm, in: graph, aliases: firmAliases) + graph.countries.count
            return Table(title: "Top \(relation == .engagement ? "engagement " : "")partners of \(graph.firms[node - graph.countries.count].name) by link weight (\(scope))",
                         columns: Self.columns, rows: rows(Ranking.partners(of: node, in: csr, limit: top), graph: graph, csr: csr))
        }
        let scores = measure.scores(csr, pivots: pivots, seed: seed)
        let kinds = kind.map { [$0] } ?? NodeKind.allCases
        let ranked = kinds.flatMap { Ranking.top(scores, in: csr, kind: $0, limit: top) }
        let sides = kind.map { $0 == .country ? "countries" : "firms" } ?? "countries and firms"
        return Table(title: "Top \(top) \(sides) by \(measure.rawValue) (\(scope))", columns: Self.columns, rows: rows(ranked, graph: graph, csr: csr))
    }

    /// Every firm alias of `gazetteer` (bundled and overlay) with its canonical id, for `firmAliases`.
    public static func firmAliases(_ gazetteer: Gazetteer) -> [(alias: String, canonical: String)] {
        gazetteer.firms.flatMap { entry in entry.aliases.map { (alias: $0, canonical: entry.name) } }
    }

    /// Firm names as written in the articles with their canonical ids, for `firmAliases`.
    public static func firmAliases(_ extraction: ArticleExtraction) -> [(alias: String, canonical: String)] {
        extraction.firms.flatMap { firm in ([firm.name] + firm.aliases).map { (alias: $0, canonical: firm.canonical) } }
    }

    /// A note for standard error when `graph` has no links of `relation` (e.g. "no links in 1990"),
    /// so an empty table is explained; nil otherwise.
    public static func emptyNote(_ graph: BipartiteGraph, relation: RelationFilter, period: Period?) -> String? {
        guard CSRGraph(graph, relations: relation.relations).edgeCount == 0 else { return nil }
        let links = relation == .both ? "links" : "\(relation.rawValue) links"
        return "no \(links)" + (period.map { " in \($0)" } ?? " in the input")
    }

    /// `table(graph)` in `format`.
    public func run(_ graph: BipartiteGraph, period: Period? = nil, format: OutputFormat) throws -> String {
        try table(graph, period: period).rendered(as: format)
    }

    private func rows(_ ranked: [RankedNode], graph: BipartiteGraph, csr: CSRGraph) -> [[Cell]] {
        ranked.map { entry in
            let (kind, id, name) = Self.label(entry.node, graph: graph)
            return [.integer(entry.rank), .text(kind.rawValue), .text(id), .text(name), .number(entry.score, decimals: 4)]
        }
    }

    /// Kind, id (ISO code or canonical firm name) and display name of a dense id.
    static func label(_ node: Int, graph: BipartiteGraph) -> (NodeKind, String, String) {
        if node < graph.countries.count {
            let country = graph.countries[node]
            return (.country, country.iso, country.name)
        }
        let firm = graph.firms[node - graph.countries.count]
        return (.firm, firm.id, firm.name)
    }

    /// The country with this ISO code or name (case-insensitive).
    static func country(_ text: String, in graph: BipartiteGraph) throws -> Int {
        if let index = graph.countryIndex(of: text.uppercased()) { return index }
        if let index = graph.countries.firstIndex(where: { $0.name.lowercased() == text.lowercased() }) { return index }
        throw RankingError.unknownCountry(text)
    }

    /// The firm `text` names: its canonical id exactly; else the firms whose id or display name
    /// equals it ignoring case; else the firms one of `aliases` (gazetteer and article names) maps
    /// it to, ignoring case.
    /// - Throws: `RankingError.unknownFirm`, or `.ambiguousFirm` listing the candidates' ids.
    static func firm(_ text: String, in graph: BipartiteGraph, aliases: [(alias: String, canonical: String)] = []) throws -> Int {
        if let index = graph.firmIndex(of: text) { return index }
        let wanted = text.trimmingCharacters(in: .whitespaces).lowercased()
        func unique(_ indices: [Int]) throws -> Int? {
            let found = Array(Set(indices)).sorted()
            if found.count > 1 { throw RankingError.ambiguousFirm(text, candidates: found.map { graph.firms[$0].id }) }
            return found.first
        }
        if let index = try unique(graph.firms.indices.filter { graph.firms[$0].id.lowercased() == wanted || graph.firms[$0].name.lowercased() == wanted }) {
            return index
        }
        var byLowercasedID: [String: [Int]] = [:]
        for (index, firm) in graph.firms.enumerated() { byLowercasedID[firm.id.lowercased(), default: []].append(index) }
        let aliased = aliases.filter { $0.alias.lowercased() == wanted }.flatMap { byLowercasedID[$0.canonical.lowercased()] ?? [] }
        if let index = try unique(aliased) { return index }
        throw RankingError.unknownFirm(text)
    }
}
