import ArmsnetExport
import ArmsnetGraph

/// `armsnet export -o FILE`: the graph with its measures and communities, in the format the
/// file's extension names (`.graphml`, `.gexf`, `.csv`, `.json`).
public struct ExportJob: Sendable {
    public var output: String
    /// The links the measures and communities are computed on (every link is exported).
    public var relation: RelationFilter
    /// The node measures written, in this order.
    public var measures: [ExportMeasure]
    /// Sample this many sources for betweenness (nil: exact).
    public var betweennessPivots: Int?

    public init(output: String, relation: RelationFilter = .engagement, measures: [ExportMeasure] = ExportMeasure.allCases,
                betweennessPivots: Int? = nil) {
        self.output = output
        self.relation = relation
        self.measures = measures
        self.betweennessPivots = betweennessPivots
    }

    /// Writes `graph`; returns the files written.
    /// - Throws: `ExportError.unknownFormat` before computing anything; `SupportError.cannotWrite`.
    @discardableResult
    public func run(_ graph: BipartiteGraph) throws -> [String] {
        guard ExportFormat(path: output) != nil else { throw ExportError.unknownFormat(path: output) }
        return try Exporter.write(ExportAnnotation.annotate(graph, relation: relation, measures: measures, betweennessPivots: betweennessPivots), to: output)
    }
}
