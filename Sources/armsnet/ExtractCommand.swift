import ArgumentParser
import Armsnet

/// `armsnet extract PATH... [--format jsonl|edges] [--year Y | --from Y1 --to Y2]`
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract countries, firms and typed country–firm links from articles.",
        discussion: """
            jsonl: one JSON object per article, in corpus order, written as each batch of articles is done. With '-' this is a \
            streaming filter (Spark RDD.pipe, Hadoop Streaming): JSONL articles in on standard input, one \
            result per article out; bad lines are reported on standard error and skipped.
            edges: the aggregated links as CSV (country,firm,relation,year,weight,articles), which \
            'build --edges' reads; the weights of several such files add up, so shards can be merged.
            """)

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var period: PeriodOptions

    @Option(help: "Output: jsonl (one JSON object per article) or edges (aggregated links as CSV).")
    var format: ExtractJob.Format = .jsonl

    @Flag(help: ArgumentHelp("Only read the corpus and print its size (for scripts/bench.sh).", visibility: .hidden))
    var readOnly = false

    func validate() throws {
        if !corpus.edgeFiles.isEmpty { throw ValidationError("extract reads articles, not edge lists: drop --edges.") }
    }

    func run() throws {
        var job = ExtractJob(paths: corpus.paths, format: format, period: period.period, jobs: corpus.jobs,
                             gazetteer: corpus.gazetteer, quiet: corpus.quiet)
        job.readOnly = readOnly
        try job.run()
    }
}

extension ExtractJob.Format: ExpressibleByArgument {}
