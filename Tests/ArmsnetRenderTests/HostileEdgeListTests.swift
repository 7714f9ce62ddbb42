import ArmsnetGraph
import ArmsnetSupport
import Foundation
import Testing
@testable import ArmsnetRender

/// The issue's own example: an edge list whose firm names are hostile, read with `EdgeList` and drawn.
@Suite struct HostileEdgeListTests {
    private func hostileGraph() throws -> BipartiteGraph {
        var csv = "country,firm,weight,year\n"
        for (i, name) in Fixtures.hostileTexts.enumerated() {
            csv += CSVText.row([i % 2 == 0 ? "TUR" : "AZE", name, "\(i + 1)", "2020"]) + "\n"
        }
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("armsnet-hostile-\(UUID().uuidString).csv").path
        try csv.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        return try EdgeList.read([path])
    }

    @Test func dotParsesBackToExactlyTheGraph() throws {
        let graph = try hostileGraph()
        #expect(graph.firms.count == Fixtures.hostileTexts.count)
        let diagram = try NetworkDiagram.build(graph)
        let parsed = try #require(try DOTReadBack(try DOTWriter.write(diagram), attributes: ["label", "tooltip"]))
        #expect(parsed.nodes.map(\.name) == diagram.nodes.map(\.id))
        #expect(parsed.edges.count == graph.edges.count)
        let labels = Dictionary(uniqueKeysWithValues: diagram.nodes.map { ($0.id, GraphvizText.label($0.label)) })
        #expect(parsed.nodes.allSatisfy { $0.attributes["label"] == labels[$0.name] })
    }

    @Test func svgIsWellFormedWithoutScripts() throws {
        let graph = try hostileGraph()
        let svg = try SVGSummary(try GraphvizRenderer.shared.render(try NetworkDiagram.build(graph), format: .svg))
        #expect(svg.nodes.count == graph.countries.count + graph.firms.count)
        #expect(svg.edges.count == graph.edges.count)
        #expect(!svg.elementNames.contains("script"))
        #expect(svg.hrefs.isEmpty)
        let firmTexts = Set(svg.nodes.filter { $0.classes.contains("firm") }.map { $0.texts.joined(separator: " ") })
        #expect(firmTexts.contains("<script>alert(1)</script>"))
        #expect(firmTexts.contains("</text><script>alert(2)</script>"))
    }
}
