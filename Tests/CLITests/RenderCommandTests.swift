import Foundation
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

@Suite struct RenderCommandTests {
    @Test func seedNetworkAsSVGAndPNG() throws {
        let folder = try ArmsnetProcess.scratchFolder()
        let svg = folder.appendingPathComponent("seeds.svg").path
        let png = folder.appendingPathComponent("seeds.png").path
        #expect(try ArmsnetProcess.run(["render", "seeds", "-o", svg]).status == 0)
        #expect(try ArmsnetProcess.run(["render", "seeds", "-o", png, "--engine", "neato"]).status == 0)
        let svgData = try Data(contentsOf: URL(fileURLWithPath: svg))
        #expect(XMLParser(data: svgData).parse())
        let text = String(decoding: svgData, as: UTF8.self)
        #expect(text.components(separatedBy: "class=\"node ").count - 1 == 18)
        #expect(try Data(contentsOf: URL(fileURLWithPath: png)).prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
    }

    @Test func hostileEdgeListStaysText() throws {
        let folder = try ArmsnetProcess.scratchFolder()
        let edges = folder.appendingPathComponent("hostile.csv")
        try """
        country,firm,weight,year
        TUR,"<script>alert(1)</script>",2,2019
        AZE,"Evil \""] ; x -> y [ label=\""",1,2020
        RUS,"trailing\\\\",3,2021
        """.write(to: edges, atomically: true, encoding: .utf8)
        let svg = folder.appendingPathComponent("h.svg").path
        let dot = folder.appendingPathComponent("h.dot").path
        let a = try ArmsnetProcess.run(["render", "--edges", edges.path, "-o", svg])
        let b = try ArmsnetProcess.run(["render", "--edges", edges.path, "-o", dot])
        #expect(a.status == 0 && b.status == 0, "\(a.stderr) \(b.stderr)")
        let svgData = try Data(contentsOf: URL(fileURLWithPath: svg))
        #expect(XMLParser(data: svgData).parse())
        let text = String(decoding: svgData, as: UTF8.self)
        #expect(!text.contains("<script"))
        #expect(text.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        let dotText = try String(contentsOfFile: dot, encoding: .utf8)
        // Every edge statement is between two synthetic ids; the injected text stays inside quotes.
        let edgeLines = dotText.split(separator: "\n").filter { $0.contains(" -- ") }
        #expect(edgeLines.count == 3)
        #expect(edgeLines.allSatisfy { $0.hasPrefix("  \"c-") })
    }

    @Test func unknownExtensionIsAnErrorAndWritesNothing() throws {
        let folder = try ArmsnetProcess.scratchFolder()
        let result = try ArmsnetProcess.run(["render", "seeds", "-o", folder.appendingPathComponent("x.bmp").path])
        #expect(result.status != 0)
        #expect(result.stderr.contains("x.bmp"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test func evidenceLinksWorkFromTheSVGsFolder() throws {
        let folder = try ArmsnetProcess.scratchFolder()
        let text = "The Azerbaijani defence ministry signed a contract with Baykar for more Bayraktar TB2 drones."
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("articles"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("out"), withIntermediateDirectories: true)
        try (text + "\n").write(to: folder.appendingPathComponent("articles/a b.txt"), atomically: true, encoding: .utf8)
        try #"{"id":"n1","text":"\#(text)","url":"https://example.com/a"}"#.appending("\n")
            .write(to: folder.appendingPathComponent("news.jsonl"), atomically: true, encoding: .utf8)
        func hrefs(_ svg: String) throws -> [String] {
            let text = try String(contentsOf: folder.appendingPathComponent(svg), encoding: .utf8)
            return text.components(separatedBy: "href=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        }
        let runs = [
            (["render", "articles", "-o", "out/relative.svg", "--evidence-links"], "out/relative.svg"),
            (["render", folder.appendingPathComponent("articles").path, "-o", folder.appendingPathComponent("out/absolute.svg").path,
              "--evidence-links"], "out/absolute.svg"),
            (["render", "news.jsonl", "-o", "out/url.svg", "--evidence-links"], "out/url.svg"),
        ]
        for (arguments, _) in runs {
            let result = try ArmsnetProcess.run(arguments, in: folder)
            #expect(result.status == 0, "\(result.stderr)")
        }
        #expect(try hrefs("out/relative.svg") == ["../articles/a%20b.txt"])
        #expect(try hrefs("out/absolute.svg") == ["../articles/a%20b.txt"])
        #expect(try hrefs("out/url.svg") == ["https://example.com/a"])
    }
}
