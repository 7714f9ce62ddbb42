import Foundation
import Testing

@Suite struct CompareCommandTests {
    @Test func comparesTheSeedYearsAsATable() throws {
        let result = try ArmsnetProcess.run(["compare", "2019", "2025", "seeds", "--quiet", "--section", "nodes", "links"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("New and gone countries and firms (before = 2019, after = 2025)\n"))
        #expect(result.stdout.contains("\nnew     country  MLI "))
        #expect(result.stdout.contains("\ngone    country  AZE "))
        #expect(result.stdout.contains("\nadded    MLI      Hedef"))
    }

    @Test func jsonAndDiagrams() throws {
        let folder = try ArmsnetProcess.scratchFolder()
        let arguments = ["compare", "2019", "2021-2025", "seeds", "--relation", "both", "--format", "json", "--quiet",
                         "--diagram", folder.appendingPathComponent("changes.svg").path, "--diagram-each", folder.path]
        let result = try ArmsnetProcess.run(arguments)
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["before"] as? String == "2019")
        #expect(object["after"] as? String == "2021–2025")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(files == ["2019.svg", "2021-2025.svg", "changes.svg"])
        #expect(try ArmsnetProcess.run(arguments).stdout == result.stdout)
    }

    @Test func badDiagramNameIsAUsageError() throws {
        let result = try ArmsnetProcess.run(["compare", "2019", "2025", "seeds", "--diagram", "changes.pdf"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--diagram changes.pdf: use a .svg, .png or .dot file name."))
    }

    @Test func badPeriodIsAUsageError() throws {
        let result = try ArmsnetProcess.run(["compare", "2019", "last-year", "seeds"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("'last-year' is not a year or a range of years"))
    }

    @Test func overlappingPeriodsAreAUsageError() throws {
        let result = try ArmsnetProcess.run(["compare", "2015-2020", "2018-2022", "seeds"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("The periods 2015–2020 and 2018–2022 overlap; compare periods that share no year."))
    }

    @Test func aPeriodWithoutLinksIsNoted() throws {
        let edges = try RankCommandTests.edges()
        let result = try ArmsnetProcess.run(["compare", "1990", "2019", "--edges", edges, "--section", "summary", "--format", "csv"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("no engagement links in 1990\n"))
    }
}
