import Dispatch

/// Fixed-partition parallel loops whose results do not depend on thread timing or core count.
enum Parallel {
    /// How many pieces work over sources is cut into: a constant, so floating-point sums are always
    /// grouped the same way whatever the machine, and enough to balance two to sixteen cores.
    static let chunkCount = 32

    /// `body(chunk)` for every chunk in `0..<chunks`, run on all cores; results in chunk order.
    /// - Complexity: the cost of the bodies, divided among the cores.
    static func map<T>(chunks: Int, _ body: (Int) -> T) -> [T] {
        guard chunks > 1 else { return (0..<chunks).map(body) }
        let results = UnsafeMutableBufferPointer<T?>.allocate(capacity: chunks)
        results.initialize(repeating: nil)
        defer { results.deallocate() }
        withoutActuallyEscaping(body) { body in
            let box = UncheckedBox(body: body, results: results)
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                box.results[chunk] = box.body(chunk)
            }
        }
        let out = results.map { $0! }
        results.deinitialize()
        return out
    }

    /// Hands the closure and result slots to the worker threads; each chunk writes only its own slot.
    private struct UncheckedBox<T>: @unchecked Sendable {
        let body: (Int) -> T
        let results: UnsafeMutableBufferPointer<T?>
    }
}
