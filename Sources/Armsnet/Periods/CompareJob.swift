import ArmsnetAnalytics
import ArmsnetGraph
import ArmsnetRender
import ArmsnetSupport
import Foundation

/// `armsnet compare A B`: the report, and optionally the comparison diagrams.
public struct CompareJob: Sendable {
    public var before: Period
    public var after: Period
    public var relation: RelationFilter
    public var format: OutputFormat
    public var sections: [ComparisonSection]
    /// Risers and fallers listed per measure, kind and direction.
    public var top: Int
    /// Where to draw the union diagram (`.svg`, `.png` or `.dot`), if anywhere.
    public var diagram: String?
    /// A folder for one diagram per period (`A.svg`, `B.svg`) at the union's positions.
    public var diagramEach: String?
    public var engine: LayoutEngine?
    /// Draw at most this many nodes, the ends of the links that changed most; nil for all.
    public var diagramTop: Int?
    /// Estimate betweenness from this many sampled sources (nil: exact).
    public var betweennessPivots: Int?

    public init(before: Period, after: Period, relation: RelationFilter = .engagement, format: OutputFormat = .table,
                sections: [ComparisonSection] = ComparisonSection.allCases, top: Int = 10, diagram: String? = nil,
                diagramEach: String? = nil, engine: LayoutEngine? = nil, diagramTop: Int? = nil, betweennessPivots: Int? = nil) {
        self.before = before
        self.after = after
        self.relation = relation
        self.format = format
        self.sections = sections
        self.top = top
        self.diagram = diagram
        self.diagramEach = diagramEach
        self.engine = engine
        self.diagramTop = diagramTop
        self.betweennessPivots = betweennessPivots
    }

    /// Compares the periods of `graph`, writes the diagrams asked for and returns the report text.
    /// - Parameter articlesPerYear: articles read per year (nil key: undated), for the summary; nil when unknown.
    /// - Throws: `RenderError` from Graphviz, `SupportError.cannotWrite`.
    public func run(_ graph: BipartiteGraph, articlesPerYear: [Int?: Int]? = nil) throws -> String {
        let comparison = PeriodComparison(graph: graph, before: before, after: after, relation: relation, betweennessPivots: betweennessPivots)
        if diagram != nil || diagramEach != nil {
            let pictures = ComparisonDiagram(before: comparison.beforeGraph, after: comparison.afterGraph,
                                             beforeLabel: before.description, afterLabel: after.description,
                                             communities: comparison.unionCommunities, top: diagramTop)
            let rendering = try ComparisonRendering(pictures, engine: engine)
            if let diagram {
                try AtomicFile.write(rendering.render(.union, format: RenderFormat.forFile(diagram)), to: diagram)
            }
            if let diagramEach {
                for (view, period) in [(ComparisonView.before, before), (.after, after)] {
                    let path = URL(fileURLWithPath: diagramEach).appendingPathComponent(Self.fileName(period) + ".svg").path
                    try AtomicFile.write(rendering.render(view, format: .svg), to: path)
                }
            }
        }
        return ComparisonReport(comparison, top: top, articlesPerYear: articlesPerYear).rendered(as: format, sections: sections)
    }

    /// One note per period of `periods` without links of `relation` in `graph` ("no links in 1990").
    public static func emptyPeriodNotes(_ graph: BipartiteGraph, periods: [Period], relation: RelationFilter) -> [String] {
        periods.compactMap { period in
            guard CSRGraph(graph, relations: relation.relations, years: period.years).edgeCount == 0 else { return nil }
            return "no \(relation == .both ? "" : relation.rawValue + " ")links in \(period)"
        }
    }

    /// `2019` or `2015-2018`: a period as a file name (ASCII hyphen).
    public static func fileName(_ period: Period) -> String {
        period.from == period.to ? String(period.from) : "\(period.from)-\(period.to)"
    }
}
