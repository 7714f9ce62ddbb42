import Testing
@testable import Armsnet

@Suite struct TimelineReportTests {
    @Test func perYearCountsWithTopPartnersAndUndatedLast() {
        let report = TimelineReport(graph: TwoYearCorpus.graph, articlesPerYear: TwoYearCorpus.articlesPerYear)
        #expect(report.table.rendered(as: .csv) == """
            year,articles,countries,firms,links,top_partners
            2019,2,2,4,4,AZE–Nexter 2; AZE–TAI 1; AZE–Thales 1
            2021,4,3,4,5,MLI–Baykar 3; AZE–Thales 2; AZE–Baykar 1
            undated,1,1,1,1,AZE–Thales 1

            """)
    }

    @Test func yearsWithArticlesButNoLinksAreListed() {
        var articles = TwoYearCorpus.articlesPerYear
        articles[2020] = 3
        let report = TimelineReport(graph: TwoYearCorpus.graph, articlesPerYear: articles, relation: .home, top: 1)
        #expect(report.rows.map(\.year) == [2019, 2020, 2021, nil])
        #expect(report.rows.map(\.links) == [1, 0, 0, 0])
        #expect(report.rows[1].articles == 3)
    }

    @Test func edgeListsHaveNoArticleCounts() {
        let report = TimelineReport(graph: TwoYearCorpus.graph, articlesPerYear: nil)
        #expect(report.rows.allSatisfy { $0.articles == nil })
        #expect(report.table.rendered(as: .csv).contains("\n2019,,2,4,4,"))
    }
}
