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

    /// Files the job writes, in the order it writes them.
    public var outputFiles: [String] {
        ["extract.jsonl", "graph.json", "network.dot", "network.svg"].map { outputFolder + "/" + $0 }
    }

    /// Runs the job. Every file is written to a temporary name and renamed when complete, so a
    /// failure leaves no half-written file.
    /// - Throws: corpus, gazetteer, edge-list, render and write errors, each naming its file.
    public func run(_ source: NetworkSource, onWarning: (String) -> Void) throws -> (network: LoadedNetwork, report: BuildReport) {
        let paths = outputFiles
        let extractions = try AtomicFileWriter(path: paths[0])
        let network = try NetworkLoader.load(source, period: period, onWarning: onWarning) { _, line in
            try extractions.write(line + "\n")
        }
        let graph = network.graph
        guard !graph.isEmpty else { throw BuildError.noLinks(paths: source.paths + source.edgeFiles) }

        var rendering = rendering
        if rendering.options.top == nil, rendering.options.focus == nil,
           graph.countries.count + graph.firms.count > Self.defaultDiagramNodes {
            rendering.options.top = Self.defaultDiagramNodes
        }
        let diagram = try rendering.diagram(graph)
        let dot = try DOTWriter.write(diagram, engine: rendering.engine)
        let svg = try GraphvizRenderer.shared.render(diagram, format: .svg, engine: rendering.engine)
        let large = graph.countries.count + graph.firms.count > Self.exactMeasuresUpTo
        let annotated = ExportAnnotation.annotate(graph, measures: ExportMeasure.allCases.filter { !large || $0 != .closeness },
                                                  betweennessPivots: large ? Self.sampledSources : nil)

        try extractions.commit()
        try Exporter.write(annotated, to: paths[1])
        try AtomicFile.write(dot, to: paths[2])
        try AtomicFile.write(svg, to: paths[3])
        return (network, BuildReport(annotated, top: top, partnersPerCountry: partnersPerCountry))
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
