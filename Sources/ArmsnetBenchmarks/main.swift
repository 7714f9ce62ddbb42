// armsnet-bench: times the analytics steps on one edge-list CSV, one `step seconds [extra]` line
// per step, the same steps and output shape as scripts/bench/igraph_bench.py; run both through
// scripts/bench_analytics.sh, which prints the ratios. Never part of the tests.
import ArmsnetAnalytics
import ArmsnetGraph
import ArmsnetSupport
import Foundation

struct Options {
    var file = ""
    /// nil: exact betweenness; otherwise this many pivot sources.
    var pivots: Int?
    var seed: UInt64 = 42
    /// Where to write the pivot sources, so igraph searches from the same ones.
    var pivotFile: String?
    var skipBetweenness = false

    init(_ arguments: [String]) {
        var rest = arguments.dropFirst()
        while let argument = rest.popFirst() {
            switch argument {
            case "--pivots": pivots = rest.popFirst().flatMap { Int($0) }
            case "--seed": seed = rest.popFirst().flatMap { UInt64($0) } ?? seed
            case "--pivot-file": pivotFile = rest.popFirst()
            case "--skip-betweenness": skipBetweenness = true
            default: file = argument
            }
        }
    }
}

func timed<T>(_ step: String, _ extra: (T) -> String = { _ in "" }, _ body: () throws -> T) rethrows -> T {
    let start = DispatchTime.now().uptimeNanoseconds
    let result = try body()
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    let note = extra(result)
    print(step, String(format: "%.4f", seconds) + (note.isEmpty ? "" : " " + note))
    return result
}

let options = Options(CommandLine.arguments)
guard !options.file.isEmpty else {
    FileHandle.standardError.write(Data("usage: armsnet-bench FILE.csv [--pivots K] [--seed S] [--pivot-file OUT] [--skip-betweenness]\n".utf8))
    exit(2)
}
do {
    let csr = try timed("build", { "nodes=\($0.nodeCount) links=\($0.edgeCount)" }) { CSRGraph(try EdgeList.read([options.file])) }
    _ = timed("strength") { Centrality.strength(csr) }
    _ = timed("pagerank") { Centrality.pageRank(csr) }
    if !options.skipBetweenness {
        if let pivots = options.pivots, let pivotFile = options.pivotFile {
            let sources = Centrality.pivotSample(csr, count: pivots, seed: options.seed)
            try AtomicFile.write(sources.map(String.init).joined(separator: "\n") + "\n", to: pivotFile)
        }
        _ = timed("betweenness", { _ in options.pivots.map { "pivots=\($0)" } ?? "exact" }) {
            Centrality.betweenness(csr, pivots: options.pivots, seed: options.seed)
        }
    }
    let quality = { (c: Communities) in String(format: "Q=%.6f communities=%d", c.quality, c.count) }
    _ = timed("leiden", quality) { Leiden.communities(csr) }
    _ = timed("leiden-converged", quality) { Leiden.communities(csr, maxIterations: 100) }
} catch {
    FileHandle.standardError.write(Data("armsnet-bench: \(error.localizedDescription)\n".utf8))
    exit(1)
}
