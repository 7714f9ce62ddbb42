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
            return [Double](unsafeUninitializedCapacity: upper - lower) { y, initialized in
                x.withUnsafeBufferPointer { x in
                    graph.offsets.withUnsafeBufferPointer { offsets in
                        graph.targets.withUnsafeBufferPointer { targets in
                            graph.weights.withUnsafeBufferPointer { weights in
                                let sums = RowSums(offsets: offsets, targets: targets, weights: weighted ? weights : nil, x: x)
                                sums.compute(lower..<upper, into: y)
                            }
                        }
                    }
                }
                initialized = upper - lower
            }
        }
        return chunks == 1 ? pieces[0] : pieces.flatMap { $0 }
    }
}

/// The row sums Σ w·x[target] of a CSR, each added up in row order (so every sum is bit for bit
/// that of a plain row-by-row loop), with four rows in progress at once: the additions of one row
/// wait on each other, those of four rows do not, which keeps the processor busy on long rows.
struct RowSums {
    let offsets: UnsafeBufferPointer<Int>
    let targets: UnsafeBufferPointer<Int32>
    /// nil: every weight is 1.
    let weights: UnsafeBufferPointer<Double>?
    let x: UnsafeBufferPointer<Double>

    /// A row in progress: its entries `at..<end` still to add to `sum`; `row` -1 when idle.
    private struct Lane {
        var row = -1, at = 0, end = 0
        var sum = 0.0
    }

    /// Writes the sum of row `v` to `y[v - rows.lowerBound]` for every v in `rows`.
    func compute(_ rows: Range<Int>, into y: UnsafeMutableBufferPointer<Double>) {
        var nextRow = rows.lowerBound
        func refill(_ lane: inout Lane) {
            if nextRow < rows.upperBound {
                lane = Lane(row: nextRow, at: offsets[nextRow], end: offsets[nextRow + 1])
                nextRow += 1
            } else {
                lane.row = -1
            }
        }
        func finish(_ lane: inout Lane) {
            guard lane.row >= 0 else { return }
            if let weights {
                for e in lane.at..<lane.end { lane.sum += weights[e] * x[Int(targets[e])] }
            } else {
                for e in lane.at..<lane.end { lane.sum += x[Int(targets[e])] }
            }
            y[lane.row - rows.lowerBound] = lane.sum
            lane.at = lane.end
            refill(&lane)
        }
        var a = Lane(), b = Lane(), c = Lane(), d = Lane()
        refill(&a); refill(&b); refill(&c); refill(&d)
        while a.row >= 0, b.row >= 0, c.row >= 0, d.row >= 0 {
            // All four lanes step together until the first of them reaches the end of its row.
            let steps = min(a.end - a.at, b.end - b.at, c.end - c.at, d.end - d.at)
            if let weights {
                for k in 0..<steps {
                    a.sum += weights[a.at + k] * x[Int(targets[a.at + k])]
                    b.sum += weights[b.at + k] * x[Int(targets[b.at + k])]
                    c.sum += weights[c.at + k] * x[Int(targets[c.at + k])]
                    d.sum += weights[d.at + k] * x[Int(targets[d.at + k])]
                }
            } else {
                for k in 0..<steps {
                    a.sum += x[Int(targets[a.at + k])]
                    b.sum += x[Int(targets[b.at + k])]
                    c.sum += x[Int(targets[c.at + k])]
                    d.sum += x[Int(targets[d.at + k])]
                }
            }
            a.at += steps; b.at += steps; c.at += steps; d.at += steps
            if a.at == a.end { finish(&a) }
            if b.at == b.end { finish(&b) }
            if c.at == c.end { finish(&c) }
            if d.at == d.end { finish(&d) }
        }
        // Fewer than four rows left: one after another.
        for var lane in [a, b, c, d] {
            while lane.row >= 0 { finish(&lane) }
        }
    }
}
