import Testing
@testable import ArmsnetAnalytics

@Suite struct PartnerDiffTests {
    @Test func eachCountrysPartnersGainedAndLost() {
        let changes = PartnerChange.changes(before: TwoYearGraph.engagement(2019), after: TwoYearGraph.engagement(2021))
        #expect(changes == [
            PartnerChange(country: "AZE", gained: ["Baykar"], lost: ["Nexter", "TAI"]),
            PartnerChange(country: "IND", gained: ["Kalashnikov"], lost: []),
            PartnerChange(country: "MLI", gained: ["Hedef"], lost: []),
        ])
    }

    @Test func reversedPeriodsSwapGainedAndLost() {
        let forward = PartnerChange.changes(before: TwoYearGraph.engagement(2019), after: TwoYearGraph.engagement(2021))
        let backward = PartnerChange.changes(before: TwoYearGraph.engagement(2021), after: TwoYearGraph.engagement(2019))
        #expect(backward == forward.map { PartnerChange(country: $0.country, gained: $0.lost, lost: $0.gained) })
    }
}
