import ArgumentParser
import Armsnet
import ArmsnetExport

/// `armsnet export PATH... -o FILE`: the network for Gephi, Cytoscape and networkx.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the network with centralities and communities as GraphML, GEXF (dynamic), CSV or JSON.",
        discussion: """
            The format follows the file name: .graphml (networkx, Cytoscape), .gexf (Gephi; nodes and \
            links carry their years so the timeline plays), .csv (the edge list, plus FILE.nodes.csv) \
            or .json (networkx node-link). The community attribute is the number `armsnet clusters` gives \
            with the same --relation (Leiden with Barber's modularity, seed 42; numbered from 1 by total \
            strength; stars and lone links one community each).
            """)

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var period: PeriodOptions

    @Option(name: .shortAndLong, help: "The file to write: .graphml, .gexf, .csv or .json.")
    var output: String

    @Option(help: "Links the centralities and communities are computed on: engagement, home or both (every link is exported).")
    var relation: RelationFilter = .engagement

    @Option(parsing: .upToNextOption,
            help: "Node measures written (default: all). Betweenness and closeness take O(nodes × links): on large graphs sample betweenness with --pivots and leave closeness out.")
    var measures: [ExportMeasure] = ExportMeasure.allCases

    @Option(help: "Estimate betweenness from this many sampled sources (faster on large graphs; default exact).")
    var pivots: Int?

    func validate() throws {
        if ExportFormat(path: output) == nil { throw ValidationError(ExportError.unknownFormat(path: output).localizedDescription) }
        if let pivots, pivots < 1 { throw ValidationError("--pivots must be at least 1.") }
    }

    func run() throws {
        try reportingErrors {
            let network = try NetworkLoader.load(corpus.source, period: period.period, onWarning: corpus.warn)
            if !corpus.quiet, period.period != nil, let note = PeriodInput.undatedNote(network.summary) { Diagnostics.note(note) }
            try ExportJob(output: output, relation: relation, measures: measures, betweennessPivots: pivots).run(network.graph)
        }
    }
}

extension ExportMeasure: ExpressibleByArgument {}
