import ArmsnetExtraction
import ArmsnetGraph
import Foundation

/// What `compare`, `timeline` and `export` read: articles (through the extraction pipeline) and
/// edge-list CSV files, merged into one graph with every year kept, since these commands choose
/// their periods themselves.
public struct NetworkInput: Sendable {
    /// Article files, folders, JSONL files, or `-` for JSONL on standard input.
    public var paths: [String]
    /// Edge-list CSV files (`country,firm,weight,year`, optional `relation` and `articles`).
    public var edgeFiles: [String]
    /// A gazetteer overlay JSON file.
    public var gazetteer: String?
    /// Extraction threads; nil for all cores.
    public var jobs: Int?
    public var showsProgress: Bool

    public init(paths: [String], edgeFiles: [String] = [], gazetteer: String? = nil, jobs: Int? = nil, showsProgress: Bool = false) {
        self.paths = paths
        self.edgeFiles = edgeFiles
        self.gazetteer = gazetteer
        self.jobs = jobs
        self.showsProgress = showsProgress
    }

    /// The network and what was read.
    public struct Loaded: Sendable {
        public var graph: BipartiteGraph
        /// Articles read per year (nil key: undated), counting those without links; nil when only
        /// edge lists were read.
        public var articlesPerYear: [Int?: Int]?
        /// What the pipeline read (nil when only edge lists were read).
        public var summary: PipelineSummary?
    }

    /// Reads the articles and edge lists.
    /// - Parameter onWarning: each skipped file or line, one line, in corpus order.
    /// - Throws: `CorpusError`, `GazetteerError`, `GraphError` naming the file at fault.
    public func load(onWarning: (String) -> Void) throws -> Loaded {
        var gazetteer = try Gazetteer.bundled()
        if let overlay = self.gazetteer { gazetteer = try gazetteer.overlaid(with: URL(fileURLWithPath: overlay)) }
        var builder = GraphBuilder(countryNames: gazetteer.countryNames)
        var articles: [Int?: Int]?
        var summary: PipelineSummary?
        if !paths.isEmpty {
            let pipeline = ExtractionPipeline(extractor: Extractor(gazetteer: gazetteer), jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount,
                                              showsProgress: showsProgress)
            var counts: [Int?: Int] = [:]
            summary = try pipeline.run(paths: paths, onWarning: onWarning) { extraction in
                builder.add(extraction)
                counts[extraction.year, default: 0] += 1
            }
            articles = counts
        }
        try EdgeList.read(edgeFiles, into: &builder, countryNames: gazetteer.countryNames)
        return Loaded(graph: builder.build(), articlesPerYear: articles, summary: summary)
    }

    /// A note for standard error when undated articles were read: they are in no period.
    public static func undatedNote(_ summary: PipelineSummary?) -> String? {
        guard let undated = summary?.undated, !undated.isEmpty else { return nil }
        let shown = undated.prefix(5).joined(separator: ", ") + (undated.count > 5 ? ", …" : "")
        return "note: \(undated.count) undated article\(undated.count == 1 ? "" : "s") (\(shown)) belong to no year and are left out of every period"
    }
}
