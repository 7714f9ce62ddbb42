import Foundation
import Testing
@testable import Armsnet

@Suite struct TimelineJobTests {
    @Test func printsTheTableAndWritesTheChart() throws {
        let chart = try TwoYearCorpus.scratchFolder().appendingPathComponent("timeline.svg").path
        let text = try TimelineJob(format: .csv, top: 1, chart: chart).run(TwoYearCorpus.graph, articlesPerYear: TwoYearCorpus.articlesPerYear)
        #expect(text.split(separator: "\n").dropFirst().first == "2019,2,2,4,4,AZE–Nexter 2")
        #expect(try String(contentsOfFile: chart, encoding: .utf8).hasPrefix("<svg"))
    }
}
