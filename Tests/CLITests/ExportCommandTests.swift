import Foundation
import Testing

@Suite struct ExportCommandTests {
    @Test(arguments: ["graphml", "gexf", "json", "csv"])
    func writesTheSameBytesTwice(_ suffix: String) throws {
        let folder = try ArmsnetProcess.scratchFolder()
        var contents: [Data] = []
        for name in ["a", "b"] {
            let path = folder.appendingPathComponent("\(name).\(suffix)").path
            let result = try ArmsnetProcess.run(["export", "seeds", "-o", path, "--quiet"])
            #expect(result.status == 0, "\(result.stderr)")
            contents.append(try Data(contentsOf: URL(fileURLWithPath: path)))
        }
        #expect(contents[0] == contents[1])
        #expect(!contents[0].isEmpty)
    }

    @Test func aYearKeepsOnlyItsLinks() throws {
        let path = try ArmsnetProcess.scratchFolder().appendingPathComponent("2025.csv").path
        let result = try ArmsnetProcess.run(["export", "seeds", "--year", "2025", "-o", path, "--quiet"])
        #expect(result.status == 0)
        let rows = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").dropFirst()
        #expect(!rows.isEmpty && rows.allSatisfy { $0.contains(",2025,") })
    }

    @Test func unknownExtensionIsAUsageError() throws {
        let result = try ArmsnetProcess.run(["export", "seeds", "-o", "network.xlsx"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("network.xlsx: unknown export format"))
    }

    @Test(arguments: ["engagement", "both"])
    func communitiesAreTheClustersNumbers(_ relation: String) throws {
        let path = try ArmsnetProcess.scratchFolder().appendingPathComponent("graph.json").path
        let export = try ArmsnetProcess.run(["export", "seeds", "--relation", relation, "-o", path, "--quiet"])
        #expect(export.status == 0, "\(export.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any]
        var exported: [String: Int] = [:]
        for node in json?["nodes"] as? [[String: Any]] ?? [] { exported[node["id"] as! String] = node["community"] as? Int }
        let clusters = try ArmsnetProcess.run(["clusters", "seeds", "--relation", relation, "--min-size", "1", "--format", "csv", "--quiet"])
        #expect(clusters.status == 0, "\(clusters.stderr)")
        var listed: [String: Int] = [:]
        for row in clusters.stdout.split(separator: "\n").dropFirst() {
            let fields = row.split(separator: ",", maxSplits: 3).map(String.init)
            listed["\(fields[1]):\(fields[2])"] = Int(fields[0])
        }
        #expect(!listed.isEmpty)
        #expect(listed == exported)
        #expect(Set(exported.values).min() == 1)
    }
}
