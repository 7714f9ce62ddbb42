import ArgumentParser
import Armsnet
import ArmsnetAnalytics
import ArmsnetRender
import ArmsnetSupport
import Foundation

/// `armsnet render PATH... -o FILE.svg|.png|.dot|.xdot`: draws the network with Graphviz (in-process).
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draw the country–firm network as SVG (tooltips with evidence), PNG, DOT or xdot.",
        discussion: """
            Countries are ellipses, firms boxes; size by --size-by, fill by Leiden community, line width by \
            weight; home links dashed grey. The engine defaults by size: dot up to 40 nodes, neato up to 400, \
            sfdp beyond.
            """)

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var period: PeriodOptions

    @Option(name: .shortAndLong, help: "Output file; the extension picks the format: .svg, .png, .dot (or .gv), .xdot.")
    var output: String

    @Option(help: "Layout engine: \(LayoutEngine.allCases.map(\.rawValue).joined(separator: ", ")) (default: by size).")
    var engine: LayoutEngine?

    @Option(help: "Links drawn: engagement, home or both.")
    var relation: RelationFilter = .both

    @Option(help: "Centrality that sizes nodes and picks --top: \(Measure.allCases.map(\.rawValue).joined(separator: ", ")).")
    var sizeBy: String = Measure.strength.rawValue

    @Option(help: "Keep the N most central nodes and the links among them.")
    var top: Int?

    @Option(help: "Drop links lighter than this weight.")
    var minWeight: Double?

    @Option(help: "Draw only the neighbourhood of this country (ISO code) or firm (name).")
    var focus: String?

    @Option(help: "How many links away from --focus to draw (1 or 2).")
    var depth: Int = 1

    @Flag(help: "Link each edge to its oldest source article: its http(s) URL, else its file, relative to the output's folder.")
    var evidenceLinks = false

    @Flag(help: "Fill nodes by side (country/firm) instead of by community.")
    var noCommunities = false

    @Option(help: "Title shown above the legend.")
    var title: String?

    func validate() throws {
        do { _ = try RenderFormat.forFile(output) } catch { throw ValidationError(error.localizedDescription) }
        if Measure(rawValue: sizeBy) == nil {
            throw ValidationError("--size-by must be one of \(Measure.allCases.map(\.rawValue).joined(separator: ", ")).")
        }
        if let top, top < 1 { throw ValidationError("--top must be at least 1.") }
        if let minWeight, !(minWeight > 0) { throw ValidationError("--min-weight must be positive.") }
        if !(1...2).contains(depth) { throw ValidationError("--depth must be 1 or 2.") }
        if focus == nil && depth != 1 { throw ValidationError("--depth needs --focus.") }
    }

    func run() throws {
        try reportingErrors {
            let format = try RenderFormat.forFile(output)
            let network = try NetworkLoader.load(corpus.source, period: period.period, onWarning: corpus.warn)
            let graph = network.graph.filtered(relations: relation.relations)
            let options = NetworkDiagramOptions(top: top, minWeight: minWeight, focus: focus, depth: depth,
                                                evidenceLinks: evidenceLinks,
                                                linkBase: (output as NSString).deletingLastPathComponent, title: title)
            let rendering = NetworkRendering(sizeBy: Measure(rawValue: sizeBy)!, communities: !noCommunities, options: options, engine: engine)
            let diagram = try rendering.diagram(graph)
            try AtomicFile.write(try GraphvizRenderer.shared.render(diagram, format: format, engine: engine), to: output)
            if !corpus.quiet {
                let layout = (engine ?? LayoutEngine.default(nodeCount: diagram.nodes.count)).rawValue
                Diagnostics.note("\(output): \(diagram.nodes.count) nodes, \(diagram.edges.count) links (\(layout))")
            }
        }
    }
}

extension LayoutEngine: ExpressibleByArgument {}
