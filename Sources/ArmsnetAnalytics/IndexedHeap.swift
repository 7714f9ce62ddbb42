/// A 4-ary min-heap of node ids keyed by distance, with decrease-key: the priority queue of
/// Dijkstra's algorithm in the shortest-path measures.
///
/// swift-collections' `Heap` (a min-max heap) has no decrease-key, so Dijkstra would push a node
/// again on every improvement and skip the stale copies later; on the benchmark graphs that made
/// heap pops half of the betweenness time. Here every node is in the heap at most once, its
/// position tracked in `position`.
struct IndexedHeap {
    private var nodes: [Int32] = []
    private var keys: [Double] = []
    /// Index of each node in `nodes`, or -1 when it is not in the heap.
    private var position: [Int32]

    init(capacity: Int) {
        position = [Int32](repeating: -1, count: capacity)
        nodes.reserveCapacity(capacity)
        keys.reserveCapacity(capacity)
    }

    var isEmpty: Bool { nodes.isEmpty }

    /// Inserts `node` with `key`, or lowers its key if it is already in the heap.
    /// - Complexity: O(log n).
    mutating func insertOrDecrease(_ node: Int, key: Double) {
        var i = Int(position[node])
        if i < 0 {
            i = nodes.count
            nodes.append(Int32(node))
            keys.append(key)
        }
        siftUp(i, node: Int32(node), key: key)
    }

    /// Removes and returns the node with the smallest key and that key.
    /// - Complexity: O(log n).
    mutating func popMin() -> (node: Int, key: Double) {
        let top = nodes[0], topKey = keys[0]
        position[Int(top)] = -1
        let lastNode = nodes.removeLast(), lastKey = keys.removeLast()
        if !nodes.isEmpty { siftDown(0, node: lastNode, key: lastKey) }
        return (Int(top), topKey)
    }

    private mutating func siftUp(_ start: Int, node: Int32, key: Double) {
        var i = start
        while i > 0 {
            let parent = (i - 1) >> 2
            guard key < keys[parent] else { break }
            nodes[i] = nodes[parent]
            keys[i] = keys[parent]
            position[Int(nodes[i])] = Int32(i)
            i = parent
        }
        nodes[i] = node
        keys[i] = key
        position[Int(node)] = Int32(i)
    }

    private mutating func siftDown(_ start: Int, node: Int32, key: Double) {
        let count = nodes.count
        var i = start
        while true {
            let first = 4 * i + 1
            guard first < count else { break }
            var best = first
            var bestKey = keys[first]
            for child in first + 1..<min(first + 4, count) where keys[child] < bestKey {
                best = child
                bestKey = keys[child]
            }
            guard bestKey < key else { break }
            nodes[i] = nodes[best]
            keys[i] = bestKey
            position[Int(nodes[i])] = Int32(i)
            i = best
        }
        nodes[i] = node
        keys[i] = key
        position[Int(node)] = Int32(i)
    }
}
