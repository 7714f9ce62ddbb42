import ArmsnetExport
import Foundation
import Testing

@Suite struct ExporterTests {
    @Test(arguments: ["graphml", "gexf", "json", "csv"])
    func sameInputGivesTheSameBytes(_ suffix: String) throws {
        let folder = try ExportFixture.scratchFolder()
        let first = folder.appendingPathComponent("a.\(suffix)").path, second = folder.appendingPathComponent("b.\(suffix)").path
        try Exporter.write(ExportFixture.annotated, to: first)
        try Exporter.write(ExportFixture.annotated, to: second)
        #expect(try Data(contentsOf: URL(fileURLWithPath: first)) == Data(contentsOf: URL(fileURLWithPath: second)))
    }

    @Test func csvWritesEdgesAndNodesFiles() throws {
        let path = try ExportFixture.scratchFolder().appendingPathComponent("net.csv").path
        let written = try Exporter.write(ExportFixture.annotated, to: path)
        #expect(written.map { URL(fileURLWithPath: $0).lastPathComponent } == ["net.csv", "net.nodes.csv"])
        #expect(written.allSatisfy { FileManager.default.fileExists(atPath: $0) })
    }

    @Test func unknownExtensionIsRefusedAndNothingIsWritten() throws {
        let path = try ExportFixture.scratchFolder().appendingPathComponent("net.xlsx").path
        #expect(throws: ExportError.unknownFormat(path: path)) { try Exporter.write(ExportFixture.annotated, to: path) }
        #expect(!FileManager.default.fileExists(atPath: path))
        #expect(ExportFormat(path: "x/NET.GraphML") == .graphml)
    }
}
