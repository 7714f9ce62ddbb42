import Foundation
import Testing
@testable import Armsnet
#if canImport(FoundationXML)
import FoundationXML
#endif

@Suite struct TimelineChartTests {
    /// Counts the `rect` elements with a class (the bars) of a well-formed SVG; nil if it does not parse.
    final class BarCounter: NSObject, XMLParserDelegate {
        var bars: [String] = []
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String]) {
            if name == "rect", let kind = attributes["class"] { bars.append(kind) }
        }
        static func bars(_ svg: String) -> [String]? {
            let counter = BarCounter()
            let parser = XMLParser(data: Data(svg.utf8))
            parser.delegate = counter
            return parser.parse() ? counter.bars : nil
        }
    }

    @Test func oneBarPerYearAndSeriesInWellFormedSVG() throws {
        let report = TimelineReport(graph: TwoYearCorpus.graph, articlesPerYear: TwoYearCorpus.articlesPerYear)
        let bars = try #require(BarCounter.bars(TimelineChart.svg(report)))
        #expect(bars.count == 3 * 4)
        #expect(Array(bars.prefix(4)) == ["articles", "countries", "firms", "links"])
    }

    @Test func withoutArticleCountsThereIsNoArticleSeries() throws {
        let svg = TimelineChart.svg(TimelineReport(graph: TwoYearCorpus.graph, articlesPerYear: nil))
        let bars = try #require(BarCounter.bars(svg))
        #expect(!bars.contains("articles"))
        #expect(svg == TimelineChart.svg(TimelineReport(graph: TwoYearCorpus.graph, articlesPerYear: nil)))
    }

    @Test func emptyTimelineStillDraws() throws {
        #expect(BarCounter.bars(TimelineChart.svg(TimelineReport(graph: .init(), articlesPerYear: [:]))) == [])
    }

    @Test func tickStepsAreRound() {
        #expect([0, 4, 12, 37, 240].map(TimelineChart.tickStep) == [1, 1, 5, 10, 50])
    }
}
