import ArgumentParser
import Armsnet

/// Where the network comes from: articles, edge lists, or both. Shared by every command that reads a corpus.
struct CorpusOptions: ParsableArguments {
    @Argument(help: "Article files, folders (searched recursively for .txt and .jsonl) or JSONL files; '-' reads JSONL from standard input.")
    var paths: [String] = []

    @Option(name: .customLong("edges"), parsing: .upToNextOption,
            help: "Edge-list CSV files with header country,firm,weight,year (optional relation, articles columns); weights are summed across files.")
    var edgeFiles: [String] = []

    @Option(help: "A JSON gazetteer overlay that adds or overrides countries, firms and non-entities (see README).")
    var gazetteer: String?

    @Option(help: "Extraction threads (default: all cores).")
    var jobs: Int?

    @Flag(help: "No progress or warnings on standard error.")
    var quiet = false

    func validate() throws {
        if paths.isEmpty && edgeFiles.isEmpty {
            throw ValidationError("Give article paths, '-' for JSONL on standard input, or --edges FILE.csv.")
        }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1.") }
    }
}

/// `--year Y` or `--from Y1 --to Y2`: restricts any output to a period (undated articles are then left out).
struct PeriodOptions: ParsableArguments {
    @Option(help: "Only this year.")
    var year: Int?

    @Option(help: "From this year on (inclusive).")
    var from: Int?

    @Option(help: "Up to this year (inclusive).")
    var to: Int?

    var period: Period? { Period(year: year, from: from, to: to) }

    func validate() throws {
        if year != nil && (from != nil || to != nil) { throw ValidationError("Use --year or --from/--to, not both.") }
        if let from, let to, from > to { throw ValidationError("--from \(from) is after --to \(to).") }
    }
}

/// `--format table|csv|json|markdown`.
struct FormatOptions: ParsableArguments {
    @Option(help: "Output format: table (for people), csv, json or markdown.")
    var format: OutputFormat = .table
}

extension OutputFormat: ExpressibleByArgument {}
extension RelationFilter: ExpressibleByArgument {}
