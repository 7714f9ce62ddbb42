import ArmsnetAnalytics

/// Communities for comparing and exporting periods: Leiden with Barber's bipartite modularity
/// (seed 42), except that a connected component Leiden leaves entirely as single nodes becomes one
/// community.
///
/// On a star or a lone link (common in one year of a small corpus: one delegation meeting several
/// firms) every partition has modularity 0, so Leiden keeps single nodes; reading a country and
/// the only firms it met as one cluster is what people expect, and it lets compare match the
/// cluster in the next period.
enum PeriodCommunities {
    /// One community per dense id, numbered in order of each community's smallest id.
    static func detect(_ graph: CSRGraph) -> [Int] {
        let leiden = Leiden.communities(graph, objective: .barber).membership
        let components = Components.connected(graph).membership
        var sizes: [Int: Int] = [:]
        for community in leiden { sizes[community, default: 0] += 1 }
        var clustered = Set<Int>()
        for (node, community) in leiden.enumerated() where sizes[community]! > 1 { clustered.insert(components[node]) }
        var numbers: [String: Int] = [:]
        return leiden.indices.map { node in
            let key = clustered.contains(components[node]) ? "l\(leiden[node])" : "c\(components[node])"
            if let number = numbers[key] { return number }
            numbers[key] = numbers.count
            return numbers[key]!
        }
    }
}
