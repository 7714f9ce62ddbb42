import ArmsnetAnalytics
import ArmsnetRender
import Testing
@testable import Armsnet

@Suite struct ComparisonDiagramTests {
    static let comparison = PeriodComparison(graph: TwoYearCorpus.graph, before: Period(from: 2019, to: 2019), after: Period(from: 2021, to: 2021))
    static let diagram = ComparisonDiagram(before: comparison.beforeGraph, after: comparison.afterGraph, beforeLabel: "2019", afterLabel: "2021",
                                           communities: comparison.unionCommunities)

    static func edges(_ diagram: Diagram) -> [String: DiagramEdge] {
        Dictionary(uniqueKeysWithValues: diagram.edges.map { ($0.id, $0) })
    }

    @Test func unionColoursAddedRemovedAndKeptLinks() {
        let union = Self.diagram.diagram(.union)
        #expect(union.nodes.count == 3 + 6)
        let edges = Self.edges(union)
        #expect(edges.count == 7)
        #expect(edges["e-c-AZE-f-0-engagement"]?.color == ComparisonDiagram.addedColor)   // AZE–Baykar
        #expect(edges["e-c-AZE-f-3-engagement"]?.color == ComparisonDiagram.removedColor) // AZE–Nexter
        #expect(edges["e-c-AZE-f-5-engagement"]?.color == ComparisonDiagram.keptColor)    // AZE–Thales
        #expect(edges["e-c-AZE-f-3-engagement"]?.classes == ["removed"])
    }

    @Test func periodViewsShareIdsAndFillsWithTheUnion() {
        let union = Dictionary(uniqueKeysWithValues: Self.diagram.diagram(.union).nodes.map { ($0.id, $0) })
        let before = Self.diagram.diagram(.before), after = Self.diagram.diagram(.after)
        #expect(before.nodes.map(\.id) == ["c-AZE", "c-MLI", "f-0", "f-3", "f-4", "f-5"])
        #expect(after.nodes.map(\.id) == ["c-AZE", "c-IND", "c-MLI", "f-0", "f-1", "f-2", "f-5"])
        for node in before.nodes + after.nodes where node.classes.contains("kept") { #expect(node.fill == union[node.id]?.fill) }
        #expect(union["c-AZE"]?.fill == union["f-5"]?.fill)   // AZE and Thales: one community in both periods
        #expect(union["c-AZE"]?.fill != union["c-MLI"]?.fill)
        #expect(Set(before.edges.map(\.color)) == [ComparisonDiagram.removedColor, ComparisonDiagram.keptColor])
        #expect(Set(after.edges.map(\.color)) == [ComparisonDiagram.addedColor, ComparisonDiagram.keptColor])
    }

    @Test func topKeepsTheNodesThatChangedMost() {
        let c = Self.comparison
        // Links by change: MLI–Baykar 1→3 and AZE–Nexter 2→0 (2 each; MLI–Baykar weighs more), then among the
        // changes of 1 the heaviest, AZE–Thales 1→2, whose new end makes 5 nodes; AZE–Baykar joins as a link among them.
        let diagram = ComparisonDiagram(before: c.beforeGraph, after: c.afterGraph, beforeLabel: "2019", afterLabel: "2021", top: 5).diagram(.union)
        #expect(diagram.nodes.map(\.label) == ["Azerbaijan", "Mali", "Baykar", "Nexter", "Thales"])
        #expect(diagram.edges.map(\.id) == ["e-c-AZE-f-0-engagement", "e-c-AZE-f-1-engagement", "e-c-AZE-f-2-engagement", "e-c-MLI-f-0-engagement"])
        #expect(diagram.title == "Changes from 2019 to 2021 (5 nodes: the links that changed most)")
    }

    @Test func goneNodesAreFadedInTheUnion() {
        let nexter = Self.diagram.diagram(.union).nodes.first { $0.id == "f-3" }
        #expect(nexter?.classes.contains("gone") == true)
        #expect(nexter?.fill.alpha ?? 255 < 255)
        #expect(nexter?.tooltip == "Nexter\nfirm\n2019: 1 link, weight 2\n2021: absent\ncommunity 1")
        #expect(nexter?.classes == ["gone", "community-1"])
    }
}
