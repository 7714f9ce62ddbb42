import ArmsnetExport
import ArmsnetGraph

/// `armsnet export -o FILE`: the graph with its measures and communities, in the format the
/// file's extension names (`.graphml`, `.gexf`, `.csv`, `.json`).
public struct ExportJob: Sendable {
    public var output: String
    /// The links the measures and communities are computed on (every link is exported).
    public var relation: RelationFilter
    /// Only the links of these years (undated ones are then left out); nil for all.
    public var period: Period?
    /// Sample this many sources for betweenness (nil: exact).
    public var betweennessPivots: Int?

    public init(output: String, relation: RelationFilter = .engagement, period: Period? = nil, betweennessPivots: Int? = nil) {
        self.output = output
        self.relation = relation
        self.period = period
        self.betweennessPivots = betweennessPivots
    }

    /// Writes `graph`; returns the files written.
    /// - Throws: `ExportError.unknownFormat` before computing anything; `SupportError.cannotWrite`.
    @discardableResult
    public func run(_ graph: BipartiteGraph) throws -> [String] {
        guard ExportFormat(path: output) != nil else { throw ExportError.unknownFormat(path: output) }
        let kept = period.map { graph.filtered(years: $0.years) } ?? graph
        return try Exporter.write(ExportAnnotation.annotate(kept, relation: relation, betweennessPivots: betweennessPivots), to: output)
    }
}
