import ArgumentParser
import Armsnet
import ArmsnetAnalytics

/// `armsnet clusters PATH...`: Leiden communities with their members and modularity.
struct ClustersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clusters",
        abstract: "Communities of countries and firms (Leiden), with their members and the modularity reached.",
        discussion: """
            --objective barber (default) scores communities with Barber's bipartite modularity, whose null model \
            only expects country–firm links; modularity is the standard Newman–Girvan one. Table and markdown list \
            one community per row; JSON adds the objective and modularity; CSV lists one member per row \
            (community,kind,id,name,strength). Communities are numbered from 1 by total strength (heaviest first, \
            ties by the smallest member); with the default --objective, --resolution, --seed and --iterations the \
            numbers are the ones `export` (computed on its --relation), `compare` and the network diagram give.
            """)

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var period: PeriodOptions
    @OptionGroup var output: FormatOptions

    @Option(help: "Quality optimised: barber (bipartite modularity) or modularity.")
    var objective: CommunityObjective = .barber

    @Option(help: "Resolution γ: above 1 gives smaller communities, below 1 larger ones.")
    var resolution: Double = 1

    @Option(help: "Seed of Leiden's node orders.")
    var seed: UInt64 = 42

    @Option(help: "Leiden iterations; more can only raise the modularity.")
    var iterations = 2

    @Option(help: "Links used: engagement, home or both.")
    var relation: RelationFilter = .engagement

    @Option(help: "Communities smaller than this are not listed.")
    var minSize = 2

    @Option(help: "Members shown per community in the table (0: all; CSV and JSON list all).")
    var members = 8

    func validate() throws {
        if !(resolution > 0) || !resolution.isFinite { throw ValidationError("--resolution must be a positive number.") }
        if iterations < 1 { throw ValidationError("--iterations must be at least 1.") }
        if minSize < 1 { throw ValidationError("--min-size must be at least 1.") }
        if members < 0 { throw ValidationError("--members must be 0 or more.") }
    }

    func run() throws {
        try reportingErrors {
            let network = try NetworkLoader.load(corpus.source, period: period.period, onWarning: corpus.warn)
            let job = ClustersJob(objective: objective, resolution: resolution, seed: seed, iterations: iterations,
                                  relation: relation, minSize: minSize, members: members)
            print(job.run(network.graph, period: period.period, format: output.format), terminator: "")
        }
    }
}

extension CommunityObjective: ExpressibleByArgument {}
