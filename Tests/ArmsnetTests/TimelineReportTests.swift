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

    @Test func jsonHasNumericYearsAndPartnerObjects() throws {
        let report = TimelineReport(graph: TwoYearCorpus.graph, articlesPerYear: TwoYearCorpus.articlesPerYear, top: 2)
        #expect(report.json == """
            [{"year":2019,"articles":2,"countries":2,"firms":4,"links":4,"top_partners":[{"country":"AZE","firm":"Nexter","weight":2},{"country":"AZE","firm":"TAI","weight":1}]},
            {"year":2021,"articles":4,"countries":3,"firms":4,"links":5,"top_partners":[{"country":"MLI","firm":"Baykar","weight":3},{"country":"AZE","firm":"Thales","weight":2}]},
            {"year":null,"articles":1,"countries":1,"firms":1,"links":1,"top_partners":[{"country":"AZE","firm":"Thales","weight":1}]}]

            """)
        let edgeList = TimelineReport(graph: TwoYearCorpus.graph, articlesPerYear: nil, top: 0)
        #expect(edgeList.json.hasPrefix("[{\"year\":2019,\"articles\":null,\"countries\":2,\"firms\":4,\"links\":4,\"top_partners\":[]},"))
        #expect(try TimelineJob(format: .json, top: 2).run(TwoYearCorpus.graph, articlesPerYear: TwoYearCorpus.articlesPerYear) == report.json)
    }
}
