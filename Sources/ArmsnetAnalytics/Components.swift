import DequeModule

/// Connected components.
public enum Components {
    /// The connected component of every node, numbered `0..<count` in order of each component's
    /// smallest id (isolated nodes are components of their own).
    /// - Returns: the component per dense id and the number of components.
    /// - Complexity: O(n + m), breadth-first search.
    public static func connected(_ graph: CSRGraph) -> (membership: [Int], count: Int) {
        connected(graph, linking: { _, _ in true })
    }

    /// Components of the graph that keeps only the links `linking(v, t)` accepts, numbered as above.
    @inline(__always)
    static func connected(_ graph: CSRGraph, linking: (Int, Int) -> Bool) -> (membership: [Int], count: Int) {
        var membership = [Int](repeating: -1, count: graph.nodeCount)
        var count = 0
        var queue = Deque<Int>()
        for start in 0..<graph.nodeCount where membership[start] < 0 {
            membership[start] = count
            queue.append(start)
            while let v = queue.popFirst() {
                for e in graph.neighbourRange(of: v) {
                    let t = Int(graph.targets[e])
                    if membership[t] < 0 && linking(v, t) {
                        membership[t] = count
                        queue.append(t)
                    }
                }
            }
            count += 1
        }
        return (membership, count)
    }
}
