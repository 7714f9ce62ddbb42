import DequeModule

/// A partition of the nodes into communities.
public struct Communities: Sendable, Hashable {
    /// Community of every dense id, numbered `0..<count` in the order of each community's smallest id.
    public let membership: [Int]
    /// Number of communities (isolated nodes are communities of their own).
    public let count: Int
    /// The objective's value for this partition (`Modularity.quality`).
    public let quality: Double

    /// The members of every community, each in ascending id order.
    public var members: [[Int]] {
        var lists = [[Int]](repeating: [], count: count)
        for (v, c) in membership.enumerated() { lists[c].append(v) }
        return lists
    }
}

/// Community detection with the Leiden algorithm.
public enum Leiden {
    /// Communities of `graph` that (locally) maximise `objective`, each guaranteed connected.
    ///
    /// One iteration: fast local moving of nodes (queue of nodes whose neighbourhood changed),
    /// refinement of every community into well-connected sub-communities (a singleton node joins the
    /// sub-community of its community that most increases the objective, among those with a gain
    /// ≥ 0 — the θ → 0 limit of the paper's randomised choice), aggregation of the refined
    /// partition, repeated until every community is one aggregate node. Iterations repeat from the
    /// previous partition until it no longer changes or `maxIterations` is reached. A final pass
    /// splits any community that is not connected into its components (never lowering Q: no links
    /// join the parts, and the null-model penalty can only shrink).
    ///
    /// Node visiting orders are shuffled with `seed`, so a seed always gives the same partition.
    /// - Parameters:
    ///   - graph: the network.
    ///   - objective: standard modularity or Barber's bipartite modularity.
    ///   - resolution: γ (1 = the usual modularity); larger values give smaller communities.
    ///   - weighting: `.unweighted` treats every link as weight 1.
    ///   - seed: seed of the node orders.
    ///   - maxIterations: upper bound on the outer iterations (2, as igraph's and leidenalg's
    ///     `n_iterations`; each further one can only raise Q, and stops early once nothing changes).
    /// - Returns: the partition and its quality.
    /// - Complexity: about O(m) per pass of local moving; a few passes per level, O(log n) levels.
    /// - SeeAlso: Traag, V. A., Waltman, L. & van Eck, N. J. (2019). From Louvain to Leiden:
    ///   guaranteeing well-connected communities. Scientific Reports 9, 5233.
    public static func communities(_ graph: CSRGraph, objective: CommunityObjective = .modularity, resolution: Double = 1,
                                   weighting: Weighting = .weighted, seed: UInt64 = 42, maxIterations: Int = 2) -> Communities {
        let n = graph.nodeCount
        let weights = weighting == .weighted ? graph.weights : [Double](repeating: 1, count: graph.targets.count)
        let m = weights.reduce(0, +) / 2
        guard m > 0 else {
            return Communities(membership: Array(0..<n), count: n, quality: 0)
        }
        var generator = SplitMix64(seed: seed)
        let base = Level(graph: graph, weights: weights, objective: objective)
        let scale = resolution / (NodeMass.denominator(objective) * m)
        var membership = Array(0..<n)
        for _ in 0..<max(1, maxIterations) {
            let next = iterate(base, start: membership, scale: scale, generator: &generator)
            if next == membership { break }
            membership = next
        }
        let connected = splitDisconnected(graph, membership)
        let quality = Modularity.quality(graph, membership: connected.membership, objective: objective,
                                         resolution: resolution, weighting: weighting)
        return Communities(membership: connected.membership, count: connected.count, quality: quality)
    }

    /// One Leiden iteration from `start` (community per original node); returns the new
    /// membership, renumbered by smallest member.
    private static func iterate(_ base: Level, start: [Int], scale: Double, generator: inout SplitMix64) -> [Int] {
        var level = base
        var partition = Partition(level: level, membership: start)
        // Aggregate node of every original node.
        var node = Array(0..<base.count)
        while true {
            partition.moveNodesFast(level, scale: scale, generator: &generator)
            if partition.communityCount == level.count { break }
            var refined = partition.refined(level, scale: scale, generator: &generator)
            if refined.communityCount == level.count { refined = partition }
            let (aggregate, newID) = level.aggregated(by: refined.community)
            var induced = [Int](repeating: 0, count: aggregate.count)
            for v in 0..<level.count { induced[newID[v]] = partition.community[v] }
            for i in node.indices { node[i] = newID[node[i]] }
            level = aggregate
            partition = Partition(level: level, membership: renumbered(induced))
        }
        return renumbered(node.map { partition.community[$0] })
    }

    /// Community ids renumbered `0..<k` in order of first appearance.
    private static func renumbered(_ membership: [Int]) -> [Int] {
        var map = [Int](repeating: -1, count: (membership.max() ?? -1) + 1)
        var next = 0
        return membership.map { c in
            if map[c] < 0 { map[c] = next; next += 1 }
            return map[c]
        }
    }

    /// Every community split into its connected components, renumbered by smallest member.
    static func splitDisconnected(_ graph: CSRGraph, _ membership: [Int]) -> (membership: [Int], count: Int) {
        Components.connected(graph, linking: { membership[$0] == membership[$1] })
    }

    /// The graph at one level of aggregation: nodes are sets of original nodes, with summed masses
    /// (a, b) and the weight of links inside them kept as `selfWeight`.
    struct Level {
        var count: Int
        var offsets: [Int]
        var targets: [Int32]
        var weights: [Double]
        var a: [Double]
        var b: [Double]

        init(graph: CSRGraph, weights: [Double], objective: CommunityObjective) {
            count = graph.nodeCount
            offsets = graph.offsets
            targets = graph.targets
            self.weights = weights
            a = [Double](repeating: 0, count: count)
            b = a
            for v in 0..<count {
                var strength = 0.0
                for e in graph.neighbourRange(of: v) { strength += weights[e] }
                (a[v], b[v]) = NodeMass.of(node: v, strength: strength, graph: graph, objective: objective)
            }
        }

        private init(count: Int, offsets: [Int], targets: [Int32], weights: [Double], a: [Double], b: [Double]) {
            self.count = count
            self.offsets = offsets
            self.targets = targets
            self.weights = weights
            self.a = a
            self.b = b
        }

        /// The graph whose nodes are the groups of `group` (ids below `count`), renumbered by first
        /// appearance; links between groups summed, links inside a group dropped (they no longer
        /// affect any move). Also returns the new id of every node.
        func aggregated(by group: [Int]) -> (Level, [Int]) {
            var order = [Int](repeating: -1, count: count)
            var next = 0
            let newID = group.map { g in
                if order[g] < 0 { order[g] = next; next += 1 }
                return order[g]
            }
            // Members of each new node, by counting sort.
            var start = [Int](repeating: 0, count: next + 1)
            for v in 0..<count { start[newID[v] + 1] += 1 }
            for g in 0..<next { start[g + 1] += start[g] }
            var fill = start
            var members = [Int32](repeating: 0, count: count)
            for v in 0..<count { members[fill[newID[v]]] = Int32(v); fill[newID[v]] += 1 }

            var newOffsets = [Int](repeating: 0, count: next + 1)
            var newTargets: [Int32] = []
            var newWeights: [Double] = []
            newTargets.reserveCapacity(targets.count / 2)
            newWeights.reserveCapacity(targets.count / 2)
            var newA = [Double](repeating: 0, count: next), newB = newA
            var accumulated = [Double](repeating: 0, count: next)
            var touched: [Int32] = []
            for g in 0..<next {
                for i in start[g]..<start[g + 1] {
                    let v = Int(members[i])
                    newA[g] += a[v]
                    newB[g] += b[v]
                    for e in offsets[v]..<offsets[v + 1] {
                        let h = newID[Int(targets[e])]
                        if h == g { continue }
                        if accumulated[h] == 0 { touched.append(Int32(h)) }
                        accumulated[h] += weights[e]
                    }
                }
                for h in touched {
                    newTargets.append(h)
                    newWeights.append(accumulated[Int(h)])
                    accumulated[Int(h)] = 0
                }
                touched.removeAll(keepingCapacity: true)
                newOffsets[g + 1] = newTargets.count
            }
            return (Level(count: next, offsets: newOffsets, targets: newTargets, weights: newWeights, a: newA, b: newB), newID)
        }
    }

    /// A partition of one level's nodes with the per-community masses the gains need.
    struct Partition {
        var community: [Int]
        var massA: [Double]
        var massB: [Double]
        var size: [Int]
        var communityCount: Int
        /// Ids of empty communities, to move a node out on its own.
        var empty: [Int]

        init(level: Level, membership: [Int]) {
            community = membership
            massA = [Double](repeating: 0, count: level.count)
            massB = massA
            size = [Int](repeating: 0, count: level.count)
            for v in 0..<level.count {
                massA[membership[v]] += level.a[v]
                massB[membership[v]] += level.b[v]
                size[membership[v]] += 1
            }
            var empty: [Int] = []
            for c in (0..<level.count).reversed() where size[c] == 0 { empty.append(c) }
            self.empty = empty
            communityCount = level.count - empty.count
        }

        /// Moves single nodes to the neighbouring community (or a new one) with the largest gain until
        /// no move improves the objective; after a move, the neighbours outside the new community are
        /// queued again (Traag et al. 2019, MoveNodesFast).
        mutating func moveNodesFast(_ level: Level, scale: Double, generator: inout SplitMix64) {
            let n = level.count
            var queue = Deque<Int32>((0..<Int32(n)).shuffled(using: &generator))
            var queued = [Bool](repeating: true, count: n)
            var weightTo = [Double](repeating: 0, count: n)
            var touched: [Int] = []
            level.offsets.withUnsafeBufferPointer { offsets in
                level.targets.withUnsafeBufferPointer { targets in
                    level.weights.withUnsafeBufferPointer { weights in
                        while let popped = queue.popFirst() {
                            let v = Int(popped)
                            queued[v] = false
                            let current = community[v]
                            let av = level.a[v], bv = level.b[v]
                            touched.append(current)
                            weightTo[current] = 0
                            for e in offsets[v]..<offsets[v + 1] {
                                let c = community[Int(targets[e])]
                                if weightTo[c] == 0 && c != current { touched.append(c) }
                                weightTo[c] += weights[e]
                            }
                            massA[current] -= av
                            massB[current] -= bv
                            size[current] -= 1
                            var best = current
                            var bestGain = weightTo[current] - scale * (av * massB[current] + bv * massA[current])
                            for c in touched where c != current {
                                let gain = weightTo[c] - scale * (av * massB[c] + bv * massA[c])
                                if gain > bestGain { best = c; bestGain = gain }
                            }
                            if bestGain < 0 && size[current] > 0, let fresh = empty.last {
                                best = fresh
                            }
                            for c in touched { weightTo[c] = 0 }
                            touched.removeAll(keepingCapacity: true)
                            if best == empty.last { empty.removeLast(); communityCount += 1 }
                            massA[best] += av
                            massB[best] += bv
                            size[best] += 1
                            if size[current] == 0 { empty.append(current); communityCount -= 1 }
                            community[v] = best
                            if best != current {
                                for e in offsets[v]..<offsets[v + 1] {
                                    let t = Int(targets[e])
                                    if !queued[t] && community[t] != best {
                                        queued[t] = true
                                        queue.append(Int32(t))
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }

        /// The refined partition: every community split into well-connected sub-communities, built by
        /// merging singleton nodes (in random order) into sub-communities of the same community
        /// (Traag et al. 2019, RefinePartition / MergeNodesSubset). Each sub-community is connected.
        func refined(_ level: Level, scale: Double, generator: inout SplitMix64) -> Partition {
            let n = level.count
            var sub = Partition(level: level, membership: Array(0..<n))
            // Link weight from each sub-community to the rest of its community.
            var external = [Double](repeating: 0, count: n)
            for v in 0..<n {
                for e in level.offsets[v]..<level.offsets[v + 1] where community[Int(level.targets[e])] == community[v] {
                    external[v] += level.weights[e]
                }
            }
            var singleton = [Bool](repeating: true, count: n)
            var weightTo = [Double](repeating: 0, count: n)
            var touched: [Int] = []
            for v in (0..<n).shuffled(using: &generator) where singleton[v] {
                let s = community[v]
                let av = level.a[v], bv = level.b[v]
                let aS = massA[s], bS = massB[s]
                // v must be well connected to the rest of its community.
                guard external[v] >= scale * (av * (bS - bv) + bv * (aS - av)) else { continue }
                for e in level.offsets[v]..<level.offsets[v + 1] {
                    let t = Int(level.targets[e])
                    guard community[t] == s else { continue }
                    let r = sub.community[t]
                    if r == v { continue }
                    if weightTo[r] == 0 { touched.append(r) }
                    weightTo[r] += level.weights[e]
                }
                var best = -1
                var bestGain = 0.0
                for r in touched {
                    let aR = sub.massA[r], bR = sub.massB[r]
                    guard external[r] >= scale * (aR * (bS - bR) + bR * (aS - aR)) else { continue }
                    let gain = weightTo[r] - scale * (av * bR + bv * aR)
                    if gain >= bestGain && (best < 0 || gain > bestGain) { best = r; bestGain = gain }
                }
                if best >= 0 {
                    external[best] += external[v] - 2 * weightTo[best]
                    sub.massA[best] += av
                    sub.massB[best] += bv
                    sub.size[best] += 1
                    sub.massA[v] = 0
                    sub.massB[v] = 0
                    sub.size[v] = 0
                    sub.community[v] = best
                    sub.communityCount -= 1
                    singleton[v] = false
                    singleton[best] = false
                }
                for r in touched { weightTo[r] = 0 }
                touched.removeAll(keepingCapacity: true)
            }
            sub.empty = []
            return sub
        }
    }
}
