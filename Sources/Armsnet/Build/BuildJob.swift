import ArmsnetExport
import ArmsnetExtraction
import ArmsnetGraph
import ArmsnetRender
import ArmsnetSupport
import Foundation

/// `armsnet build`: the main job. Reads the corpus once and writes, into one folder,
/// `extract.jsonl` (one line per article), `graph.json` (the graph with measures and
/// communities), `network.dot` and `network.svg`; returns the rankings to print.
public struct BuildJob: Sendable {
    public var outputFolder: String
    public var period: Period?
    /// Countries and firms listed in the rankings.
    public var top: Int
    /// Partners listed per country.
    public var partnersPerCountry: Int
    /// How the diagram is drawn (its `options.top` caps the nodes drawn).
    public var rendering: NetworkRendering

    /// Nodes drawn when the caller sets no cap: beyond this a diagram stops being readable.
    public static let defaultDiagramNodes = 300
    /// Above this many nodes, betweenness is estimated from `sampledSources` pivots and closeness
    /// (O(n·m)) is left out of `graph.json`, so a build of a large corpus stays in seconds.
    public static let exactMeasuresUpTo = 2_000
    public static let sampledSources = 256

    public init(outputFolder: String, period: Period? = nil, top: Int = 10, partnersPerCountry: Int = 5,
                rendering: NetworkRendering = NetworkRendering()) {
        self.outputFolder = outputFolder
        self.period = period
        self.top = top
        self.partnersPerCountry = partnersPerCountry
        self.rendering = rendering
    }

    /// Files the job writes for `source`, in the order it writes them (`extract.jsonl` only when
    /// articles are read).
    public func outputFiles(for source: NetworkSource) -> [String] {
        (source.paths.isEmpty ? [] : ["extract.jsonl"]) + ["graph.json", "network.dot", "network.svg"]
    }

    /// Runs the job. Every file is written to a temporary name and renamed when complete, so a
    /// failure leaves no half-written file.
    /// - Throws: corpus, gazetteer, edge-list, render and write errors, each naming its file.
    public func run(_ source: NetworkSource, onWarning: (String) -> Void) throws -> (network: LoadedNetwork, report: BuildReport) {
        let folder = outputFolder + "/"
        let extractions = source.paths.isEmpty ? nil : try AtomicFileWriter(path: folder + "extract.jsonl")
        let writesLines = extractions != nil
        let network = try NetworkLoader.load(source, period: period, onWarning: onWarning,
                                             perArticle: { writesLines ? $0.jsonLineBytes() : [] },
                                             onArticle: { line in try line.withUnsafeBytes { try extractions?.write(bytes: $0) } })
        let graph = network.graph
        guard !graph.isEmpty else { throw BuildError.noLinks(paths: source.paths + source.edgeFiles) }

        var rendering = rendering
        if rendering.options.top == nil, rendering.options.focus == nil,
           graph.countries.count + graph.firms.count > Self.defaultDiagramNodes {
            rendering.options.top = Self.defaultDiagramNodes
        }
        let large = graph.countries.count + graph.firms.count > Self.exactMeasuresUpTo
        let measures = ExportMeasure.allCases.filter { !large || $0 != .closeness }
        let betweennessPivots = large ? Self.sampledSources : nil
        // The diagram (with graph.json's edges) and the measures do not depend on each other: they
        // are made at the same time.
        let ((dot, svg, edges), annotated) = try Concurrently.run({ [rendering] in
            let diagram = try rendering.diagram(graph)
            let dot = try DOTWriter.write(diagram, engine: rendering.engine)
            let svg = try GraphvizRenderer.shared.render(diagram, format: .svg, engine: rendering.engine)
            return (dot, svg, JSONWriter.Edges(graph))
        }, {
            ExportAnnotation.annotate(graph, measures: measures, betweennessPivots: betweennessPivots)
        })
        var json = ""
        JSONWriter.write(annotated, edges: edges, to: &json)

        try extractions?.commit()
        try AtomicFile.write(json, to: folder + "graph.json")
        try AtomicFile.write(dot, to: folder + "network.dot")
        try AtomicFile.write(svg, to: folder + "network.svg")
        return (network, BuildReport(annotated, top: top, partnersPerCountry: partnersPerCountry,
                                     betweennessNote: large ? "estimated from \(Self.sampledSources) sampled sources" : nil))
    }
}

/// Why a build produced nothing.
public enum BuildError: LocalizedError, Equatable {
    case noLinks(paths: [String])

    public var errorDescription: String? {
        switch self {
        case let .noLinks(paths): return "\(paths.joined(separator: ", ")): no country–firm links found, nothing to draw"
        }
    }
}
