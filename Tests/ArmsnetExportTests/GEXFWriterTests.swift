import ArmsnetExport
import Foundation
import Testing

@Suite struct GEXFWriterTests {
    /// The fixture's GEXF, parsed back.
    let root = try! XMLTree.parse(ExportFixture.text { GEXFWriter.write(ExportFixture.annotated, to: &$0) })

    static func spells(_ element: XMLTree.Element) -> [String] {
        element.all("spell").map { "\($0.attributes["start"]!)…\($0.attributes["end"]!)" }
    }

    @Test func isDynamicGEXF13() throws {
        let gexf = try #require(root.first("gexf"))
        #expect(gexf.attributes["version"] == "1.3")
        let graph = try #require(gexf.first("graph"))
        #expect(graph.attributes["mode"] == "dynamic")
        #expect(graph.attributes["timeformat"] == "date")
        #expect(graph.all("node").count == 6)
        #expect(graph.all("edge").count == 5)
    }

    @Test func nodesHaveOneSpellPerRunOfYears() throws {
        let nodes = Dictionary(uniqueKeysWithValues: root.all("node").map { ($0.attributes["id"]!, $0) })
        #expect(Self.spells(try #require(nodes["country:AZE"])) == ["2019-01-01…2019-12-31", "2021-01-01…2021-12-31"])
        #expect(Self.spells(try #require(nodes["country:FRA"])) == ["2019-01-01…2020-12-31"])
        #expect(Self.spells(try #require(nodes["firm:\(ExportFixture.hostileNameInXML)"])) == ["2021-01-01…2021-12-31"])
        #expect(nodes["firm:Thales"]?.attributes["label"] == "Thales")
    }

    @Test func edgesHaveSpellsAndYearlyWeights() throws {
        let edges = root.all("edge")
        let azeNexter = try #require(edges.first { $0.attributes["source"] == "country:AZE" && $0.attributes["target"] == "firm:Nexter" })
        #expect(azeNexter.attributes["weight"] == "3")
        #expect(Self.spells(azeNexter) == ["2019-01-01…2019-12-31", "2021-01-01…2021-12-31"])
        let yearly = azeNexter.all("attvalue").filter { $0.attributes["for"] == "yearWeight" }
        #expect(yearly.map { "\($0.attributes["start"]!)=\($0.attributes["value"]!)" } == ["2019-01-01=2", "2021-01-01=1"])
        let azeThales = try #require(edges.first { $0.attributes["source"] == "country:AZE" && $0.attributes["target"] == "firm:Thales" })
        #expect(azeThales.all("attvalue").first { $0.attributes["for"] == "undatedWeight" }?.attributes["value"] == "1")
    }

    @Test func nodeAttributesAreDeclaredAndSet() throws {
        let declared = root.all("attribute").map { $0.attributes["id"]! }
        #expect(declared == ["kind", "iso", "listedHome", "strength", "betweenness", "community", "relation", "articles", "undatedWeight", "yearWeight"])
        let mali = try #require(root.all("node").first { $0.attributes["id"] == "country:MLI" })
        let values = Dictionary(uniqueKeysWithValues: mali.all("attvalue").map { ($0.attributes["for"]!, $0.attributes["value"]!) })
        #expect(values == ["kind": "country", "iso": "MLI", "strength": "3", "betweenness": "0", "community": "1"])
    }

    /// networkx reads GEXF 1.1 and 1.2 only; with the 1.2 namespace put in, its reader (which
    /// knows dynamic mode, spells and dynamic attribute values) checks the structure.
    static let readBack = """
        import sys, io, json, networkx as nx
        text = open(sys.argv[1]).read().replace("http://gexf.net/1.3", "http://www.gexf.net/1.2draft").replace('version="1.3"', 'version="1.2"')
        G = nx.read_gexf(io.BytesIO(text.encode()), version="1.2draft")
        edges = sorted(([u, v, d] for u, v, d in G.edges(data=True)), key=lambda e: (e[0], e[1], e[2]["relation"]))
        print(json.dumps({"mode": G.graph.get("mode"), "nodes": dict(G.nodes(data=True)), "edges": edges}))
        """

    @Test(.enabled(if: Networkx.isAvailable, "python3 with networkx is not installed: GEXF read-back skipped"))
    func networkxReadsSpellsAndYearlyWeights() throws {
        let path = try ExportFixture.scratchFolder().appendingPathComponent("graph.gexf").path
        try Exporter.write(ExportFixture.annotated, to: path)
        let result = try #require(try Networkx.json(Self.readBack, [path]) as? [String: Any])
        #expect(result["mode"] as? String == "dynamic")
        let nodes = try #require(result["nodes"] as? [String: [String: Any]])
        #expect(nodes.count == 6)
        #expect(nodes["country:AZE"]?["strength"] as? Double == 5)
        #expect(nodes["country:AZE"]?["spells"] as? [[String]] == [["2019-01-01", "2019-12-31"], ["2021-01-01", "2021-12-31"]])
        #expect(nodes["firm:\(ExportFixture.hostileNameInXML)"]?["label"] as? String == ExportFixture.hostileNameInXML)
        let edges = try #require(result["edges"] as? [[Any]])
        let azeNexter = try #require(edges.first { $0[0] as? String == "country:AZE" && $0[1] as? String == "firm:Nexter" }?[2] as? [String: Any])
        #expect(azeNexter["weight"] as? Double == 3)
        let yearly = try #require(azeNexter["yearWeight"] as? [[Any]])
        #expect(yearly.map { "\($0[1])=\($0[0])" } == ["2019-01-01=2.0", "2021-01-01=1.0"])
    }
}
