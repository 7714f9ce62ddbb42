import Foundation
import Testing

@Suite struct ClustersCommandTests {
    @Test func listsCommunitiesWithModularity() throws {
        let edges = try RankCommandTests.edges()
        let table = try ArmsnetProcess.run(["clusters", "--edges", edges, "--quiet"])
        #expect(table.status == 0, "\(table.stderr)")
        #expect(table.stdout.contains("Barber bipartite modularity Q = "))
        let json = try ArmsnetProcess.run(["clusters", "--edges", edges, "--objective", "modularity", "--format", "json", "--quiet"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["objective"] as? String == "modularity")
        #expect(object["modularity"] is Double)
        let csv = try ArmsnetProcess.run(["clusters", "--edges", edges, "--format", "csv", "--quiet"])
        #expect(csv.stdout.hasPrefix("community,kind,id,name,strength\n"))
        #expect(try ArmsnetProcess.run(["clusters", "--edges", edges, "--format", "csv", "--quiet"]).stdout == csv.stdout)
    }

    @Test func resolutionMustBePositive() throws {
        let result = try ArmsnetProcess.run(["clusters", "--edges", try RankCommandTests.edges(), "--resolution", "0"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--resolution must be a positive number"))
    }
}
