import Foundation
import Testing
@testable import ArmsnetRender

@Suite struct GraphvizRendererLayoutTests {
    @Test func layoutGivesEveryNodeAPosition() throws {
        let diagram = try NetworkDiagram.build(Fixtures.seedLike)
        let positions = try GraphvizRenderer.shared.layout(diagram, engine: .neato)
        #expect(Set(positions.keys) == Set(diagram.nodes.map(\.id)))
    }

    @Test func pinnedPositionsAreKeptExactly() throws {
        let diagram = try NetworkDiagram.build(Fixtures.seedLike)
        let positions = try GraphvizRenderer.shared.layout(diagram, engine: .neato)
        let shifted = positions.mapValues { DiagramPoint(x: $0.x + 500, y: $0.y + 300) }
        let pinned = diagram.pinned(to: shifted)
        #expect(pinned.isFullyPinned)
        #expect(try GraphvizGraph(pinned).layout == "nop")
        let again = try GraphvizRenderer.shared.layout(pinned, engine: .dot)
        for (id, point) in shifted {
            #expect(abs(again[id]!.x - point.x) < 0.01 && abs(again[id]!.y - point.y) < 0.01, "\(id)")
        }
    }

    @Test func aSubsetKeepsTheSharedPositions() throws {
        // The year-comparison case: one layout of the union, reused by each period's diagram.
        let union = try NetworkDiagram.build(Fixtures.seedLike)
        let positions = try GraphvizRenderer.shared.layout(union, engine: .neato)
        let period = try NetworkDiagram.build(Fixtures.seedLike, options: NetworkDiagramOptions(focus: "AZE")).pinned(to: positions)
        let again = try GraphvizRenderer.shared.layout(period)
        for node in period.nodes {
            #expect(abs(again[node.id]!.x - positions[node.id]!.x) < 0.01 && abs(again[node.id]!.y - positions[node.id]!.y) < 0.01)
        }
        let svg = try SVGSummary(try GraphvizRenderer.shared.render(period, format: .svg))
        #expect(svg.nodes.count == period.nodes.count)
    }

    @Test func partlyPinnedNodesStayWithNeato() throws {
        var diagram = try NetworkDiagram.build(Fixtures.seedLike)
        diagram.nodes[0].position = DiagramPoint(x: 100, y: 200)
        let positions = try GraphvizRenderer.shared.layout(diagram, engine: .neato)
        let pinned = try #require(positions[diagram.nodes[0].id])
        let other = try #require(positions[diagram.nodes[1].id])
        // neato translates the drawing; the pinned node keeps its place relative to the others' frame.
        #expect(pinned != other)
        #expect(positions.count == diagram.nodes.count)
    }

    /// Node outlines (which contain the labels) must not overlap on default settings.
    private func expectNoOverlap(_ diagram: Diagram, engine: LayoutEngine? = nil) throws {
        let svg = try SVGSummary(try GraphvizRenderer.shared.render(diagram, format: .svg, engine: engine))
        let boxes = svg.nodes.compactMap(\.bounds)
        #expect(boxes.count == diagram.nodes.count)
        var overlaps: [String] = []
        for i in boxes.indices {
            for j in boxes.indices where j > i {
                let a = boxes[i], b = boxes[j]
                let width = min(a.2, b.2) - max(a.0, b.0), height = min(a.3, b.3) - max(a.1, b.1)
                if width > 0.5 && height > 0.5 { overlaps.append("\(svg.nodes[i].id)/\(svg.nodes[j].id)") }
            }
        }
        #expect(overlaps.isEmpty, "\(overlaps.prefix(10))")
    }

    @Test func seedNodesDoNotOverlap() throws {
        try expectNoOverlap(try NetworkDiagram.build(Fixtures.seedLike))
    }

    @Test(arguments: [nil, LayoutEngine.sfdp, .fdp])
    func threeHundredNodesDoNotOverlap(engine: LayoutEngine?) throws {
        let graph = Fixtures.random(countries: 60, firms: 240, seed: 7)
        #expect(graph.countries.count + graph.firms.count == 300)
        try expectNoOverlap(try NetworkDiagram.build(graph), engine: engine)
    }
}
