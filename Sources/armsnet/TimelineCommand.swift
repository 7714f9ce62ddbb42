import ArgumentParser
import Armsnet

/// `armsnet timeline PATH...`: the network year by year.
struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "Per year: articles, countries, firms, links and the top partners; optionally an SVG chart.")

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var period: PeriodOptions
    @OptionGroup var output: FormatOptions

    @Option(help: "Links counted: engagement, home or both.")
    var relation: RelationFilter = .engagement

    @Option(help: "How many of each year's heaviest links to list.")
    var top = 3

    @Option(help: "Write a bar chart of the timeline to this SVG file.")
    var chart: String?

    func validate() throws {
        if top < 0 { throw ValidationError("--top must be at least 0.") }
    }

    func run() throws {
        try reportingErrors {
            let input = try PeriodInput.load(corpus.source, period: period.period, onWarning: corpus.warn)
            if !corpus.quiet, period.period != nil, let note = PeriodInput.undatedNote(input.summary) { Diagnostics.note(note) }
            let job = TimelineJob(relation: relation, format: output.format, top: top, chart: chart)
            print(try job.run(input.graph, articlesPerYear: input.articlesPerYear), terminator: "")
        }
    }
}
