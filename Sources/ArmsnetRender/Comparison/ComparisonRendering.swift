import Foundation

/// Lays out a comparison once, on the union of both periods, and draws every view with those
/// positions pinned, so a node sits at the same place in the union and in each period's picture.
public struct ComparisonRendering: Sendable {
    public let comparison: ComparisonDiagram
    /// Node positions by diagram node id, from laying out the union view.
    public let positions: [String: DiagramPoint]

    /// - Parameters:
    ///   - engine: the layout engine for the union (default by size).
    /// - Throws: `RenderError` from Graphviz.
    public init(_ comparison: ComparisonDiagram, engine: LayoutEngine? = nil, renderer: GraphvizRenderer = .shared) throws {
        self.comparison = comparison
        positions = try renderer.layout(comparison.diagram(.union), engine: engine)
    }

    /// `view` drawn in `format` at the union's positions.
    public func render(_ view: ComparisonView, format: RenderFormat, renderer: GraphvizRenderer = .shared) throws -> Data {
        try renderer.render(comparison.diagram(view).pinned(to: positions), format: format)
    }
}
