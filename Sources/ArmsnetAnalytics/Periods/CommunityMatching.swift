/// Community ids of a later period renumbered to follow the earlier period's, so that "the same
/// cluster" keeps its id (and its colour) across periods.
///
/// Matching is greedy by overlap: pairs (earlier community, later community) are taken in order
/// of shared members (most first; ties by Jaccard index, then by ids) and matched when neither side
/// is matched yet. A later community with no match gets a fresh id above every earlier id, larger
/// communities first. This is the maximum-overlap heuristic used for tracking communities over
/// time (Greene, Doyle & Cunningham, "Tracking the evolution of communities in dynamic social
/// networks", ASONAM 2010), restricted to one-to-one matches.
public struct CommunityMatching: Sendable, Hashable {
    /// Later community id → matched id.
    public var matchedIDs: [Int: Int]
    /// The later period's membership with matched ids.
    public var after: [NodeKey: Int]

    /// - Parameters:
    ///   - before: the earlier period's community of each node.
    ///   - after: the later period's community of each node, with ids of its own.
    /// - Complexity: O(n + p log p) for n nodes and p overlapping community pairs.
    public init(before: [NodeKey: Int], after: [NodeKey: Int]) {
        var overlap: [Pair: Int] = [:]
        for (node, new) in after {
            if let old = before[node] { overlap[Pair(old: old, new: new), default: 0] += 1 }
        }
        let oldSizes = Self.sizes(before), newSizes = Self.sizes(after)
        func jaccard(_ p: Pair) -> Double {
            let shared = Double(overlap[p]!)
            return shared / (Double(oldSizes[p.old]! + newSizes[p.new]!) - shared)
        }
        let candidates = overlap.keys.sorted { a, b in
            if overlap[a]! != overlap[b]! { return overlap[a]! > overlap[b]! }
            if jaccard(a) != jaccard(b) { return jaccard(a) > jaccard(b) }
            return (a.old, a.new) < (b.old, b.new)
        }
        var matched: [Int: Int] = [:]
        var taken = Set<Int>()
        for pair in candidates where matched[pair.new] == nil && !taken.contains(pair.old) {
            matched[pair.new] = pair.old
            taken.insert(pair.old)
        }
        let smallestMember = Dictionary(grouping: after.keys, by: { after[$0]! }).mapValues { $0.min()! }
        var next = (before.values.max() ?? -1) + 1
        for community in newSizes.keys.filter({ matched[$0] == nil }).sorted(by: { newSizes[$0]! != newSizes[$1]! ? newSizes[$0]! > newSizes[$1]! : smallestMember[$0]! < smallestMember[$1]! }) {
            matched[community] = next
            next += 1
        }
        matchedIDs = matched
        self.after = after.mapValues { matched[$0]! }
    }

    private struct Pair: Hashable {
        var old: Int
        var new: Int
    }

    private static func sizes(_ membership: [NodeKey: Int]) -> [Int: Int] {
        membership.values.reduce(into: [:]) { $0[$1, default: 0] += 1 }
    }
}

/// A node whose community differs between two periods (ids already matched).
public struct CommunityChange: Sendable, Hashable {
    public var node: NodeKey
    /// Community in the earlier period; nil when the node is new.
    public var before: Int?
    /// Community in the later period (matched id); nil when the node is gone.
    public var after: Int?

    public init(node: NodeKey, before: Int?, after: Int?) {
        self.node = node
        self.before = before
        self.after = after
    }

    /// Every node whose community differs between `before` and the matched `after`, by key.
    public static func changes(before: [NodeKey: Int], after matching: CommunityMatching) -> [CommunityChange] {
        Set(before.keys).union(matching.after.keys).sorted().compactMap { node in
            let a = before[node], b = matching.after[node]
            return a == b ? nil : CommunityChange(node: node, before: a, after: b)
        }
    }
}
