import Foundation
import Testing

@Suite struct TimelineCommandTests {
    @Test func oneRowPerSeedYearAndAChart() throws {
        let chart = try ArmsnetProcess.scratchFolder().appendingPathComponent("timeline.svg").path
        let result = try ArmsnetProcess.run(["timeline", "seeds", "--relation", "both", "--format", "csv", "--quiet", "--chart", chart])
        #expect(result.status == 0, "\(result.stderr)")
        let years = result.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: ",").prefix(2).joined(separator: ",") }
        #expect(years == ["2019,1", "2021,1", "2025,1"])
        #expect(try String(contentsOfFile: chart, encoding: .utf8).hasPrefix("<svg"))
    }

    @Test func aPeriodKeepsItsYears() throws {
        let result = try ArmsnetProcess.run(["timeline", "seeds", "--from", "2020", "--format", "csv", "--quiet"])
        #expect(result.status == 0)
        #expect(result.stdout.split(separator: "\n").dropFirst().map { String($0.prefix(4)) } == ["2021", "2025"])
    }
}
