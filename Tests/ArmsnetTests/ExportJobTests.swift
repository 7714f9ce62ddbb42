import ArmsnetExport
import Foundation
import Testing
@testable import Armsnet

@Suite struct ExportJobTests {
    @Test func writesTheFormatOfTheExtension() throws {
        let path = try TwoYearCorpus.scratchFolder().appendingPathComponent("net.gexf").path
        #expect(try ExportJob(output: path).run(TwoYearCorpus.graph) == [path])
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains("<attribute id=\"pagerank\""))
        #expect(text.contains("<spell start=\"2019-01-01\" end=\"2019-12-31\"/>"))
    }

    @Test func unknownExtensionFailsBeforeAnyWork() throws {
        let path = try TwoYearCorpus.scratchFolder().appendingPathComponent("net.txt").path
        #expect(throws: ExportError.unknownFormat(path: path)) { try ExportJob(output: path).run(TwoYearCorpus.graph) }
    }
}
