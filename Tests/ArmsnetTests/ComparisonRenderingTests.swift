import ArmsnetExtraction
import ArmsnetGraph
import ArmsnetRender
import Foundation
import Testing
@testable import Armsnet

@Suite struct ComparisonRenderingTests {
    /// The `transform`-free centre of each node's shape in a Graphviz SVG, by node id: the first
    /// `cx,cy` (ellipse) or `points` pair (polygon) after `<g id="ID" class="node…`.
    static func nodeShapes(_ svg: String) -> [String: String] {
        var shapes: [String: String] = [:]
        let pattern = /<g id="([^"]+)" class="node[^"]*">.*?<(?:ellipse|polygon)[^>]*?(?:cx="([^"]+)" cy="([^"]+)"|points="([^"]+)")/
            .dotMatchesNewlines()
        for match in svg.matches(of: pattern) {
            shapes[String(match.1)] = match.4.map(String.init) ?? "\(match.2 ?? ""),\(match.3 ?? "")"
        }
        return shapes
    }

    @Test func everyViewKeepsTheUnionsPositions() throws {
        let comparison = PeriodComparison(graph: TwoYearCorpus.graph, before: Period(from: 2019, to: 2019), after: Period(from: 2021, to: 2021))
        let diagram = ComparisonDiagram(before: comparison.beforeGraph, after: comparison.afterGraph, beforeLabel: "2019", afterLabel: "2021",
                                        communities: comparison.unionCommunities)
        let rendering = try ComparisonRendering(diagram)
        #expect(rendering.positions.count == 9)
        let union = Self.nodeShapes(String(decoding: try rendering.render(.union, format: .svg), as: UTF8.self))
        let before = Self.nodeShapes(String(decoding: try rendering.render(.before, format: .svg), as: UTF8.self))
        let after = Self.nodeShapes(String(decoding: try rendering.render(.after, format: .svg), as: UTF8.self))
        #expect(union.count == 9 && before.count == 6 && after.count == 7)
        for (id, shape) in before { #expect(union[id] == shape, "\(id) moved in the 2019 view") }
        for (id, shape) in after { #expect(union[id] == shape, "\(id) moved in the 2021 view") }
    }

    @Test func hostileNamesStayText() throws {
        let hostile = "Evil</title><script>alert(1)</script>\" & Co\n\u{1}"
        var builder = GraphBuilder()
        for (year, firm) in [(2019, "Thales"), (2021, hostile)] {
            builder.add(country: CountryNode(iso: "AZE", name: "Azer<b>baijan"), firm: FirmNode(id: firm, name: firm, listedHome: nil),
                        relation: .engagement, year: year, weight: 1, articles: 1, evidence: [])
        }
        let graph = builder.build()
        let diagram = ComparisonDiagram(before: graph.filtered(years: 2019...2019), after: graph.filtered(years: 2021...2021),
                                        beforeLabel: "2019", afterLabel: "2021")
        let svg = String(decoding: try ComparisonRendering(diagram).render(.union, format: .svg), as: UTF8.self)
        #expect(!svg.contains("<script"))
        #expect(!svg.contains("<b>"))
        #expect(svg.contains("&lt;script&gt;") || svg.contains("&#60;script&#62;"))
    }
}
