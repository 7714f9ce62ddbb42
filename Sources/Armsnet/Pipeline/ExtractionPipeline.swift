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
    public func run<T: Sendable>(paths: [String], onWarning: (String) -> Void,
                                 map: @escaping @Sendable (ArticleExtraction) -> T,
                                 _ body: (T) throws -> Void) throws -> PipelineSummary {
        let reader = CorpusReader(paths: paths)
        let progress = showsProgress ? ProgressReporter(totalBytes: reader.totalBytes()) : nil
        defer { progress?.finish() }
        var summary = PipelineSummary()
        var seen = Set<String>()
        let extractor = extractor, period = period
        try OrderedParallelMap<[Entry], [Outcome<T>]>(jobs: jobs, window: 2 * jobs + 2).run(
            produce: { emit in try Self.batches(reader, emit) },
            transform: { batch in batch.map { $0.outcome(extractor, period, map) } },
            deliver: { outcomes in
                for outcome in outcomes {
                    switch outcome {
                    case let .warning(message):
                        summary.warnings.append(message)
                        onWarning(message)
                    case let .article(id, source, year, bytes, result):
                        // The same file given twice, or a JSONL id repeated: counting it again would inflate weights.
                        guard seen.insert(id).inserted else {
                            let message = "\(source): article id '\(id)' was already read; counted once"
                            summary.warnings.append(message)
                            onWarning(message)
                            continue
                        }
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
                progress?.update(articles: summary.articles, bytes: summary.bytes)
            })
        return summary
    }

    /// Reads the corpus and emits it in batches; stops when `emit` says the run was cancelled.
    private static func batches(_ reader: CorpusReader, _ emit: ([Entry]) -> Bool) throws {
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
        case warning(CorpusError)

        func outcome<T>(_ extractor: Extractor, _ period: Period?, _ map: (ArticleExtraction) -> T) -> Outcome<T> {
            switch self {
            case let .warning(warning):
                return .warning(warning.localizedDescription)
            case let .article(article):
                let wanted = period.map { period in article.year.map { period.years.contains($0) } ?? false } ?? true
                return .article(id: article.id, source: article.source, year: article.year, bytes: article.text.utf8.count,
                                result: wanted ? map(extractor.extract(article)) : nil)
            }
        }
    }

    /// What the extraction threads hand back for one entry.
    private enum Outcome<T: Sendable>: Sendable {
        case warning(String)
        /// `result` is nil when the article is outside the period.
        case article(id: String, source: String, year: Int?, bytes: Int, result: T?)
    }
}
