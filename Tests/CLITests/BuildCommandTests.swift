import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

@Suite struct BuildCommandTests {
    static let outputs = ["extract.jsonl", "graph.json", "network.dot", "network.svg"]

    @Test func buildsTheSeedNetworkAndPrintsRankings() throws {
        let folder = try ArmsnetProcess.scratchFolder()
        let result = try ArmsnetProcess.run(["build", "seeds", "-o", folder.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == Self.outputs)

        let lines = try String(contentsOf: folder.appendingPathComponent("extract.jsonl"), encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines.first?.hasPrefix(#"{"id":"000_170e5810b2e7f9e5","date":"2021-08-18","year":2021,"#) == true)

        let graph = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("graph.json"))) as? [String: Any]
        #expect(graph != nil)

        let svg = try Data(contentsOf: folder.appendingPathComponent("network.svg"))
        #expect(XMLParser(data: svg).parse())

        #expect(result.stdout.contains("Most central countries"))
        #expect(result.stdout.contains("AZE  Azerbaijan"))
        #expect(result.stderr.contains("3 articles; "), "\(result.stderr)")
    }

    @Test func sameInputGivesTheSameBytes() throws {
        let first = try ArmsnetProcess.scratchFolder(), second = try ArmsnetProcess.scratchFolder()
        let a = try ArmsnetProcess.run(["build", "seeds", "-o", first.path, "--jobs", "1"])
        let b = try ArmsnetProcess.run(["build", "seeds", "-o", second.path, "--jobs", "2"])
        #expect(a.stdout == b.stdout)
        for name in Self.outputs {
            #expect(try Data(contentsOf: first.appendingPathComponent(name)) == Data(contentsOf: second.appendingPathComponent(name)), "\(name)")
        }
    }

    @Test func evidenceLinksPointFromTheOutputFolderToTheArticles() throws {
        let folder = try ArmsnetProcess.scratchFolder()
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("news"), withIntermediateDirectories: true)
        try "The Chilean navy ordered two patrol boats from Damen Shipyards.\n"
            .write(to: folder.appendingPathComponent("news/boats.txt"), atomically: true, encoding: .utf8)
        let result = try ArmsnetProcess.run(["build", "news", "-o", "out", "--evidence-links"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let svg = try String(contentsOf: folder.appendingPathComponent("out/network.svg"), encoding: .utf8)
        let hrefs = svg.components(separatedBy: "href=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        #expect(hrefs == ["../news/boats.txt"])
    }

    @Test func missingPathIsOneLineErrorAndWritesNothing() throws {
        let folder = try ArmsnetProcess.scratchFolder()
        let result = try ArmsnetProcess.run(["build", "no/such/folder", "-o", folder.appendingPathComponent("new/out").path])
        #expect(result.status != 0)
        #expect(result.stderr.contains("no/such/folder"))
        #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test func emptyFolderIsAnError() throws {
        let input = try ArmsnetProcess.scratchFolder(), output = try ArmsnetProcess.scratchFolder()
        let result = try ArmsnetProcess.run(["build", input.path, "-o", output.path])
        #expect(result.status != 0)
        #expect(result.stderr.contains(input.path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.path).isEmpty)
    }

    @Test func binaryFileAmongArticlesIsSkippedWithAWarning() throws {
        let input = try ArmsnetProcess.scratchFolder(), output = try ArmsnetProcess.scratchFolder()
        for name in ["000_170e5810b2e7f9e5.txt", "001_6836c1835a8392e1.txt"] {
            try FileManager.default.copyItem(at: ArmsnetProcess.packageRoot.appendingPathComponent("seeds/" + name),
                                             to: input.appendingPathComponent(name))
        }
        try Data([0x00, 0xFF, 0xFE, 0x41, 0x00]).write(to: input.appendingPathComponent("zz<script>\"bad\".txt"))
        let result = try ArmsnetProcess.run(["build", input.path, "-o", output.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("zz<script>\"bad\".txt"))
        #expect(result.stderr.contains("2 articles"))
    }

    @Test func onlyBinaryInputFailsWithoutOutput() throws {
        let input = try ArmsnetProcess.scratchFolder(), output = try ArmsnetProcess.scratchFolder()
        try Data([0x00, 0x01, 0xC3, 0x28]).write(to: input.appendingPathComponent("blob.txt"))
        let result = try ArmsnetProcess.run(["build", input.path, "-o", output.path])
        #expect(result.status != 0)
        #expect(result.stderr.contains("blob.txt"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.path).isEmpty)
    }

    @Test func edgeListsAloneWriteNoExtractionsAndKeepListedHomes() throws {
        let folder = try ArmsnetProcess.scratchFolder()
        let edges = folder.appendingPathComponent("edges.csv")
        try "country,firm,weight,year\nAZE,Thales,2,2019\nXXX,Thales,1,2020\n".write(to: edges, atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("out")
        let result = try ArmsnetProcess.run(["build", "--edges", edges.path, "-o", output.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.path).sorted() == ["graph.json", "network.dot", "network.svg"])
        #expect(result.stderr.contains("country 'XXX' is not an ISO 3166-1 alpha-3 code"))
        #expect(result.stdout.contains("Thales  FRA"), "\(result.stdout)")
    }

    @Test func anArticleReadTwiceCountsOnce() throws {
        let folder = try ArmsnetProcess.scratchFolder()
        let result = try ArmsnetProcess.run(["build", "seeds", "seeds/001_6836c1835a8392e1.txt", "-o", folder.path])
        #expect(result.status == 0)
        #expect(result.stderr.contains("article id '001_6836c1835a8392e1' was already read; counted once"))
        #expect(result.stdout.contains("AZE  Azerbaijan         7"), "\(result.stdout)")
    }

    @Test func aPeriodSaysHowManyArticlesItKept() throws {
        let folder = try ArmsnetProcess.scratchFolder()
        let result = try ArmsnetProcess.run(["build", "seeds", "--year", "2019", "-o", folder.path])
        #expect(result.status == 0)
        #expect(result.stderr.hasPrefix("3 articles, 1 in 2019; 4 countries, 7 firms, 13 links (7 engagement, 6 home)"), "\(result.stderr)")
    }
}
