import Foundation
import Testing

@Suite struct ExtractCommandTests {
    private let seedIDs = ["000_170e5810b2e7f9e5", "001_6836c1835a8392e1", "002_f67cfacdf062dd2c"]

    private func ids(_ jsonl: String) throws -> [String] {
        try jsonl.split(separator: "\n").map { line in
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            return object?["id"] as? String ?? ""
        }
    }

    @Test func jsonlOneLinePerArticleInCorpusOrder() throws {
        let result = try ArmsnetProcess.run(["extract", "seeds"])
        #expect(result.status == 0)
        #expect(try ids(result.stdout) == seedIDs)
        #expect(result.stdout.hasPrefix(#"{"id":"000_170e5810b2e7f9e5","date":"2021-08-18","year":2021,"countries":["#))
        #expect(result.stdout.contains(#"{"id":"002_f67cfacdf062dd2c","date":null,"year":2025,"#))
        #expect(result.stderr == "")
    }

    @Test func sameOutputWithOneJobOrMany() throws {
        let one = try ArmsnetProcess.run(["extract", "--jobs", "1", "seeds"])
        let four = try ArmsnetProcess.run(["extract", "--jobs", "4", "seeds"])
        #expect(one.stdout == four.stdout)
        let edgesOne = try ArmsnetProcess.run(["extract", "--format", "edges", "--jobs", "1", "seeds"])
        let edgesFour = try ArmsnetProcess.run(["extract", "--format", "edges", "--jobs", "4", "seeds"])
        #expect(edgesOne.stdout == edgesFour.stdout)
    }

    @Test func edgesAreTheAggregatedLinkCSV() throws {
        let result = try ArmsnetProcess.run(["extract", "--format", "edges", "seeds"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "country,firm,relation,year,weight,articles")
        #expect(lines.contains("AZE,Nexter,engagement,2019,1,1"))
        #expect(lines.contains("MLI,Hedef Defence,engagement,2025,1,1"))
    }

    @Test func yearFilterKeepsOnlyThatYear() throws {
        let result = try ArmsnetProcess.run(["extract", "--year", "2019", "seeds"])
        #expect(result.status == 0)
        #expect(try ids(result.stdout) == ["001_6836c1835a8392e1"])
    }

    @Test func streamingFilterOnStandardInput() throws {
        let input = """
            {"id":"a1","date":"2019-02-17","text":"Officials of Mali met Baykar at IDEX 2019."}
            not json

            {"id":"a2","date":null,"text":"Azerbaijan signed a contract with Aselsan."}

            """
        let result = try ArmsnetProcess.run(["extract", "-"], input: input)
        #expect(result.status == 0)
        #expect(try ids(result.stdout) == ["a1", "a2"])
        #expect(result.stderr == """
            warning: stdin:2: invalid JSON at column 1: expected '{'
            note: 1 article has no date and no unambiguous year: a2

            """)
        let quiet = try ArmsnetProcess.run(["extract", "--quiet", "-"], input: input)
        #expect(quiet.stdout == result.stdout)
        #expect(quiet.stderr == "")
    }

    @Test func emptyStandardInputIsAnEmptyCorpus() throws {
        let result = try ArmsnetProcess.run(["extract", "-"], input: "")
        #expect(result.status == 0)
        #expect(result.stdout == "")
    }

    @Test func nothingReadableFailsWithOneLineNamingTheFile() throws {
        let folder = try ArmsnetProcess.scratchFolder()
        let missing = try ArmsnetProcess.run(["extract", folder.path + "/nope"])
        #expect(missing.status != 0)
        #expect(missing.stderr == "Error: \(folder.path)/nope: no such file or folder\n")
        let binary = folder.appendingPathComponent("bin.txt")
        try Data([0x41, 0x00]).write(to: binary)
        let bad = try ArmsnetProcess.run(["extract", binary.path])
        #expect(bad.status != 0)
        #expect(bad.stderr == "Error: \(binary.path): binary file (NUL bytes), not text\n")
        #expect(bad.stdout == "")
    }

    @Test func oneBadFileAmongManyIsAWarning() throws {
        let folder = try ArmsnetProcess.scratchFolder()
        try "Officials of Mali met Baykar at IDEX 2019.".write(to: folder.appendingPathComponent("good.txt"), atomically: true, encoding: .utf8)
        try Data([0xFF, 0xFE]).write(to: folder.appendingPathComponent("bad \"name\".txt"))
        let result = try ArmsnetProcess.run(["extract", folder.path])
        #expect(result.status == 0)
        #expect(try ids(result.stdout) == ["good"])
        #expect(result.stderr == "warning: \(folder.path)/bad \"name\".txt: not UTF-8 text\n")
    }

    @Test func edgesOptionIsRefused() throws {
        let result = try ArmsnetProcess.run(["extract", "--edges", "x.csv"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("extract reads articles, not edge lists"))
    }
}

@Suite struct StreamingFilterTests {
    @Test func aPartitionOfOnlyBadLinesIsWarnedAndExitsZero() throws {
        let result = try ArmsnetProcess.run(["extract", "--jobs", "1", "-"], input: "{\"id\": broken\n{\"id\":\"x\",\"date\":null,\"text\":\"\"}\n")
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("stdin:1:"))
        #expect(result.stderr.contains("stdin:2:"))
    }
}
