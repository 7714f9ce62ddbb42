import ArgumentParser
import Armsnet
import ArmsnetAnalytics
import ArmsnetGraph

/// `armsnet rank PATH...`: top countries and firms by a measure, or one node's top partners.
struct RankCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rank",
        abstract: "Top countries and firms by a centrality, or a country's or firm's top partners by link weight.",
        discussion: """
            Measures: degree, strength (weighted degree), betweenness and closeness (harmonic; link length \
            1/weight), eigenvector, pagerank, hits (countries' hub and firms' authority scores), birank, and the \
            two-mode normalisations of Borgatti & Everett (two-mode-degree, -betweenness, -closeness, -eigenvector). \
            CSV columns: rank,kind,id,name,score.
            """)

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var period: PeriodOptions
    @OptionGroup var output: FormatOptions

    @Option(help: "Measure: \(Measure.allCases.map(\.rawValue).joined(separator: ", ")).")
    var by: Measure = .strength

    @Option(help: "Links used: engagement, home or both.")
    var relation: RelationFilter = .engagement

    @Option(help: "Entries listed per side (or partners listed).")
    var top = 10

    @Option(help: "Only countries or only firms: country, firm.")
    var kind: NodeKind?

    @Option(help: "List this country's top partners (ISO code or name) instead of a ranking.")
    var country: String?

    @Option(help: "List this firm's top partners (name, canonical id or alias, any case) instead of a ranking.")
    var firm: String?

    @Option(help: "Estimate betweenness from this many sampled sources (faster on large graphs; default exact).")
    var pivots: Int?

    @Option(help: "Seed of the betweenness pivot sample.")
    var seed: UInt64 = 42

    func validate() throws {
        if top < 1 { throw ValidationError("--top must be at least 1.") }
        if country != nil && firm != nil { throw ValidationError("Use --country or --firm, not both.") }
        if let pivots, pivots < 1 { throw ValidationError("--pivots must be at least 1.") }
    }

    func run() throws {
        try reportingErrors {
            var aliases: [(alias: String, canonical: String)] = []
            let network: LoadedNetwork
            if firm != nil {
                aliases = RankJob.firmAliases(try NetworkLoader.gazetteer(overlay: corpus.gazetteer))
                network = try NetworkLoader.load(corpus.source, period: period.period, onWarning: corpus.warn,
                                                 perArticle: RankJob.firmAliases, onArticle: { aliases += $0 })
            } else {
                network = try NetworkLoader.load(corpus.source, period: period.period, onWarning: corpus.warn)
            }
            let job = RankJob(measure: by, relation: relation, top: top, kind: kind, country: country, firm: firm,
                              firmAliases: aliases, pivots: pivots, seed: seed)
            print(try job.run(network.graph, period: period.period, format: output.format), terminator: "")
            if !corpus.quiet, let note = RankJob.emptyNote(network.graph, relation: relation, period: period.period) {
                Diagnostics.note(note)
            }
        }
    }
}

extension Measure: ExpressibleByArgument {}
extension NodeKind: ExpressibleByArgument {}
