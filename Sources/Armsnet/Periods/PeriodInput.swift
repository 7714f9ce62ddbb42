import ArmsnetGraph

/// The network for `compare`, `timeline` and `export`, with the articles read per year (which the
/// timeline reports, including articles without links).
public struct PeriodInput: Sendable {
    /// Every relation; only the period's years when one was given.
    public var graph: BipartiteGraph
    /// Articles read per year (nil key: undated); nil when only edge lists were read.
    public var articlesPerYear: [Int?: Int]?
    /// What the article pipeline read; nil when only edge lists were read.
    public var summary: PipelineSummary?

    /// Loads `source` with `NetworkLoader`, counting articles per year on the way.
    /// - Throws: `CorpusError`, `GraphError`, `GazetteerError` naming the file at fault.
    public static func load(_ source: NetworkSource, period: Period? = nil, onWarning: (String) -> Void) throws -> PeriodInput {
        var counts: [Int?: Int] = [:]
        let network = try NetworkLoader.load(source, period: period, onWarning: onWarning,
                                             perArticle: { $0.year }, onArticle: { counts[$0, default: 0] += 1 })
        return PeriodInput(graph: network.graph, articlesPerYear: source.paths.isEmpty ? nil : counts, summary: network.summary)
    }

    /// A note for standard error when undated articles were read, for commands that leave them
    /// out of their periods; nil when there were none.
    public static func undatedNote(_ summary: PipelineSummary?) -> String? {
        guard let undated = summary?.undated, !undated.isEmpty else { return nil }
        let shown = undated.prefix(5).joined(separator: ", ") + (undated.count > 5 ? ", …" : "")
        return "note: \(undated.count) undated article\(undated.count == 1 ? "" : "s") (\(shown)) left out: they belong to no year"
    }
}
