import Testing
@testable import ArmsnetRender

@Suite struct DOTWriterTests {
    /// Writes `diagram`, parses the text back and checks every node and edge with its attributes.
    private func expectRoundTrip(_ diagram: Diagram) throws {
        let graph = try GraphvizGraph(diagram)
        let text = DOTWriter.write(graph)
        let keys = Set(graph.nodes.flatMap { $0.attributes.map(\.name) } + graph.edges.flatMap { $0.attributes.map(\.name) })
        let parsed = try #require(try DOTReadBack(text, attributes: keys.sorted()))
        #expect(parsed.nodes.map(\.name).sorted() == diagram.nodes.map(\.id).sorted())
        #expect(parsed.edges.count == diagram.edges.count)
        for node in graph.nodes {
            let back = try #require(parsed.nodes.first { $0.name == node.name })
            for (name, value) in node.attributes {
                guard case .text(let text) = value else { continue }
                #expect(back.attributes[name] == text, "node \(node.name) attribute \(name)")
            }
        }
        let parsedEdges = Dictionary(uniqueKeysWithValues: parsed.edges.map { ($0.attributes["id"] ?? "", $0) })
        for edge in graph.edges {
            guard case .text(let id) = edge.attributes[0].value, let back = parsedEdges[id] else {
                Issue.record("edge \(edge.attributes[0]) missing")
                continue
            }
            #expect(Set([back.tail, back.head]) == Set([edge.tail, edge.head]))
            for (name, value) in edge.attributes {
                guard case .text(let text) = value else { continue }
                #expect(back.attributes[name] == text, "edge \(id) attribute \(name)")
            }
        }
    }

    @Test func seedNetworkRoundTrips() throws {
        try expectRoundTrip(try NetworkDiagram.build(Fixtures.seedLike, options: NetworkDiagramOptions(evidenceLinks: true, title: "Seed")))
    }

    @Test func hostileTextRoundTripsWithNothingInjected() throws {
        let diagram = try NetworkDiagram.build(Fixtures.hostile, options: NetworkDiagramOptions(evidenceLinks: true, title: "\"] ; x -> y [ \\"))
        try expectRoundTrip(diagram)
        let parsed = try #require(try DOTReadBack(try DOTWriter.write(diagram), attributes: []))
        #expect(!parsed.nodes.contains { $0.name == "x" || $0.name == "y" })
        #expect(parsed.nodes.count == Fixtures.hostile.countries.count + Fixtures.hostile.firms.count)
        #expect(parsed.edges.count == Fixtures.hostile.edges.count)
    }

    @Test func everyHostileTextAsLabelAndTooltipRoundTrips() throws {
        var diagram = Diagram()
        for (i, text) in Fixtures.hostileTexts.enumerated() {
            diagram.nodes.append(DiagramNode(id: "n\(i)", kind: .firm, label: text, tooltip: text + "\\"))
        }
        for i in 1..<diagram.nodes.count {
            diagram.edges.append(DiagramEdge(id: "e\(i)", from: "n0", to: "n\(i)", relation: "engagement", tooltip: Fixtures.hostileTexts[i]))
        }
        try expectRoundTrip(diagram)
    }

    @Test func headerCarriesTheLayoutAndLegend() throws {
        let text = try DOTWriter.write(try NetworkDiagram.build(Fixtures.seedLike), engine: .neato)
        #expect(text.hasPrefix("graph armsnet {\n  graph [layout=\"neato\""))
        let parsed = try #require(try DOTReadBack(text, attributes: []))
        #expect(parsed.graphAttributes["layout"] == "neato")
        #expect(parsed.graphAttributes["label"]?.contains("engagement") == true)
    }

    @Test func sameDiagramGivesIdenticalText() throws {
        let a = try DOTWriter.write(try NetworkDiagram.build(Fixtures.hostile))
        let b = try DOTWriter.write(try NetworkDiagram.build(Fixtures.hostile))
        #expect(a == b)
    }

    @Test func rejectsBadIdentifiersAndDanglingEdges() {
        let bad = Diagram(nodes: [DiagramNode(id: "a\" -> b", kind: .country, label: "x")])
        #expect(throws: RenderError.invalidIdentifier("a\" -> b")) { try DOTWriter.write(bad) }
        let dangling = Diagram(nodes: [DiagramNode(id: "a", kind: .country, label: "x")],
                               edges: [DiagramEdge(id: "e", from: "a", to: "b", relation: "home")])
        #expect(throws: RenderError.unknownNode(edge: "e", node: "b")) { try DOTWriter.write(dangling) }
        let twice = Diagram(nodes: [DiagramNode(id: "a", kind: .country, label: "x"), DiagramNode(id: "a", kind: .firm, label: "y")])
        #expect(throws: RenderError.duplicateIdentifier("a")) { try DOTWriter.write(twice) }
        let badClass = Diagram(nodes: [DiagramNode(id: "a", kind: .country, label: "x", classes: ["x y"])])
        #expect(throws: RenderError.invalidIdentifier("x y")) { try DOTWriter.write(badClass) }
    }
}
