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
}
