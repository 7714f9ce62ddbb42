/// Reusable single-source shortest-path search for Brandes-style algorithms: breadth-first when
/// unweighted, Dijkstra with link length `1 / weight` when weighted. One instance per thread.
///
/// After `run(from:)`, `order` lists the reached nodes in non-decreasing distance, `distance` and
/// `pathCount` (σ) hold their distances and numbers of shortest paths, and (weighted) the
/// predecessor lists hold the nodes before them on shortest paths (unweighted: the neighbours one
/// step closer). `reset()` clears only what the last run touched.
struct ShortestPaths {
    private let graph: CSRGraph
    private let weighted: Bool
    /// Link lengths, parallel to `graph.targets` (weighted only).
    private let lengths: [Double]
    private(set) var distance: [Double]
    private(set) var pathCount: [Double]
    private(set) var order: [Int32] = []
    private var predecessorBuffer: [Int32]
    private var predecessorCount: [Int32]
    private var settled: [Bool]
    private var heap: IndexedHeap

    /// Two path lengths closer than this (relative) are taken as equal, so that sums of `1/w` in a
    /// different order still count as the same shortest-path length.
    static let relativeTolerance = 1e-12

    init(_ graph: CSRGraph, lengths: [Double]?) {
        self.graph = graph
        weighted = lengths != nil
        self.lengths = lengths ?? []
        let n = graph.nodeCount
        distance = [Double](repeating: .infinity, count: n)
        pathCount = [Double](repeating: 0, count: n)
        predecessorCount = [Int32](repeating: 0, count: n)
        settled = [Bool](repeating: false, count: n)
        heap = IndexedHeap(capacity: weighted ? n : 0)
        predecessorBuffer = weighted ? [Int32](repeating: 0, count: graph.targets.count) : []
        order.reserveCapacity(n)
    }

    /// Lengths `1 / weight` for `weighting == .weighted`, nil for unweighted search.
    static func lengths(_ graph: CSRGraph, _ weighting: Weighting) -> [Double]? {
        weighting == .weighted ? graph.weights.map { 1 / $0 } : nil
    }

    /// Adds the dependencies δ_s(v) of the last run's source on every other reached node to
    /// `centrality` (Brandes 2001, eq. 6: δ_s(v) = Σ_{w: v ∈ P_s(w)} σ_sv/σ_sw · (1 + δ_s(w))).
    /// `dependency` is scratch of `nodeCount` zeros and is left zeroed.
    func accumulateDependencies(into centrality: UnsafeMutableBufferPointer<Double>, dependency: UnsafeMutableBufferPointer<Double>) {
        guard let source = order.first else { return }
        let weighted = self.weighted
        distance.withUnsafeBufferPointer { dist in
            pathCount.withUnsafeBufferPointer { sigma in
                predecessorBuffer.withUnsafeBufferPointer { preds in
                    predecessorCount.withUnsafeBufferPointer { predCount in
                        graph.offsets.withUnsafeBufferPointer { offsets in
                            graph.targets.withUnsafeBufferPointer { targets in
                                for i in stride(from: order.count - 1, through: 1, by: -1) {
                                    let w = Int(order[i])
                                    let coefficient = (1 + dependency[w]) / sigma[w]
                                    if weighted {
                                        let start = offsets[w]
                                        for k in start..<start + Int(predCount[w]) {
                                            let v = Int(preds[k])
                                            dependency[v] += sigma[v] * coefficient
                                        }
                                    } else {
                                        let d = dist[w] - 1
                                        for e in offsets[w]..<offsets[w + 1] {
                                            let v = Int(targets[e])
                                            if dist[v] == d { dependency[v] += sigma[v] * coefficient }
                                        }
                                    }
                                    centrality[w] += dependency[w]
                                    dependency[w] = 0
                                }
                                dependency[Int(source)] = 0
                            }
                        }
                    }
                }
            }
        }
    }

    /// Σ 1/d(s, t) over the nodes t ≠ s the last run reached.
    func harmonicSum() -> Double {
        var sum = 0.0
        for v in order.dropFirst() { sum += 1 / distance[Int(v)] }
        return sum
    }

    /// Searches from `source`; call `reset()` before the next source.
    mutating func run(from source: Int) {
        if weighted { dijkstra(source) } else { breadthFirst(source) }
    }

    /// Clears the state of the nodes the last run reached.
    mutating func reset() {
        for v in order {
            let i = Int(v)
            distance[i] = .infinity
            pathCount[i] = 0
            if weighted {
                predecessorCount[i] = 0
                settled[i] = false
            }
        }
        order.removeAll(keepingCapacity: true)
    }

    private mutating func breadthFirst(_ source: Int) {
        distance.withUnsafeMutableBufferPointer { dist in
            pathCount.withUnsafeMutableBufferPointer { sigma in
                graph.offsets.withUnsafeBufferPointer { offsets in
                    graph.targets.withUnsafeBufferPointer { targets in
                        dist[source] = 0
                        sigma[source] = 1
                        order.append(Int32(source))
                        var head = 0
                        while head < order.count {
                            let v = Int(order[head])
                            head += 1
                            let next = dist[v] + 1
                            let sv = sigma[v]
                            for e in offsets[v]..<offsets[v + 1] {
                                let w = Int(targets[e])
                                if dist[w] == .infinity {
                                    dist[w] = next
                                    order.append(Int32(w))
                                }
                                if dist[w] == next { sigma[w] += sv }
                            }
                        }
                    }
                }
            }
        }
    }

    private mutating func dijkstra(_ source: Int) {
        let tolerance = Self.relativeTolerance
        distance.withUnsafeMutableBufferPointer { dist in
            pathCount.withUnsafeMutableBufferPointer { sigma in
                predecessorBuffer.withUnsafeMutableBufferPointer { preds in
                    predecessorCount.withUnsafeMutableBufferPointer { predCount in
                        settled.withUnsafeMutableBufferPointer { done in
                            graph.offsets.withUnsafeBufferPointer { offsets in
                                graph.targets.withUnsafeBufferPointer { targets in
                                    lengths.withUnsafeBufferPointer { lengths in
                                        dist[source] = 0
                                        sigma[source] = 1
                                        heap.insertOrDecrease(source, key: 0)
                                        while !heap.isEmpty {
                                            let v = heap.popMin().node
                                            done[v] = true
                                            order.append(Int32(v))
                                            let dv = dist[v], sv = sigma[v]
                                            for e in offsets[v]..<offsets[v + 1] {
                                                let w = Int(targets[e])
                                                if done[w] { continue }
                                                let candidate = dv + lengths[e]
                                                let known = dist[w]
                                                if candidate < known - tolerance * candidate {
                                                    dist[w] = candidate
                                                    sigma[w] = sv
                                                    preds[offsets[w]] = Int32(v)
                                                    predCount[w] = 1
                                                    heap.insertOrDecrease(w, key: candidate)
                                                } else if candidate <= known + tolerance * candidate {
                                                    sigma[w] += sv
                                                    preds[offsets[w] + Int(predCount[w])] = Int32(v)
                                                    predCount[w] += 1
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
