import ArgumentParser
import Armsnet
import ArmsnetRender

/// `armsnet compare A B PATH...`: what changed between two years or ranges of years.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "What changed between two periods: links, countries, firms, partners, ranks, communities.",
        discussion: """
            Periods are a year (2019) or a range (2015-2018); undated articles belong to no period. \
            Example: armsnet compare 2019 2021-2025 seeds --diagram changes.svg --diagram-each periods/. \
            With --format csv, ask for one --section to get a single CSV table (sections are otherwise \
            separated by a blank line); --format json gives one object with an array per section.
            """)

    @Argument(help: "The earlier period: a year (2019) or a range (2015-2018).")
    var before: String

    @Argument(help: "The later period: a year or a range.")
    var after: String

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var output: FormatOptions

    @Option(help: "Links compared: engagement, home or both.")
    var relation: RelationFilter = .engagement

    @Option(parsing: .upToNextOption, help: "Only these sections: \(ComparisonSection.allCases.map(\.rawValue).joined(separator: ", ")).")
    var section: [ComparisonSection] = []

    @Option(help: "Risers and fallers listed per measure (strength, betweenness), side (countries, firms) and direction.")
    var top = 10

    @Option(help: "Estimate betweenness from this many sampled sources (faster on large graphs; default exact).")
    var pivots: Int?

    @Option(help: "Draw the union of both periods (added, removed and kept links) to this .svg, .png or .dot file.")
    var diagram: String?

    @Option(help: "Write one SVG per period (A.svg, B.svg) into this folder, at the same positions and colours as --diagram.")
    var diagramEach: String?

    @Option(help: "Draw at most this many nodes: the ends of the links that changed most (0: all).")
    var diagramTop = 300

    @Option(help: "Graphviz layout engine for the diagrams: \(LayoutEngine.allCases.map(\.rawValue).joined(separator: ", ")) (default by size).")
    var engine: String?

    func validate() throws {
        for text in [before, after] where Period(parsing: text) == nil {
            throw ValidationError("'\(text)' is not a year or a range of years (2019, 2015-2018).")
        }
        let (a, b) = (Period(parsing: before)!, Period(parsing: after)!)
        if a.from <= b.to && b.from <= a.to {
            throw ValidationError("The periods \(a) and \(b) overlap; compare periods that share no year.")
        }
        if top < 0 || diagramTop < 0 { throw ValidationError("--top and --diagram-top must be at least 0.") }
        if let pivots, pivots < 1 { throw ValidationError("--pivots must be at least 1.") }
        if let engine, LayoutEngine(rawValue: engine.lowercased()) == nil {
            throw ValidationError("Unknown layout engine '\(engine)'.")
        }
        if let diagram, (try? RenderFormat.forFile(diagram)) == nil {
            throw ValidationError("--diagram \(diagram): use a .svg, .png or .dot file name.")
        }
    }

    func run() throws {
        try reportingErrors {
            let (a, b) = (Period(parsing: before)!, Period(parsing: after)!)
            // Only articles of years from the earlier start to the later end are extracted.
            let span = Period(from: min(a.from, b.from), to: max(a.to, b.to))
            let input = try PeriodInput.load(corpus.source, period: span, onWarning: corpus.warn)
            if !corpus.quiet, let note = PeriodInput.undatedNote(input.summary) { Diagnostics.note(note) }
            if !corpus.quiet {
                for note in CompareJob.emptyPeriodNotes(input.graph, periods: [a, b], relation: relation) { Diagnostics.note(note) }
            }
            let job = CompareJob(before: a, after: b, relation: relation, format: output.format,
                                 sections: section.isEmpty ? ComparisonSection.allCases : section, top: top, diagram: diagram,
                                 diagramEach: diagramEach, engine: engine.map { LayoutEngine(rawValue: $0.lowercased())! },
                                 diagramTop: diagramTop == 0 ? nil : diagramTop, betweennessPivots: pivots)
            print(try job.run(input.graph, articlesPerYear: input.articlesPerYear), terminator: "")
        }
    }
}

extension ComparisonSection: ExpressibleByArgument {}
