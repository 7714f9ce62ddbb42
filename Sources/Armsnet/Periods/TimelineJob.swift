import ArmsnetGraph
import ArmsnetSupport

/// `armsnet timeline`: the per-year table, and optionally the SVG chart.
public struct TimelineJob: Sendable {
    public var relation: RelationFilter
    public var format: OutputFormat
    /// How many of each year's heaviest links to list.
    public var top: Int
    /// Where to write the SVG chart, if anywhere.
    public var chart: String?

    public init(relation: RelationFilter = .engagement, format: OutputFormat = .table, top: Int = 3, chart: String? = nil) {
        self.relation = relation
        self.format = format
        self.top = top
        self.chart = chart
    }

    /// The report on `graph`, with the chart written when asked for.
    /// - Parameter articlesPerYear: articles read per year (nil key: undated); nil for edge lists.
    /// - Throws: `SupportError.cannotWrite`.
    public func run(_ graph: BipartiteGraph, articlesPerYear: [Int?: Int]?) throws -> String {
        let report = TimelineReport(graph: graph, articlesPerYear: articlesPerYear, relation: relation, top: top)
        if let chart { try AtomicFile.write(TimelineChart.svg(report), to: chart) }
        return format == .json ? report.json : report.table.rendered(as: format)
    }
}
