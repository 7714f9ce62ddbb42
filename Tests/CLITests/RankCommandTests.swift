import Foundation
import Testing

@Suite struct RankCommandTests {
    /// AZE–Baykar 3 (2019), AZE–Thales 1 (2020), MLI–Baykar 2 (2021), FRA–Thales home 5 (2019).
    static func edges() throws -> String {
        let folder = try ArmsnetProcess.scratchFolder()
        let path = folder.appendingPathComponent("edges.csv").path
        try "country,firm,weight,year,relation\nAZE,Baykar,3,2019,engagement\nAZE,Thales,1,2020,\nMLI,Baykar,2,2021,\nFRA,Thales,5,2019,home\n"
            .write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func ranksAnEdgeListAsCSV() throws {
        let result = try ArmsnetProcess.run(["rank", "--edges", try Self.edges(), "--format", "csv", "--top", "2", "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == """
            rank,kind,id,name,score
            1,country,AZE,Azerbaijan,4
            2,country,MLI,Mali,2
            1,firm,Baykar,Baykar,5
            2,firm,Thales,Thales,1

            """)
    }

    @Test func spellingsOfOneFirmAcrossEdgeListsAreOneFirm() throws {
        let folder = try ArmsnetProcess.scratchFolder()
        let first = folder.appendingPathComponent("a.csv").path
        let second = folder.appendingPathComponent("b.csv").path
        try "country,firm,weight,year\nPOL,SAAB,2,2022\n".write(toFile: first, atomically: true, encoding: .utf8)
        try "country,firm,weight,year\nPOL,Saab AB,3,2022\nPOL,Thales,1,2022\n".write(toFile: second, atomically: true, encoding: .utf8)
        let result = try ArmsnetProcess.run(["rank", "--edges", first, second, "--format", "csv", "--top", "2"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.split(separator: "\n").filter { $0.contains(",firm,") } == ["1,firm,Saab,Saab,5", "2,firm,Thales,Thales,1"])
        #expect(result.stderr.contains("2 firm names read as the same firm as another spelling: 'SAAB' → 'Saab', 'Saab AB' → 'Saab'"))
    }

    @Test func partnersOfACountryInAYear() throws {
        let edges = try Self.edges()
        let result = try ArmsnetProcess.run(["rank", "--edges", edges, "--country", "aze", "--year", "2019", "--format", "csv", "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "rank,kind,id,name,score\n1,firm,Baykar,Baykar,3\n")
        let home = try ArmsnetProcess.run(["rank", "--edges", edges, "--firm", "Thales", "--relation", "home", "--format", "json", "--quiet"])
        #expect(home.stdout == "[{\"rank\":1,\"kind\":\"country\",\"id\":\"FRA\",\"name\":\"France\",\"score\":5}]\n")
    }

    @Test func everyMeasureRuns() throws {
        let edges = try Self.edges()
        for measure in ["degree", "strength", "betweenness", "closeness", "eigenvector", "pagerank", "hits", "birank",
                        "two-mode-degree", "two-mode-betweenness", "two-mode-closeness", "two-mode-eigenvector"] {
            let result = try ArmsnetProcess.run(["rank", "--edges", edges, "--by", measure, "--quiet"])
            #expect(result.status == 0, "\(measure): \(result.stderr)")
            #expect(result.stdout.hasPrefix("Top 10 countries and firms by \(measure) (engagement links)\n"))
        }
    }

    @Test func badInputIsNamed() throws {
        let folder = try ArmsnetProcess.scratchFolder()
        let bad = folder.appendingPathComponent("bad.csv").path
        try "country,firm,weight,year\nAZE,Baykar,x,2019\n".write(toFile: bad, atomically: true, encoding: .utf8)
        let result = try ArmsnetProcess.run(["rank", "--edges", bad])
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(bad): line 2: weight 'x' is not a positive number"))
        let unknown = try ArmsnetProcess.run(["rank", "--edges", try Self.edges(), "--country", "XYZ"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("no country 'XYZ' in the network"))
        let both = try ArmsnetProcess.run(["rank", "--edges", bad, "--country", "AZE", "--firm", "Baykar"])
        #expect(both.status == 64)
    }

    @Test func firmsByGazetteerAliasAnyCase() throws {
        let folder = try ArmsnetProcess.scratchFolder()
        let path = folder.appendingPathComponent("aliases.csv").path
        try "country,firm,weight,year\nIND,Kalashnikov Concern,2,2019\nAZE,Turkish Aerospace Industries,1,2020\n"
            .write(toFile: path, atomically: true, encoding: .utf8)
        let group = try ArmsnetProcess.run(["rank", "--edges", path, "--firm", "Kalashnikov Group", "--format", "csv", "--quiet"])
        #expect(group.status == 0, "\(group.stderr)")
        #expect(group.stdout == "rank,kind,id,name,score\n1,country,IND,India,2\n")
        let tai = try ArmsnetProcess.run(["rank", "--edges", path, "--firm", "tai", "--format", "csv", "--quiet"])
        #expect(tai.status == 0, "\(tai.stderr)")
        #expect(tai.stdout == "rank,kind,id,name,score\n1,country,AZE,Azerbaijan,1\n")
        let unknown = try ArmsnetProcess.run(["rank", "--edges", path, "--firm", "Rostec", "--quiet"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("no firm 'Rostec' in the network"))
    }

    @Test func anEmptyYearIsNotedButSucceeds() throws {
        let result = try ArmsnetProcess.run(["rank", "--edges", try Self.edges(), "--year", "1990", "--format", "csv"])
        #expect(result.status == 0)
        #expect(result.stdout == "rank,kind,id,name,score\n")
        #expect(result.stderr.contains("no engagement links in 1990\n"))
    }
}
