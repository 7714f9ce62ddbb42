import Testing
@testable import Armsnet

@Suite struct ProgressReporterTests {
    @Test func lineWithRateAndETA() {
        let line = ProgressReporter.line(articles: 12_000, bytes: 26_000_000, seconds: 2, totalBytes: 438_000_000)
        #expect(line == "12000 articles, 26.0 MB, 13.0 MB/s, 6000 articles/s, ETA 0:32")
    }

    @Test func lineWithoutTotalHasNoETA() {
        #expect(ProgressReporter.line(articles: 10, bytes: 2_500_000, seconds: 0.5, totalBytes: nil)
            == "10 articles, 2.5 MB, 5.0 MB/s, 20 articles/s")
    }

    @Test func lineBeforeAnyTimeHasNoRate() {
        #expect(ProgressReporter.line(articles: 0, bytes: 0, seconds: 0, totalBytes: 100) == "0 articles, 0.0 MB")
    }

    @Test func longETAInMinutes() {
        #expect(ProgressReporter.line(articles: 1, bytes: 1_000_000, seconds: 1, totalBytes: 601_000_000).hasSuffix("ETA 10:00"))
    }
}
