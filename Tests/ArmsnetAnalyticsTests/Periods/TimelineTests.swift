import Testing
@testable import ArmsnetAnalytics

@Suite struct TimelineTests {
    @Test func countsNodesAndLinksPerYearWithUndatedFirst() {
        let years = Timeline.years(of: TwoYearGraph.graph, top: 2)
        #expect(years.map(\.year) == [nil, 2019, 2021])
        #expect(years.map(\.countries) == [1, 3, 3])
        #expect(years.map(\.firms) == [1, 4, 4])
        #expect(years.map(\.links) == [1, 5, 5])
        #expect(years[1].topLinks.map { "\($0.country)–\($0.firm) \($0.weight)" } == ["AZE–Nexter 2.0", "AZE–TAI 1.0"])
        #expect(years[2].topLinks.map { "\($0.country)–\($0.firm) \($0.weight)" } == ["MLI–Baykar 3.0", "AZE–Thales 2.0"])
    }

    @Test func emptyGraphHasNoYears() {
        #expect(Timeline.years(of: .init(), top: 3).isEmpty)
    }
}
