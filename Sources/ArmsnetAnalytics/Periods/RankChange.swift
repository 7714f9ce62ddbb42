/// A node's rank by one measure in two periods.
public struct RankChange: Sendable, Hashable {
    public var node: NodeKey
    /// Rank among the nodes of the same kind in the earlier period (1 = highest score).
    public var oldRank: Int
    public var newRank: Int
    public var oldScore: Double
    public var newScore: Double

    public init(node: NodeKey, oldRank: Int, newRank: Int, oldScore: Double, newScore: Double) {
        self.node = node
        self.oldRank = oldRank
        self.newRank = newRank
        self.oldScore = oldScore
        self.newScore = newScore
    }

    /// Places gained: positive for a riser, negative for a faller.
    public var shift: Int { oldRank - newRank }
}

/// Risers and fallers by one measure between two periods.
public struct RankChanges: Sendable, Hashable {
    /// Nodes that moved up, most places gained first (then by new rank, then by key).
    public var risers: [RankChange]
    /// Nodes that moved down, most places lost first (then by new rank, then by key).
    public var fallers: [RankChange]

    /// Ranks each period's nodes within their kind (countries among countries, firms among firms:
    /// a two-mode score is only comparable within one side) and compares the ranks of the nodes
    /// present in both periods. Nodes only in one period are new or gone, not risers or fallers;
    /// nodes scoring 0 in both periods are left out (their rank only reflects ties at the bottom).
    /// - Parameters:
    ///   - before: scores of the earlier period's nodes.
    ///   - after: scores of the later period's nodes.
    public init(before: [NodeKey: Double], after: [NodeKey: Double]) {
        let oldRanks = Self.ranks(before), newRanks = Self.ranks(after)
        let moved: [RankChange] = oldRanks.keys.sorted().compactMap { node in
            guard let old = oldRanks[node], let new = newRanks[node], old != new, before[node]! != 0 || after[node]! != 0 else { return nil }
            return RankChange(node: node, oldRank: old, newRank: new, oldScore: before[node]!, newScore: after[node]!)
        }
        let order: (RankChange, RankChange) -> Bool = { a, b in
            if abs(a.shift) != abs(b.shift) { return abs(a.shift) > abs(b.shift) }
            if a.newRank != b.newRank { return a.newRank < b.newRank }
            return a.node < b.node
        }
        risers = moved.filter { $0.shift > 0 }.sorted(by: order)
        fallers = moved.filter { $0.shift < 0 }.sorted(by: order)
    }

    /// Standard competition ranks ("1224") within each kind: equal scores share a rank, and the
    /// next score's rank counts every node above it.
    /// - Complexity: O(n log n).
    public static func ranks(_ scores: [NodeKey: Double]) -> [NodeKey: Int] {
        var result: [NodeKey: Int] = [:]
        let byKind = Dictionary(grouping: scores.keys, by: \.kind)
        for nodes in byKind.values {
            let sorted = nodes.map { ($0, scores[$0]!) }.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
            for (i, (node, score)) in sorted.enumerated() {
                result[node] = i > 0 && sorted[i - 1].1 == score ? result[sorted[i - 1].0]! : i + 1
            }
        }
        return result
    }
}
