import ArmsnetExtraction
import Foundation
import Testing
@testable import ArmsnetGraph

@Suite struct EdgeListTests {
    static func graph(_ text: String, file: String = "test.csv", names: [String: String] = [:]) throws -> BipartiteGraph {
        try Array(text.utf8).withUnsafeBufferPointer { try EdgeList.read($0, file: file, countryNames: names) }
    }

    static func error(_ text: String) -> GraphError? {
        do {
            _ = try graph(text)
            return nil
        } catch {
            return error as? GraphError
        }
    }

    @Test func readsTheBenchmarkShapeAndSumsDuplicates() throws {
        let g = try Self.graph("country,firm,weight,year\nTUR,Baykar,2,2019\nAZE,Baykar,1,2019\nTUR,Baykar,3,2019\nTUR,Baykar,1,\n",
                               names: ["TUR": "Türkiye"])
        #expect(g.countries.map(\.iso) == ["AZE", "TUR"])
        #expect(g.countries[1].name == "Türkiye" && g.countries[0].name == "AZE")
        #expect(g.firms.map(\.id) == ["Baykar"])
        #expect(g.edges.count == 2)
        let tur = g.edges[1]
        #expect(tur.relation == .engagement && tur.weight == 6 && tur.articles == 0)
        #expect(tur.years == [YearSlice(year: nil, weight: 1, articles: 0), YearSlice(year: 2019, weight: 5, articles: 0)])
        #expect(g.invariantViolations().isEmpty)
    }

    @Test func findsColumnsByNameInAnyOrderWithQuotesAndCRLF() throws {
        let text = "Year,relation,articles,firm,country,weight\r\n2021,home,2,\"Leonardo, S.p.A.\",ITA,1.5\r\n2020,,1,\"Say \"\"Hi\"\"\",FRA,2\r\n"
        let g = try Self.graph(text)
        #expect(g.firms.map(\.id) == ["Leonardo, S.p.A.", "Say \"Hi\""])
        #expect(g.edges.map(\.relation) == [.engagement, .home])
        #expect(g.edges.map(\.weight) == [2, 1.5])
        #expect(g.edges.map(\.articles) == [1, 2])
    }

    @Test func malformedRowsNameFileAndLine() {
        let header = "country,firm,weight,year\n"
        #expect(Self.error(header + "TUR,Baykar,2,2019\nTUR,Baykar,-1,2019\n") == .malformedRow(file: "test.csv", line: 3, reason: "weight '-1' is not a positive number"))
        #expect(Self.error(header + "TUR,Baykar,2\n") == .malformedRow(file: "test.csv", line: 2, reason: "expected 4 fields, found 3"))
        #expect(Self.error(header + "TUR,Baykar,2,20x9\n") == .malformedRow(file: "test.csv", line: 2, reason: "year '20x9' is not an integer"))
        #expect(Self.error(header + ",Baykar,2,2019\n") == .malformedRow(file: "test.csv", line: 2, reason: "empty country"))
        #expect(Self.error(header + "TUR,\"Baykar,2,2019\n") == .malformedRow(file: "test.csv", line: 2, reason: "unterminated quoted field"))
        #expect(Self.error("country,firm,weight,year,relation\nTUR,Baykar,2,2019,owner\n")
                == .malformedRow(file: "test.csv", line: 2, reason: "relation 'owner' is neither engagement nor home"))
        #expect(Self.error("country,firm,year\nTUR,Baykar,2019\n") == .missingColumn(file: "test.csv", column: "weight"))
        #expect(Self.error("country,firm,weight,year,firm\n") == .duplicateColumn(file: "test.csv", column: "firm"))
        let message = GraphError.malformedRow(file: "a.csv", line: 7, reason: "empty firm").localizedDescription
        #expect(message == "a.csv: line 7: empty firm")
    }

    @Test func writingAndReadingBackGivesTheSameGraph() throws {
        var builder = GraphBuilder()
        func add(_ iso: String, _ firm: String, _ relation: Relation, _ year: Int?, _ weight: Double, _ articles: Int) {
            builder.add(country: CountryNode(iso: iso, name: iso), firm: FirmNode(id: firm, name: firm, listedHome: nil),
                        relation: relation, year: year, weight: weight, articles: articles, evidence: [])
        }
        add("TUR", "Baykar", .home, 2019, 2, 2)
        add("TUR", "Baykar", .engagement, nil, 1, 1)
        add("TUR", "Baykar", .engagement, 2021, 0.5, 1)
        add("AZE", "Leonardo, S.p.A.", .engagement, 2020, 3, 3)
        let original = builder.build()
        let csv = EdgeList.csv(original)
        #expect(csv == """
            country,firm,relation,year,weight,articles
            AZE,"Leonardo, S.p.A.",engagement,2020,3,3
            TUR,Baykar,engagement,,1,1
            TUR,Baykar,engagement,2021,0.5,1
            TUR,Baykar,home,2019,2,2

            """)
        #expect(try Self.graph(csv) == original)
    }

    @Test func readsFilesAndSumsAcrossThem() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("edgelist-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let a = folder.appendingPathComponent("a.csv").path, b = folder.appendingPathComponent("b.csv").path
        try "country,firm,weight,year\nTUR,Baykar,2,2019\n".write(toFile: a, atomically: true, encoding: .utf8)
        try "firm,country,year,weight\nBaykar,TUR,2019,3\nAselsan,AZE,2018,1\n".write(toFile: b, atomically: true, encoding: .utf8)
        let g = try EdgeList.read([a, b])
        #expect(g.edges.map(\.weight) == [1, 5])
        var builder = GraphBuilder()
        try EdgeList.read([a, b], into: &builder)
        #expect(builder.build() == g)
        #expect(throws: GraphError.cannotRead(file: folder.path + "/missing.csv", reason: "no such file")) {
            try EdgeList.read([folder.path + "/missing.csv"])
        }
    }
}
