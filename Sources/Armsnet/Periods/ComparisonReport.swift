import ArmsnetAnalytics
import ArmsnetGraph
import ArmsnetSupport

/// The parts of a comparison report, in the order they are printed.
public enum ComparisonSection: String, Sendable, CaseIterable {
    /// Countries, firms, links and total weight in each period.
    case summary
    /// Links added and removed, with their weight in both periods.
    case links
    /// Countries and firms new in the later period or gone from it.
    case nodes
    /// Each country's firm partners gained and lost.
    case partners
    /// Risers and fallers by strength and by betweenness.
    case ranks
    /// Nodes whose community changed (ids matched across the periods).
    case communities
}

/// `armsnet compare` output: one `Table` per section. Columns are fixed (`before`/`after`, never
/// the period names) so machines can read any comparison; titles name the periods.
public struct ComparisonReport: Sendable {
    public var comparison: PeriodComparison
    /// Risers and fallers listed per measure, kind and direction.
    public var top: Int
    /// Articles read in each period, when known (not for edge lists).
    public var articles: (before: Int, after: Int)?

    /// - Parameter articlesPerYear: articles read per year, for the summary; nil when unknown.
    public init(_ comparison: PeriodComparison, top: Int = 10, articlesPerYear: [Int?: Int]? = nil) {
        self.comparison = comparison
        self.top = top
        articles = articlesPerYear.map { counts in
            func sum(_ period: Period) -> Int { counts.reduce(0) { $0 + ($1.key.map(period.years.contains) == true ? $1.value : 0) } }
            return (sum(comparison.before), sum(comparison.after))
        }
    }

    /// The report in `format`: for `table` and `markdown` every section with its title; for
    /// `json` one object with the periods and one array per section; for `csv` the sections
    /// separated by a blank line (ask for one section for a single CSV table).
    public func rendered(as format: OutputFormat, sections: [ComparisonSection] = ComparisonSection.allCases) -> String {
        let tables = sections.map { ($0, table($0)) }
        switch format {
        case .json:
            let head = [("before", JSONText.string(comparison.before.description)), ("after", JSONText.string(comparison.after.description)),
                        ("relation", JSONText.string(comparison.relation.rawValue))]
            return "{" + (head + tables.map { ($0.0.rawValue, $0.1.json()) }).map { JSONText.string($0.0) + ":" + $0.1 }.joined(separator: ",\n") + "}\n"
        case .table, .markdown, .csv:
            return tables.map { $0.1.rendered(as: format) }.joined(separator: "\n")
        }
    }

    /// One section as a table.
    public func table(_ section: ComparisonSection) -> Table {
        let periods = "before = \(comparison.before), after = \(comparison.after)"
        switch section {
        case .summary: return summary(periods)
        case .links:
            let c = comparison.links
            return Table(title: "Links added and removed (\(periods))", columns: ["change", "country", "firm", "relation", "before", "after"],
                         rows: c.added.map { row("added", $0) } + c.removed.map { row("removed", $0) })
        case .nodes:
            let n = comparison.nodes
            let rows = n.newCountries.map { node("new", .country($0)) } + n.newFirms.map { node("new", .firm($0)) }
                + n.goneCountries.map { node("gone", .country($0)) } + n.goneFirms.map { node("gone", .firm($0)) }
            return Table(title: "New and gone countries and firms (\(periods))", columns: ["change", "kind", "id", "name"], rows: rows)
        case .partners:
            return Table(title: "Partners gained and lost (\(periods))", columns: ["country", "name", "gained", "lost"],
                         rows: comparison.partners.map {
                             [.text($0.country), .text(comparison.name(of: .country($0.country))),
                              .text($0.gained.joined(separator: "; ")), .text($0.lost.joined(separator: "; "))]
                         })
        case .ranks:
            var rows: [[Cell]] = []
            for (measure, changes) in [("strength", comparison.strength), ("betweenness", comparison.betweenness)] {
                for kind in NodeKind.allCases {
                    rows += changes.risers.lazy.filter { $0.node.kind == kind }.prefix(top).map { rank(measure, "riser", $0) }
                    rows += changes.fallers.lazy.filter { $0.node.kind == kind }.prefix(top).map { rank(measure, "faller", $0) }
                }
            }
            return Table(title: "Risers and fallers, ranked within countries and within firms (\(periods))",
                         columns: ["measure", "move", "kind", "id", "name", "old_rank", "new_rank", "old_score", "new_score"], rows: rows)
        case .communities:
            return Table(title: "Community changes, ids matched by overlap (\(periods))", columns: ["kind", "id", "name", "before", "after"],
                         rows: comparison.communityChanges.map {
                             [.text($0.node.kind.rawValue), .text($0.node.id), .text(comparison.name(of: $0.node)),
                              $0.before.map(Cell.integer) ?? .empty, $0.after.map(Cell.integer) ?? .empty]
                         })
        }
    }

    private func summary(_ periods: String) -> Table {
        let a = comparison.beforeGraph, b = comparison.afterGraph
        func weight(_ graph: BipartiteGraph) -> Cell { Self.weight(graph.edges.reduce(0) { $0 + $1.weight }) }
        let articleRow: [[Cell]] = articles.map { [[.text("articles"), .integer($0.before), .integer($0.after)]] } ?? []
        return Table(title: "Summary (\(periods), \(comparison.relation.rawValue) links)", columns: ["measure", "before", "after"], rows: articleRow + [
            [.text("countries"), .integer(a.countries.count), .integer(b.countries.count)],
            [.text("firms"), .integer(a.firms.count), .integer(b.firms.count)],
            [.text("links"), .integer(a.edges.count), .integer(b.edges.count)],
            [.text("weight"), weight(a), weight(b)],
            [.text("communities (2+ nodes)"), .integer(Self.clusters(comparison.beforeCommunities)), .integer(Self.clusters(comparison.afterCommunities.after))],
        ])
    }

    private func row(_ change: String, _ link: LinkChange) -> [Cell] {
        [.text(change), .text(link.country), .text(link.firm), .text(link.relation.rawValue), Self.weight(link.before), Self.weight(link.after)]
    }

    /// Communities with at least two members (a node alone is no cluster).
    static func clusters(_ membership: [NodeKey: Int]) -> Int {
        membership.values.reduce(into: [Int: Int]()) { $0[$1, default: 0] += 1 }.values.filter { $0 >= 2 }.count
    }

    /// Weights are article counts (whole numbers) unless an edge list gave fractions.
    static func weight(_ value: Double) -> Cell {
        .number(value, decimals: value == value.rounded() ? 0 : 2)
    }

    private func node(_ change: String, _ key: NodeKey) -> [Cell] {
        [.text(change), .text(key.kind.rawValue), .text(key.id), .text(comparison.name(of: key))]
    }

    private func rank(_ measure: String, _ move: String, _ change: RankChange) -> [Cell] {
        [.text(measure), .text(move), .text(change.node.kind.rawValue), .text(change.node.id), .text(comparison.name(of: change.node)),
         .integer(change.oldRank), .integer(change.newRank), .number(change.oldScore, decimals: 2), .number(change.newScore, decimals: 2)]
    }
}
