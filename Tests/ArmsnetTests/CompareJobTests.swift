import Foundation
import Testing
@testable import Armsnet

@Suite struct CompareJobTests {
    @Test func writesTheUnionDiagramAndOnePerPeriod() throws {
        let folder = try TwoYearCorpus.scratchFolder()
        let union = folder.appendingPathComponent("changes.svg").path
        let each = folder.appendingPathComponent("each").path
        let job = CompareJob(before: Period(from: 2019, to: 2019), after: Period(from: 2021, to: 2021), sections: [.summary],
                             diagram: union, diagramEach: each)
        let text = try job.run(TwoYearCorpus.graph)
        #expect(text.hasPrefix("Summary (before = 2019, after = 2021, engagement links)\n"))
        for path in [union, each + "/2019.svg", each + "/2021.svg"] {
            let svg = try String(contentsOfFile: path, encoding: .utf8)
            #expect(svg.contains("<svg"), "\(path)")
        }
        #expect(try String(contentsOfFile: union, encoding: .utf8).contains("class=\"edge engagement added\""))
    }

    @Test func rangesNameTheirFiles() {
        #expect(CompareJob.fileName(Period(from: 2015, to: 2018)) == "2015-2018")
        #expect(CompareJob.fileName(Period(from: 2019, to: 2019)) == "2019")
    }
}
