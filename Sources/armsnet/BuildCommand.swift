import ArgumentParser
import Armsnet
import ArmsnetRender

/// `armsnet build PATH... -o DIR`: the main job.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Extract the network and write extract.jsonl, graph.json, network.dot and network.svg; print the top partners.")

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var period: PeriodOptions
    @OptionGroup var format: FormatOptions

    @Option(name: .shortAndLong, help: "Output folder.")
    var output: String = "output"

    @Option(help: "Countries and firms listed in the rankings.")
    var top: Int = 10

    @Option(help: "Engagement partners listed per country.")
    var partners: Int = 5

    @Option(help: "Nodes drawn in the diagram (the most central; default: all, at most \(BuildJob.defaultDiagramNodes)).")
    var diagramTop: Int?

    @Flag(help: "Link each edge in network.svg to its oldest source article: its http(s) URL, else its file, relative to the output folder.")
    var evidenceLinks = false

    func validate() throws {
        if top < 1 || partners < 1 { throw ValidationError("--top and --partners must be at least 1.") }
        if let diagramTop, diagramTop < 1 { throw ValidationError("--diagram-top must be at least 1.") }
    }

    func run() throws {
        try reportingErrors {
            var rendering = NetworkRendering()
            rendering.options.top = diagramTop
            rendering.options.evidenceLinks = evidenceLinks
            rendering.options.linkBase = output
            let job = BuildJob(outputFolder: output, period: period.period, top: top, partnersPerCountry: partners, rendering: rendering)
            let (network, report) = try job.run(corpus.source, onWarning: corpus.warn)
            if !corpus.quiet {
                Diagnostics.note(BuildSummary.line(network, period: period.period,
                                                   files: job.outputFiles(for: corpus.source).map { output + "/" + $0 }))
            }
            print(report.rendered(as: format.format), terminator: "")
        }
    }
}
