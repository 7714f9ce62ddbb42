import ArgumentParser
import Armsnet
import ArmsnetRender
import Foundation

/// `armsnet compare A B PATH...`: what changed between two years or ranges of years.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "What changed between two periods: links, countries, firms, partners, ranks, communities.",
        discussion: "Periods are a year (2019) or a range (2015-2018). Undated articles belong to no period.")

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

    @Option(help: "Risers and fallers listed per measure and direction.")
    var top = 10

    @Option(help: "Draw the union of both periods (added, removed and kept links) to this .svg, .png or .dot file.")
    var diagram: String?

    @Option(help: "Write one SVG per period (A.svg, B.svg) into this folder, at the same positions and colours as --diagram.")
    var diagramEach: String?

    @Option(help: "Graphviz layout engine for the diagrams: \(LayoutEngine.allCases.map(\.rawValue).joined(separator: ", ")) (default by size).")
    var engine: String?

    func validate() throws {
        for text in [before, after] where Period(parsing: text) == nil {
            throw ValidationError("'\(text)' is not a year or a range of years (2019, 2015-2018).")
        }
        if top < 0 { throw ValidationError("--top must be at least 0.") }
        if let engine, LayoutEngine(rawValue: engine.lowercased()) == nil {
            throw ValidationError("Unknown layout engine '\(engine)'.")
        }
        if let diagram { _ = try RenderFormat.forFile(diagram) }
    }

    func run() throws {
        let job = CompareJob(before: Period(parsing: before)!, after: Period(parsing: after)!, relation: relation, format: output.format,
                             sections: section.isEmpty ? ComparisonSection.allCases : section, top: top, diagram: diagram,
                             diagramEach: diagramEach, engine: engine.map { LayoutEngine(rawValue: $0.lowercased())! })
        let input = try corpus.loadForPeriods(excludingUndated: true)
        print(try job.run(input.graph), terminator: "")
    }
}

extension ComparisonSection: ExpressibleByArgument {}

extension CorpusOptions {
    /// The network of these options with every year kept, for the commands that choose periods
    /// (`compare`, `timeline`, `export`). Warnings go to standard error unless `--quiet`, and so
    /// does a note on undated articles when the command leaves them out of its periods.
    func loadForPeriods(excludingUndated: Bool) throws -> NetworkInput.Loaded {
        let input = NetworkInput(paths: paths, edgeFiles: edgeFiles, gazetteer: gazetteer, jobs: jobs,
                                 showsProgress: !quiet && ProgressReporter.isTerminal)
        let loaded = try input.load(onWarning: { if !quiet { FileHandle.standardError.write(Data("warning: \($0)\n".utf8)) } })
        if !quiet, excludingUndated, let note = NetworkInput.undatedNote(loaded.summary) {
            FileHandle.standardError.write(Data((note + "\n").utf8))
        }
        return loaded
    }
}
