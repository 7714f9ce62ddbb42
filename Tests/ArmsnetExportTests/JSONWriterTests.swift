import ArmsnetExport
import Foundation
import Testing

@Suite struct JSONWriterTests {
    static let readBack = """
        import sys, json, networkx as nx
        data = json.load(open(sys.argv[1]))
        try:
            G = nx.node_link_graph(data, edges="edges")
        except TypeError:
            data["links"] = data.pop("edges")
            G = nx.node_link_graph(data)
        edges = sorted([u, v, k, d] for u, v, k, d in G.edges(keys=True, data=True))
        print(json.dumps({"multigraph": G.is_multigraph(), "nodes": dict(G.nodes(data=True)), "edges": edges}))
        """

    @Test(.enabled(if: Networkx.isAvailable, "python3 with networkx is not installed: JSON round trip skipped"))
    func networkxReadsNodeLinkJSON() throws {
        let path = try ExportFixture.scratchFolder().appendingPathComponent("graph.json").path
        try Exporter.write(ExportFixture.annotated, to: path)
        let result = try #require(try Networkx.json(Self.readBack, [path]) as? [String: Any])
        let nodes = try #require(result["nodes"] as? [String: [String: Any]])
        let edges = try #require(result["edges"] as? [[Any]])
        #expect(nodes.count == 6)
        #expect(nodes["firm:\(ExportFixture.hostileName)"]?["label"] as? String == ExportFixture.hostileName)
        #expect(nodes["firm:Nexter"]?["betweenness"] as? Double == 0.25)
        #expect(nodes["country:MLI"]?["community"] as? Int == 1)
        #expect(edges.count == 5)
        let fra = edges.filter { $0[0] as? String == "country:FRA" }
        #expect(fra.map { $0[2] as? Int } == [0, 1])
        let years = (fra.first?[3] as? [String: Any])?["years"] as? [[String: Any]]
        #expect(years?.first?["year"] as? Int == 2020)
    }

    @Test func isValidJSONWithUndatedYearsAsNull() throws {
        let text = ExportFixture.text { JSONWriter.write(ExportFixture.annotated, to: &$0) }
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let edges = try #require(object["edges"] as? [[String: Any]])
        let azeThales = try #require(edges.first { $0["target"] as? String == "firm:Thales" && $0["source"] as? String == "country:AZE" })
        let years = try #require(azeThales["years"] as? [[String: Any]])
        #expect(years.first?["year"] is NSNull)
    }

    @Test func edgesMadeBeforehandGiveTheSameFile() {
        let whole = ExportFixture.text { JSONWriter.write(ExportFixture.annotated, to: &$0) }
        let edges = JSONWriter.Edges(ExportFixture.annotated.graph)
        #expect(edges.count == 5)
        #expect(ExportFixture.text { JSONWriter.write(ExportFixture.annotated, edges: edges, to: &$0) } == whole)
    }
}
