import Testing
@testable import ArmsnetAnalytics

@Suite struct LeidenTests {
    /// Four planted blocks of 5 countries × 12 firms: dense inside (weight 3), a few light links between.
    static func planted() -> (graph: CSRGraph, block: [Int]) {
        var generator = SplitMix64(seed: 1)
        var links: [(country: Int, firm: Int, weight: Double)] = []
        for c in 0..<20 {
            for f in 0..<48 {
                let same = c / 5 == f / 12
                if same && Double.random(in: 0..<1, using: &generator) < 0.7 { links.append((c, f, 3)) }
                if !same && Double.random(in: 0..<1, using: &generator) < 0.03 { links.append((c, f, 1)) }
            }
        }
        let block = (0..<20).map { $0 / 5 } + (0..<48).map { $0 / 12 }
        return (CSRGraph(countryCount: 20, firmCount: 48, links: links), block)
    }

    /// Q computed directly from the definitions over all node pairs, independent of `Modularity`.
    static func naiveQuality(_ graph: CSRGraph, _ membership: [Int], barber: Bool) -> Double {
        let n = graph.nodeCount
        var a = [[Double]](repeating: [Double](repeating: 0, count: n), count: n)
        for v in 0..<n { for e in graph.neighbourRange(of: v) { a[v][Int(graph.targets[e])] = graph.weights[e] } }
        let k = a.map { $0.reduce(0, +) }
        let m = k.reduce(0, +) / 2
        var q = 0.0
        for i in 0..<n {
            for j in 0..<n where membership[i] == membership[j] {
                if barber {
                    if graph.kind(of: i) == .country && graph.kind(of: j) == .firm { q += (a[i][j] - k[i] * k[j] / m) / m }
                } else {
                    q += (a[i][j] - k[i] * k[j] / (2 * m)) / (2 * m)
                }
            }
        }
        return q
    }

    static func isConnected(_ graph: CSRGraph, _ members: [Int], _ membership: [Int]) -> Bool {
        var seen: Set<Int> = [members[0]]
        var stack = [members[0]]
        while let v = stack.popLast() {
            for e in graph.neighbourRange(of: v) {
                let t = Int(graph.targets[e])
                if membership[t] == membership[v] && seen.insert(t).inserted { stack.append(t) }
            }
        }
        return seen.count == members.count
    }

    @Test(arguments: CommunityObjective.allCases) func recoversPlantedBlocks(objective: CommunityObjective) {
        let (graph, block) = Self.planted()
        let result = Leiden.communities(graph, objective: objective, seed: 3)
        #expect(result.count == 4)
        // Same partition as the planted one, up to renaming.
        for v in 0..<graph.nodeCount { for w in 0..<graph.nodeCount { #expect((block[v] == block[w]) == (result.membership[v] == result.membership[w])) } }
    }

    @Test(arguments: CommunityObjective.allCases) func reportedQualityIsRecomputedIndependently(objective: CommunityObjective) throws {
        for name in Fixture.names + ["planted"] {
            let graph = name == "planted" ? Self.planted().graph : try Fixture(name).graph
            let result = Leiden.communities(graph, objective: objective)
            #expect(close(result.quality, Self.naiveQuality(graph, result.membership, barber: objective == .barber)))
        }
    }

    @Test(arguments: Fixture.names) func everyCommunityIsConnected(name: String) throws {
        let graph = try Fixture(name).graph
        for objective in CommunityObjective.allCases {
            for resolution in [0.5, 1, 2] {
                let result = Leiden.communities(graph, objective: objective, resolution: resolution, seed: 11)
                for members in result.members { #expect(Self.isConnected(graph, members, result.membership)) }
            }
        }
    }

    @Test func seedMakesTheResultRepeatable() throws {
        let graph = try Fixture("davis_southern_women").graph
        let a = Leiden.communities(graph, seed: 5), b = Leiden.communities(graph, seed: 5)
        #expect(a == b)
    }

    @Test func davisSplitsIntoTheKnownGroups() throws {
        // Modularity-optimal partitions of Davis Southern Women have Q ≈ 0.31–0.33 (networkx Louvain
        // and igraph Leiden on the unweighted graph reach 0.32).
        let graph = try Fixture("davis_southern_women").graph
        let result = Leiden.communities(graph, objective: .modularity)
        #expect(result.quality > 0.30)
        #expect(result.count >= 2 && result.count <= 5)
    }

    @Test func higherResolutionGivesMoreCommunities() throws {
        let graph = try Fixture("davis_southern_women").graph
        #expect(Leiden.communities(graph, resolution: 0.3).count <= Leiden.communities(graph, resolution: 3).count)
    }

    @Test func graphWithoutLinksIsAllSingletons() {
        let graph = CSRGraph(countryCount: 2, firmCount: 1, links: [])
        let result = Leiden.communities(graph)
        #expect(result.membership == [0, 1, 2] && result.quality == 0)
    }
}
