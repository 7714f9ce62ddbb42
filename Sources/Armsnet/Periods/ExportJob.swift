import ArmsnetExport
import ArmsnetGraph

/// `armsnet export -o FILE`: the graph with its measures and communities, in the format the
/// file's extension names (`.graphml`, `.gexf`, `.csv`, `.json`).
public struct ExportJob: Sendable {
    public var output: String
    /// The links the measures and communities are computed on (every link is exported).
    public var relation: RelationFilter
    /// Sample this many sources for betweenness (nil: exact).
    public var betweennessPivots: Int?

    public init(output: String, relation: RelationFilter = .engagement, betweennessPivots: Int? = nil) {
        self.output = output
        self.relation = relation
        self.betweennessPivots = betweennessPivots
    }

    /// Writes `graph`; returns the files written.
    /// - Throws: `ExportError.unknownFormat` before computing anything; `SupportError.cannotWrite`.
    @discardableResult
    public func run(_ graph: BipartiteGraph) throws -> [String] {
        guard ExportFormat(path: output) != nil else { throw ExportError.unknownFormat(path: output) }
        return try Exporter.write(ExportAnnotation.annotate(graph, relation: relation, betweennessPivots: betweennessPivots), to: output)
    }
}
