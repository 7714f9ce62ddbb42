/// Matrix–vector products over the CSR, cut into fixed row ranges run on all cores (each output
/// entry is a sum over one row, so the result does not depend on the number of threads).
enum SparseProduct {
    /// Rows per parallel piece: below this, threads cost more than they save.
    static let rowsPerChunk = 16_384

    /// `(A x)[v]` for v in `rows` (all rows by default), A the weighted or 0/1 adjacency matrix.
    /// - Complexity: O(rows + their links).
    static func adjacencyTimes(_ graph: CSRGraph, _ x: [Double], weighted: Bool, rows: Range<Int>? = nil) -> [Double] {
        let rows = rows ?? 0..<graph.nodeCount
        let count = rows.count
        let chunks = max(1, min(Parallel.chunkCount, count / rowsPerChunk))
        let pieces: [[Double]] = Parallel.map(chunks: chunks) { chunk in
            let lower = rows.lowerBound + count * chunk / chunks, upper = rows.lowerBound + count * (chunk + 1) / chunks
            var y = [Double](repeating: 0, count: upper - lower)
            y.withUnsafeMutableBufferPointer { y in
                x.withUnsafeBufferPointer { x in
                    graph.offsets.withUnsafeBufferPointer { offsets in
                        graph.targets.withUnsafeBufferPointer { targets in
                            graph.weights.withUnsafeBufferPointer { weights in
                                for v in lower..<upper {
                                    var sum = 0.0
                                    if weighted {
                                        for e in offsets[v]..<offsets[v + 1] { sum += weights[e] * x[Int(targets[e])] }
                                    } else {
                                        for e in offsets[v]..<offsets[v + 1] { sum += x[Int(targets[e])] }
                                    }
                                    y[v - lower] = sum
                                }
                            }
                        }
                    }
                }
            }
            return y
        }
        return chunks == 1 ? pieces[0] : pieces.flatMap { $0 }
    }
}
