import Foundation
import Testing
@testable import Armsnet

@Suite struct ComparisonReportTests {
    static let report = ComparisonReport(PeriodComparison(graph: TwoYearCorpus.graph, before: Period(from: 2019, to: 2019), after: Period(from: 2021, to: 2021)))

    @Test func linksSectionAsAnAlignedTable() {
        #expect(Self.report.rendered(as: .table, sections: [.links]) == """
            Links added and removed (before = 2019, after = 2021)
            change   country  firm         relation    before  after
            -------  -------  -----------  ----------  ------  -----
            added    AZE      Baykar       engagement       0      1
            added    IND      Kalashnikov  engagement       0      1
            added    MLI      Hedef        engagement       0      1
            removed  AZE      Nexter       engagement       2      0
            removed  AZE      TAI          engagement       1      0

            """)
    }

    @Test func partnersAndCommunitiesAsCSV() {
        #expect(Self.report.rendered(as: .csv, sections: [.partners]) == """
            country,name,gained,lost
            AZE,Azerbaijan,Baykar,Nexter; TAI
            IND,India,Kalashnikov,
            MLI,Mali,Hedef,

            """)
        #expect(Self.report.rendered(as: .csv, sections: [.communities]) == """
            kind,id,name,before,after
            country,IND,India,,3
            firm,Hedef,Hedef,,2
            firm,Kalashnikov,Kalashnikov,,3
            firm,Nexter,Nexter,1,
            firm,TAI,TAI,1,

            """)
    }

    @Test func ranksWithOldAndNewRank() {
        let rows = Self.report.table(.ranks).rows.map { $0.map(\.display).joined(separator: " ") }
        #expect(rows == [
            "strength riser country MLI Mali 2 1 1.00 4.00",
            "strength faller country AZE Azerbaijan 1 2 4.00 3.00",
            "strength riser firm Baykar Baykar 2 1 1.00 4.00",
            "betweenness riser country MLI Mali 2 1 0.00 3.00",
        ])
    }

    @Test func jsonHasThePeriodsAndEverySection() throws {
        let text = Self.report.rendered(as: .json)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["before"] as? String == "2019")
        #expect(object["after"] as? String == "2021")
        #expect(object["relation"] as? String == "engagement")
        for section in ComparisonSection.allCases { #expect(object[section.rawValue] is [[String: Any]], "\(section)") }
        let summary = try #require(object["summary"] as? [[String: Any]])
        #expect(summary.map { $0["measure"] as? String } == ["countries", "firms", "links", "weight", "communities (2+ nodes)"])
        #expect(summary.map { $0["after"] as? Int } == [3, 4, 5, 8, 3])
    }

    @Test func summaryCountsTheArticlesOfEachPeriod() {
        let report = ComparisonReport(Self.report.comparison, articlesPerYear: TwoYearCorpus.articlesPerYear)
        #expect(report.table(.summary).rows.first == [.text("articles"), .integer(2), .integer(4)])
        #expect(Self.report.table(.summary).rows.first?.first == .text("countries"))
    }

    @Test func sameInputSameText() {
        let again = ComparisonReport(PeriodComparison(graph: TwoYearCorpus.graph, before: Period(from: 2019, to: 2019), after: Period(from: 2021, to: 2021)))
        for format in OutputFormat.allCases { #expect(again.rendered(as: format) == Self.report.rendered(as: format)) }
    }
}
