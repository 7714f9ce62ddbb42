import Foundation
import Testing
@testable import ArmsnetRender

@Suite struct GraphvizRendererTests {
    /// Text as a browser shows it from Graphviz's SVG: control characters dropped, tabs as spaces.
    private func displayed(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.compactMap { scalar -> Unicode.Scalar? in
            if scalar == "\n" { return scalar }
            if scalar == "\t" { return " " }
            return GraphvizText.isDropped(scalar) ? nil : scalar
        }))
    }

    private func svg(_ diagram: Diagram, engine: LayoutEngine? = nil) throws -> SVGSummary {
        try SVGSummary(try GraphvizRenderer.shared.render(diagram, format: .svg, engine: engine))
    }

    @Test func seedSVGHasEveryNodeAndEdgeWithIdsClassesAndTooltips() throws {
        let diagram = try NetworkDiagram.build(Fixtures.seedLike, options: NetworkDiagramOptions(title: "Seed"))
        let summary = try svg(diagram)
        #expect(summary.nodes.count == Fixtures.seedLike.countries.count + Fixtures.seedLike.firms.count)
        #expect(summary.edges.count == Fixtures.seedLike.edges.count)
        #expect(summary.nodes.map(\.id) == diagram.nodes.map(\.id))
        #expect(summary.edges.map(\.id) == diagram.edges.map(\.id))
        for (node, item) in zip(diagram.nodes, summary.nodes) {
            #expect(item.classes == [node.kind.rawValue] + node.classes)
            #expect(item.tooltip == displayed(node.tooltip))
        }
        for (edge, item) in zip(diagram.edges, summary.edges) {
            #expect(item.classes == [edge.relation])
            #expect(item.tooltip == displayed(edge.tooltip))
        }
        #expect(summary.nodes.first { $0.id == "c-TUR" }?.classes == ["country"])
        #expect(summary.edges.contains { $0.id == "e-c-AZE-f-2-engagement" })
    }

    @Test func hostileSVGIsWellFormedAndInert() throws {
        let diagram = try NetworkDiagram.build(Fixtures.hostile, options: NetworkDiagramOptions(evidenceLinks: true, title: "<script>x</script>"))
        for engine in [LayoutEngine.dot, .neato] {
            let summary = try svg(diagram, engine: engine)
            #expect(summary.nodes.count == diagram.nodes.count)
            #expect(summary.edges.count == diagram.edges.count)
            #expect(!summary.elementNames.contains("script"))
            #expect(!summary.hrefs.contains { $0.lowercased().contains("javascript") })
            #expect(summary.hrefs.allSatisfy { $0.hasPrefix("../articles/") })
            for (node, item) in zip(diagram.nodes, summary.nodes) {
                #expect(item.tooltip == displayed(node.tooltip))
                #expect(item.texts.joined(separator: "\n") == displayed(node.label))
            }
            for (edge, item) in zip(diagram.edges, summary.edges) {
                #expect(item.tooltip == displayed(edge.tooltip))
            }
        }
    }

    @Test func evidenceLinksAreKeptOnlyWhenSafe() throws {
        let diagram = try NetworkDiagram.build(Fixtures.seedLike, options: NetworkDiagramOptions(evidenceLinks: true))
        let summary = try svg(diagram)
        let linked = summary.edges.compactMap(\.href)
        #expect(linked.count == diagram.edges.count)
        #expect(linked.contains("https://example.org/news/a200?x=1&y=2") || linked.contains { $0.hasPrefix("seeds/") })
    }

    @Test func sameDiagramGivesIdenticalSVGWithDotAndNeato() throws {
        let diagram = try NetworkDiagram.build(Fixtures.hostile)
        for engine in [LayoutEngine.dot, .neato] {
            let a = try GraphvizRenderer.shared.render(diagram, format: .svg, engine: engine)
            let b = try GraphvizRenderer.shared.render(try NetworkDiagram.build(Fixtures.hostile), format: .svg, engine: engine)
            #expect(a == b)
        }
    }

    @Test func pngStartsWithTheSignature() throws {
        let png = try GraphvizRenderer.shared.render(try NetworkDiagram.build(Fixtures.seedLike), format: .png)
        #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
    }

    @Test func dotFormatIsTheWritersText() throws {
        let diagram = try NetworkDiagram.build(Fixtures.seedLike)
        let data = try GraphvizRenderer.shared.render(diagram, format: .dot)
        #expect(String(decoding: data, as: UTF8.self) == (try DOTWriter.write(diagram)))
        let xdot = String(decoding: try GraphvizRenderer.shared.render(diagram, format: .xdot), as: UTF8.self)
        #expect(xdot.contains("_draw_"))
    }

    @Test func unknownFormatEngineAndPluginAreErrors() {
        #expect(throws: RenderError.unknownFormat("bmp")) { try RenderFormat.named("bmp") }
        #expect(throws: RenderError.unknownEngine("spring")) { try LayoutEngine.named("spring") }
        #expect(throws: RenderError.self) { try GraphvizRenderer.shared.withGraphviz { try GraphvizRenderer.shared.requirePlugin(kind: "device", name: "bogus") } }
        #expect(GraphvizRenderer.shared.plugins(kind: "layout").contains("sfdp"))
        let message = RenderError.missingPlugin(kind: "device", name: "bogus", available: ["svg"]).localizedDescription
        #expect(message.contains("bogus") && !message.contains("\n"))
    }

    @Test func emptyDiagramRenders() throws {
        let summary = try svg(Diagram())
        #expect(summary.nodes.isEmpty && summary.edges.isEmpty)
    }
}
