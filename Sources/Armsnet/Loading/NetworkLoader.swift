import ArmsnetCorpus
import ArmsnetExtraction
import ArmsnetGraph
import Foundation

/// Where a network comes from: articles, edge lists, or both.
public struct NetworkSource: Sendable {
    /// Article files, folders and JSONL files; `-` reads JSONL from standard input.
    public var paths: [String]
    /// Edge-list CSV files (`country,firm,weight,year`, optional `relation`, `articles`).
    public var edgeFiles: [String]
    /// A gazetteer overlay (JSON) that adds or overrides entries.
    public var gazetteerOverlay: String?
    /// Extraction threads.
    public var jobs: Int
    /// Progress on standard error.
    public var showsProgress: Bool

    public init(paths: [String], edgeFiles: [String] = [], gazetteerOverlay: String? = nil,
                jobs: Int = ProcessInfo.processInfo.activeProcessorCount, showsProgress: Bool = false) {
        self.paths = paths
        self.edgeFiles = edgeFiles
        self.gazetteerOverlay = gazetteerOverlay
        self.jobs = jobs
        self.showsProgress = showsProgress
    }
}

/// A network as loaded: the graph (every relation; only the period's years when one was given)
/// and what reading the articles found.
public struct LoadedNetwork: Sendable {
    public var graph: BipartiteGraph
    /// What the article pipeline read; nil when only edge lists were given.
    public var summary: PipelineSummary?
}

/// Reads articles (extracting them) and edge lists into one graph.
public enum NetworkLoader {
    /// The bundled gazetteer with the user's overlay on top.
    /// - Throws: `GazetteerError` naming the overlay file.
    public static func gazetteer(overlay: String?) throws -> Gazetteer {
        let bundled = try Gazetteer.bundled()
        guard let overlay else { return bundled }
        return try bundled.overlaid(with: URL(fileURLWithPath: overlay))
    }

    /// Loads `source`, restricted to `period` when given (undated articles and edge-list rows are then left out).
    /// - Parameter onWarning: each skipped file or line, one line.
    /// - Throws: `CorpusError`, `GraphError`, `GazetteerError` naming the file at fault.
    public static func load(_ source: NetworkSource, period: Period? = nil, onWarning: (String) -> Void) throws -> LoadedNetwork {
        try load(source, period: period, onWarning: onWarning, perArticle: { _ in }, onArticle: { _ in })
    }

    /// Loads `source` like `load(_:period:onWarning:)`, handing over something of each article.
    /// The graph is built on the extraction threads (a `GraphBuilder` each, built together at the end),
    /// so the thread that gets the articles in order has little else to do.
    /// - Parameters:
    ///   - perArticle: what `onArticle` needs of an extraction (its JSON line, for instance), made
    ///     on the extraction threads.
    ///   - onArticle: called with it for each article, in corpus order.
    public static func load<T: Sendable>(_ source: NetworkSource, period: Period? = nil, onWarning: (String) -> Void,
                                         perArticle: @escaping @Sendable (ArticleExtraction) -> T,
                                         onArticle: (T) throws -> Void) throws -> LoadedNetwork {
        let gazetteer = try gazetteer(overlay: source.gazetteerOverlay)
        let empty = GraphBuilder(countryNames: gazetteer.countryNames)
        var builders: [GraphBuilder] = []
        var summary: PipelineSummary? = nil
        if !source.paths.isEmpty {
            let pipeline = ExtractionPipeline(extractor: Extractor(gazetteer: gazetteer), jobs: source.jobs,
                                              showsProgress: source.showsProgress, period: period)
            let (read, partials) = try pipeline.run(paths: source.paths, onWarning: onWarning, partial: { empty },
                                                    map: { builder, extraction in
                                                        builder.add(extraction)
                                                        return perArticle(extraction)
                                                    }, onArticle)
            summary = read
            builders = partials
        }
        var graph: BipartiteGraph
        if source.paths.isEmpty {
            // Edge lists alone: the flat-array reader is several times faster than a builder.
            graph = try EdgeList.read(source.edgeFiles, countryNames: gazetteer.countryNames)
        } else {
            // Edge-list rows come last, as one slice per edge and year: their weights are added to
            // the articles' counts as when they were added after them.
            var listed = empty
            try EdgeList.read(source.edgeFiles, into: &listed, countryNames: gazetteer.countryNames)
            graph = GraphBuilder.build(builders + [listed])
        }
        if !source.edgeFiles.isEmpty {
            let renames = FirmNameReconciliation.renames(graph, gazetteer: gazetteer)
            if !renames.isEmpty {
                onWarning(FirmNameReconciliation.warning(renames, files: source.edgeFiles))
                graph = graph.renamingFirms(renames)
            }
            graph = graph.withListedHomes(Dictionary(gazetteer.firms.compactMap { firm in firm.country.map { (firm.name, $0) } },
                                                     uniquingKeysWith: { first, _ in first }))
            for iso in graph.countries.map(\.iso) where gazetteer.countryNames[iso] == nil {
                onWarning("\(source.edgeFiles.joined(separator: ", ")): country '\(iso)' is not an ISO 3166-1 alpha-3 code the gazetteer knows")
            }
        }
        if let period, !source.edgeFiles.isEmpty { graph = graph.filtered(years: period.years) }
        return LoadedNetwork(graph: graph, summary: summary)
    }
}
