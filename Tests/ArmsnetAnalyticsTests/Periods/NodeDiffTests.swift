import Testing
@testable import ArmsnetAnalytics

@Suite struct NodeDiffTests {
    @Test func listsNewAndGoneCountriesAndFirms() {
        let diff = NodeDiff(before: TwoYearGraph.engagement(2019), after: TwoYearGraph.engagement(2021))
        #expect(diff.newCountries == ["IND"])
        #expect(diff.goneCountries == [])
        #expect(diff.newFirms == ["Hedef", "Kalashnikov"])
        #expect(diff.goneFirms == ["Nexter", "TAI"])
    }

    @Test func homeLinksCountWhenKept() {
        let both = TwoYearGraph.graph
        let diff = NodeDiff(before: both.filtered(years: 2019...2019), after: both.filtered(years: 2021...2021))
        #expect(diff.goneCountries == ["FRA"])
    }
}
