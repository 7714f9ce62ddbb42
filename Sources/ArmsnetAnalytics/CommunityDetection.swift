/// Communities as every command shows them (`clusters`, `export`, `compare`, the network diagram).
///
/// Leiden (default: Barber's bipartite modularity, resolution 1, seed 42, 2 iterations); then a
/// connected component that Leiden leaves entirely as single nodes (a star or a lone link: every
/// partition of it has modularity 0) becomes one community.
///
/// Numbering: communities are numbered from **1**, by total strength (sum of the members' link
/// weights) descending, ties by the smallest member id; nodes without links come last, each a
/// community of its own. The same graph, options and seed always give the same numbers.
public struct NumberedCommunities: Sendable, Hashable {
    /// Community number (1...count) of every dense id.
    public let membership: [Int]
    /// Number of communities (nodes without links are communities of their own).
    public let count: Int
    /// The objective's value for this partition (`Modularity.quality`).
    public let quality: Double
    /// Members of community `k` at index `k - 1`, heaviest first (ties by id).
    public let members: [[Int]]
    /// Total strength of community `k` at index `k - 1`.
    public let strength: [Double]
}

public enum CommunityDetection {
    /// The numbered communities of `graph` (see `NumberedCommunities`).
    /// - Parameter groupSingletonComponents: make a component Leiden leaves as single nodes one community.
    public static func detect(_ graph: CSRGraph, objective: CommunityObjective = .barber, resolution: Double = 1,
                              seed: UInt64 = 42, maxIterations: Int = 2,
                              groupSingletonComponents: Bool = true) -> NumberedCommunities {
        let n = graph.nodeCount
        let leiden = Leiden.communities(graph, objective: objective, resolution: resolution, seed: seed, maxIterations: maxIterations).membership
        var labels = leiden
        if groupSingletonComponents {
            let components = Components.connected(graph).membership
            var sizes: [Int: Int] = [:]
            for community in leiden { sizes[community, default: 0] += 1 }
            var clustered = Set<Int>()
            for (node, community) in leiden.enumerated() where sizes[community]! > 1 { clustered.insert(components[node]) }
            // Grouped components get labels above every Leiden label.
            let offset = (leiden.max() ?? -1) + 1
            labels = (0..<n).map { clustered.contains(components[$0]) ? leiden[$0] : offset + components[$0] }
        }
        let strength = Centrality.strength(graph)
        var groups: [Int: [Int]] = [:]
        for node in 0..<n { groups[labels[node], default: []].append(node) }
        var lists = groups.values.map { members in
            members.sorted { strength[$0] != strength[$1] ? strength[$0] > strength[$1] : $0 < $1 }
        }
        let totals = Dictionary(uniqueKeysWithValues: lists.map { ($0.min()!, $0.reduce(0) { $0 + strength[$1] }) })
        lists.sort { a, b in
            let sa = totals[a.min()!]!, sb = totals[b.min()!]!
            return sa != sb ? sa > sb : a.min()! < b.min()!
        }
        var membership = [Int](repeating: 0, count: n)
        for (index, members) in lists.enumerated() {
            for node in members { membership[node] = index + 1 }
        }
        let zeroBased = membership.map { $0 - 1 }
        let quality = n == 0 ? 0 : Modularity.quality(graph, membership: zeroBased, objective: objective, resolution: resolution)
        return NumberedCommunities(membership: membership, count: lists.count, quality: quality,
                                   members: lists, strength: lists.map { totals[$0.min()!]! })
    }
}
