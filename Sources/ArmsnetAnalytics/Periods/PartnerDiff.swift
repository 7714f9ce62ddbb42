import ArmsnetGraph

/// One country's firm partners gained and lost between two periods.
public struct PartnerChange: Sendable, Hashable {
    /// ISO code.
    public var country: String
    /// Firm ids linked in the later period but not the earlier one, sorted.
    public var gained: [String]
    /// Firm ids linked in the earlier period but not the later one, sorted.
    public var lost: [String]

    public init(country: String, gained: [String], lost: [String]) {
        self.country = country
        self.gained = gained
        self.lost = lost
    }
}

extension PartnerChange {
    /// The partner changes of every country in either graph whose set of firm partners changed,
    /// by ISO code. A firm is a partner when any link of the graph (whatever its relation) joins them,
    /// so pass graphs already filtered to the relations wanted.
    public static func changes(before: BipartiteGraph, after: BipartiteGraph) -> [PartnerChange] {
        let old = partners(before), new = partners(after)
        return Set(old.keys).union(new.keys).sorted().compactMap { iso in
            let a = old[iso] ?? [], b = new[iso] ?? []
            let change = PartnerChange(country: iso, gained: b.subtracting(a).sorted(), lost: a.subtracting(b).sorted())
            return change.gained.isEmpty && change.lost.isEmpty ? nil : change
        }
    }

    private static func partners(_ graph: BipartiteGraph) -> [String: Set<String>] {
        var result: [String: Set<String>] = [:]
        for edge in graph.edges { result[graph.countries[edge.country].iso, default: []].insert(graph.firms[edge.firm].id) }
        return result
    }
}
