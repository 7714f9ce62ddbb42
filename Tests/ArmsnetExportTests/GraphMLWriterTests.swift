import ArmsnetExport
import Foundation
import Testing

@Suite struct GraphMLWriterTests {
    static let readBack = """
        import sys, json, networkx as nx
        G = nx.read_graphml(sys.argv[1])
        edges = sorted(([min(u, v), max(u, v), d] for u, v, d in G.edges(data=True)), key=lambda e: (e[0], e[1], e[2]["relation"]))
        print(json.dumps({"multigraph": G.is_multigraph(), "nodes": dict(G.nodes(data=True)), "edges": edges}))
        """

    @Test(.enabled(if: Networkx.isAvailable, "python3 with networkx is not installed: GraphML round trip skipped"))
    func networkxReadsNodesEdgesAndAttributes() throws {
        let folder = try ExportFixture.scratchFolder()
        let path = folder.appendingPathComponent("graph.graphml").path
        try Exporter.write(ExportFixture.annotated, to: path)
        let result = try #require(try Networkx.json(Self.readBack, [path]) as? [String: Any])
        let nodes = try #require(result["nodes"] as? [String: [String: Any]])
        let edges = try #require(result["edges"] as? [[Any]])

        #expect(result["multigraph"] as? Bool == true)
        #expect(nodes.keys.sorted() == ["country:AZE", "country:FRA", "country:MLI", "firm:\(ExportFixture.hostileNameInXML)", "firm:Nexter", "firm:Thales"])
        #expect(edges.count == ExportFixture.graph.edges.count)
        let aze = try #require(nodes["country:AZE"])
        #expect(aze["kind"] as? String == "country")
        #expect(aze["label"] as? String == "Azerbaijan")
        #expect(aze["iso"] as? String == "AZE")
        #expect(aze["strength"] as? Double == 5)
        #expect(aze["betweenness"] as? Double == 0.5)
        #expect(aze["community"] as? Int == 0)
        let thales = try #require(nodes["firm:Thales"])
        #expect(thales["listedHome"] as? String == "FRA")
        #expect(thales["iso"] == nil)
        #expect(nodes["firm:\(ExportFixture.hostileNameInXML)"]?["label"] as? String == ExportFixture.hostileNameInXML)

        let azeThales = try #require(edges.first { $0[0] as? String == "country:AZE" && $0[1] as? String == "firm:Thales" }?[2] as? [String: Any])
        #expect(azeThales["relation"] as? String == "engagement")
        #expect(azeThales["weight"] as? Double == 2)
        #expect(azeThales["articles"] as? Int == 2)
        #expect(azeThales["years"] as? String == "2019")
        #expect(azeThales["yearWeights"] as? String == "undated:1,2019:1")
        #expect(azeThales["firstYear"] as? Int == 2019)
        let fraThales = edges.filter { $0[0] as? String == "country:FRA" }.compactMap { ($0[2] as? [String: Any])?["relation"] as? String }
        #expect(fraThales == ["engagement", "home"])
    }

    @Test func isWellFormedXMLWithEveryNodeAndEdge() throws {
        let text = ExportFixture.text { GraphMLWriter.write(ExportFixture.annotated, to: &$0) }
        let root = try XMLTree.parse(text)
        #expect(root.all("node").count == 6)
        #expect(root.all("edge").count == 5)
        #expect(!text.contains("<Firm>"))
    }
}
