import ArmsnetCorpus
import ArmsnetExtraction
import ArmsnetGraph
import ArmsnetSupport
import Foundation

/// `armsnet extract`: articles in; on standard output, one JSON line per article or the
/// aggregated edge list; warnings, progress and a closing note about undated articles on
/// standard error (none of them with `quiet`).
public struct ExtractJob {
    public enum Format: String, CaseIterable, Sendable {
        /// One `ArticleExtraction.jsonLine()` per article in the period, in corpus order, written as each
        /// batch of articles is done (a streaming input's batches end where it pauses: every line read is
        /// answered without waiting for more).
        case jsonl
        /// `EdgeList.csv` of the links of the articles in the period.
        case edges
    }

    public var paths: [String]
    public var format: Format
    public var period: Period?
    /// Extraction threads; nil means all cores.
    public var jobs: Int?
    /// A gazetteer overlay file.
    public var gazetteer: String?
    public var quiet: Bool
    /// Only read the corpus (no extraction) and print `N articles, B bytes`: the reader's own speed, for `scripts/bench.sh`.
    public var readOnly = false

    public init(paths: [String], format: Format, period: Period? = nil, jobs: Int? = nil, gazetteer: String? = nil, quiet: Bool = false) {
        self.paths = paths
        self.format = format
        self.period = period
        self.jobs = jobs
        self.gazetteer = gazetteer
        self.quiet = quiet
    }

    /// Runs the extraction and writes its output.
    /// - Throws: `CorpusError` when no article could be read; gazetteer errors; write errors.
    @discardableResult
    public func run() throws -> PipelineSummary {
        if readOnly { return try read() }
        var gazetteer = try Gazetteer.bundled()
        if let overlay = self.gazetteer { gazetteer = try gazetteer.overlaid(with: URL(fileURLWithPath: overlay)) }
        let pipeline = ExtractionPipeline(extractor: Extractor(gazetteer: gazetteer),
                                          jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount,
                                          showsProgress: !quiet && ProgressReporter.isTerminal, period: period)
        let warn: (String) -> Void = { message in if !quiet { StandardStream.error("warning: " + message) } }
        let summary: PipelineSummary
        switch format {
        case .jsonl:
            // A batch's lines go out in one write: a system call per line cost more than the line.
            var lines: [UInt8] = []
            summary = try pipeline.run(paths: paths, onWarning: warn, map: { $0.jsonLineBytes() }, endOfBatch: {
                try StandardStream.output(lines)
                lines.removeAll(keepingCapacity: true)
            }) { line in lines.append(contentsOf: line) }
        case .edges:
            // Each extraction thread adds its articles to a builder of its own (an edge list carries no
            // evidence); the builders are built together at the end.
            let empty = GraphBuilder(countryNames: gazetteer.countryNames)
            let (read, builders) = try pipeline.run(paths: paths, onWarning: warn, partial: { empty },
                                                    map: { builder, extraction in builder.add(Self.withoutEvidence(extraction)) }) { _ in }
            summary = read
            try StandardStream.output(EdgeList.csv(GraphBuilder.build(builders)))
        }
        if !quiet, let note = Self.undatedNote(summary, period: period) { StandardStream.error(note) }
        return summary
    }

    /// The extraction without its evidence sentences, which an edge list does not carry.
    @Sendable static func withoutEvidence(_ extraction: ArticleExtraction) -> ArticleExtraction {
        var slim = extraction
        for i in slim.pairs.indices { slim.pairs[i].evidence = [] }
        return slim
    }

    /// Reads the corpus on this thread alone, as the pipeline's reading thread does.
    private func read() throws -> PipelineSummary {
        var summary = PipelineSummary()
        try CorpusReader(paths: paths).forEach(onWarning: { summary.warnings.append($0.localizedDescription) }) { article in
            summary.articles += 1
            summary.bytes += article.text.utf8.count
            if article.year == nil { summary.undated.append(article.id) }
        }
        try StandardStream.output("\(summary.articles) articles, \(summary.bytes) bytes\n")
        return summary
    }

    /// `note: 3 articles have no date and no unambiguous year: a1, a2, a3 (left out of 2019)`,
    /// listing at most 5 ids; nil when every article has a year.
    static func undatedNote(_ summary: PipelineSummary, period: Period?) -> String? {
        guard !summary.undated.isEmpty else { return nil }
        let count = summary.undated.count
        var ids = summary.undated.prefix(5).joined(separator: ", ")
        if count > 5 { ids += " and \(count - 5) more" }
        let noun = count == 1 ? "article has" : "articles have"
        let left = period.map { " (left out of \($0))" } ?? ""
        return "note: \(count) \(noun) no date and no unambiguous year: \(ids)\(left)"
    }
}
