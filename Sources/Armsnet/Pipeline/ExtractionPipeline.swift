import ArmsnetCorpus
import ArmsnetExtraction
import Foundation

/// Reads a corpus and extracts every article on several threads, handing the results over in
/// corpus order: the output is the same whatever `jobs` is.
///
/// One thread reads (`CorpusReader`, streaming) and cuts the articles into batches of up to 64
/// articles or 256 KiB of text (sooner when standard input pauses, so a streaming filter answers
/// each line as it comes); `jobs` threads extract batches; the calling thread gets the results
/// batch by batch in order (`OrderedParallelMap`). At most `2 × jobs + 2` batches are in flight,
/// so memory does not grow with the corpus.
public struct ExtractionPipeline: Sendable {
    public let extractor: Extractor
    /// Extraction threads (at least 1).
    public let jobs: Int
    /// Progress on standard error (see `ProgressReporter`); the caller decides (terminal, `--quiet`).
    public let showsProgress: Bool
    /// When set, only articles with a year in it are extracted (undated ones are left out).
    public let period: Period?

    static let batchArticles = 64
    static let batchBytes = 256 << 10

    public init(extractor: Extractor, jobs: Int = ProcessInfo.processInfo.activeProcessorCount,
                showsProgress: Bool = false, period: Period? = nil) {
        self.extractor = extractor
        self.jobs = max(1, jobs)
        self.showsProgress = showsProgress
        self.period = period
    }

    /// Extracts every article under `paths`, calling `body` in corpus order.
    /// - Parameter onWarning: each skipped file or line, one line, in corpus order.
    /// - Throws: `CorpusError` when nothing could be read, or what `body` throws (reading stops).
    public func run(paths: [String], onWarning: (String) -> Void, _ body: (ArticleExtraction) throws -> Void) throws -> PipelineSummary {
        try run(paths: paths, onWarning: onWarning, map: { $0 }, body)
    }

    /// Like `run(paths:onWarning:_:)`, with `map` applied to each extraction on the extraction
    /// threads (to serialise it there, for instance) before `body` gets it in corpus order.
    /// - Parameter endOfBatch: called after `body` has had the last article of each batch (to write
    ///   what `body` gathered in one go, for instance).
    public func run<T: Sendable>(paths: [String], onWarning: (String) -> Void,
                                 map: @escaping @Sendable (ArticleExtraction) -> T,
                                 endOfBatch: () throws -> Void = {},
                                 _ body: (T) throws -> Void) throws -> PipelineSummary {
        try run(paths: paths, onWarning: onWarning, partial: {}, map: { _, extraction in map(extraction) }, endOfBatch: endOfBatch, body).summary
    }

    /// Like `run(paths:onWarning:map:_:)`, where each extraction thread also folds the extractions
    /// it makes into a partial result of its own (made by `partial`; a `GraphBuilder`, for
    /// instance). Which articles a thread gets depends on timing: combine the partials in a way
    /// that does not depend on it.
    /// - Returns: the summary, and one partial per extraction thread.
    public func run<T: Sendable, Partial: Sendable>(paths: [String], onWarning: (String) -> Void,
                                                    partial: @escaping @Sendable () -> Partial,
                                                    map: @escaping @Sendable (inout Partial, ArticleExtraction) -> T,
                                                    endOfBatch: () throws -> Void = {},
                                                    _ body: (T) throws -> Void) throws -> (summary: PipelineSummary, partials: [Partial]) {
        let reader = CorpusReader(paths: paths)
        let progress = showsProgress ? ProgressReporter(totalBytes: reader.totalBytes()) : nil
        defer { progress?.finish() }
        var summary = PipelineSummary()
        let extractor = extractor, period = period
        let partials = try OrderedParallelMap<[Entry], [Outcome<T>]>(jobs: jobs, window: 2 * jobs + 2).run(
            state: partial,
            produce: { emit in try Self.batches(reader, emit) },
            transform: { partial, batch in batch.map { $0.outcome(extractor, period) { map(&partial, $0) } } },
            deliver: { outcomes in
                for outcome in outcomes {
                    switch outcome {
                    case let .warning(message):
                        summary.warnings.append(message)
                        onWarning(message)
                    case let .article(id, year, bytes, result):
                        summary.articles += 1
                        summary.bytes += bytes
                        if year == nil { summary.undated.append(id) }
                        if let result {
                            summary.extracted += 1
                            try body(result)
                        } else if year != nil {
                            summary.outsidePeriod += 1
                        }
                    }
                }
                try endOfBatch()
                progress?.update(articles: summary.articles, bytes: summary.bytes)
            })
        return (summary, partials)
    }

    /// Reads the corpus and emits it in batches; stops when `emit` says the run was cancelled.
    /// An article whose id was already read is not extracted again: counting it again would
    /// inflate weights (the same file given twice, or a JSONL id repeated).
    private static func batches(_ reader: CorpusReader, _ emit: ([Entry]) -> Bool) throws {
        var seen = Set<String>()
        var batch: [Entry] = []
        var bytes = 0
        func flush() throws {
            guard !batch.isEmpty else { return }
            guard emit(batch) else { throw Cancelled() }
            batch = []
            bytes = 0
        }
        try reader.forEachEvent { event in
            switch event {
            case let .article(article):
                guard seen.insert(article.id).inserted else {
                    batch.append(.repeated(id: article.id, source: article.source))
                    return
                }
                batch.append(.article(article))
                bytes += article.text.utf8.count
                if batch.count >= batchArticles || bytes >= batchBytes { try flush() }
            case let .warning(warning):
                batch.append(.warning(warning))
            case .inputWaiting:
                try flush()
            }
        }
        try flush()
    }

    private struct Cancelled: Error {}

    /// What the reader produced.
    private enum Entry: Sendable {
        case article(Article)
        /// An article whose id was already read.
        case repeated(id: String, source: String)
        case warning(CorpusError)

        func outcome<T>(_ extractor: Extractor, _ period: Period?, _ map: (ArticleExtraction) -> T) -> Outcome<T> {
            switch self {
            case let .warning(warning):
                return .warning(warning.localizedDescription)
            case let .repeated(id, source):
                return .warning("\(source): article id '\(id)' was already read; counted once")
            case let .article(article):
                let wanted = period.map { period in article.year.map { period.years.contains($0) } ?? false } ?? true
                return .article(id: article.id, year: article.year, bytes: article.text.utf8.count,
                                result: wanted ? map(extractor.extract(article)) : nil)
            }
        }
    }

    /// What the extraction threads hand back for one entry.
    private enum Outcome<T: Sendable>: Sendable {
        case warning(String)
        /// `result` is nil when the article is outside the period.
        case article(id: String, year: Int?, bytes: Int, result: T?)
    }
}
