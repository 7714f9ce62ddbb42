import ArmsnetExtraction
import ArmsnetGraph

/// A country–firm link of one relation with its weight in two periods (0 where it is absent).
public struct LinkChange: Sendable, Hashable {
    /// ISO code.
    public var country: String
    /// Canonical firm id.
    public var firm: String
    public var relation: Relation
    public var before: Double
    public var after: Double

    public init(country: String, firm: String, relation: Relation, before: Double, after: Double) {
        self.country = country
        self.firm = firm
        self.relation = relation
        self.before = before
        self.after = after
    }
}

/// The links of two periods' graphs split into added, removed and kept.
public struct LinkDiff: Sendable, Hashable {
    /// Links only in the later graph, heaviest (later weight) first.
    public var added: [LinkChange]
    /// Links only in the earlier graph, heaviest (earlier weight) first.
    public var removed: [LinkChange]
    /// Links in both, by country, firm and relation.
    public var kept: [LinkChange]

    /// Compares the links of `before` and `after`, matched by (country ISO, firm id, relation).
    /// Ties in weight are broken by country, firm and relation, so the order is deterministic.
    /// - Complexity: O(E log E) for E links in both graphs together.
    public init(before: BipartiteGraph, after: BipartiteGraph) {
        let old = Self.weights(before)
        let new = Self.weights(after)
        func change(_ key: Key) -> LinkChange {
            LinkChange(country: key.country, firm: key.firm, relation: key.relation, before: old[key] ?? 0, after: new[key] ?? 0)
        }
        added = new.keys.filter { old[$0] == nil }.map(change).sorted { ($1.after, $0.country, $0.firm, $0.relation) < ($0.after, $1.country, $1.firm, $1.relation) }
        removed = old.keys.filter { new[$0] == nil }.map(change).sorted { ($1.before, $0.country, $0.firm, $0.relation) < ($0.before, $1.country, $1.firm, $1.relation) }
        kept = old.keys.filter { new[$0] != nil }.map(change).sorted { ($0.country, $0.firm, $0.relation) < ($1.country, $1.firm, $1.relation) }
    }

    /// A diff from lists already split and ordered (for a selection of another diff's links).
    public init(added: [LinkChange], removed: [LinkChange], kept: [LinkChange]) {
        self.added = added
        self.removed = removed
        self.kept = kept
    }

    private struct Key: Hashable {
        var country: String
        var firm: String
        var relation: Relation
    }

    private static func weights(_ graph: BipartiteGraph) -> [Key: Double] {
        Dictionary(uniqueKeysWithValues: graph.edges.map {
            (Key(country: graph.countries[$0.country].iso, firm: graph.firms[$0.firm].id, relation: $0.relation), $0.weight)
        })
    }
}
