import ArmsnetAnalytics
import ArmsnetGraph
import Testing
@testable import Armsnet

@Suite struct RankJobTests {
    static func ids(_ table: Table) -> [String] {
        table.rows.map { row in
            guard case let .text(id) = row[2] else { return "" }
            return id
        }
    }

    @Test func ranksEachSideByStrengthLeavingOutNodesWithoutLinks() throws {
        let table = try RankJob(measure: .strength, top: 10).table(TwoYearCorpus.graph)
        #expect(table.columns == ["rank", "kind", "id", "name", "score"])
        // FRA has only a home link: not ranked by engagement. Ties in id order.
        #expect(Self.ids(table) == ["AZE", "MLI", "IND", "Baykar", "Thales", "Nexter", "Hedef", "Kalashnikov", "TAI"])
        #expect(table.rows[0] == [.integer(1), .text("country"), .text("AZE"), .text("Azerbaijan"), .number(8, decimals: 4)])
        #expect(table.rendered(as: .csv).hasPrefix("rank,kind,id,name,score\n1,country,AZE,Azerbaijan,8\n"))
    }

    @Test func oneSideAndTopLimit() throws {
        let table = try RankJob(measure: .pagerank, top: 2, kind: .firm).table(TwoYearCorpus.graph)
        #expect(table.rows.count == 2)
        #expect(table.rows.allSatisfy { $0[1] == .text("firm") })
    }

    @Test func partnersByLinkWeightOfEngagementLinks() throws {
        let table = try RankJob(top: 3, country: "aze").table(TwoYearCorpus.graph)
        #expect(Self.ids(table) == ["Thales", "Nexter", "Baykar"])
        let firm = try RankJob(top: 5, firm: "baykar").table(TwoYearCorpus.graph)
        #expect(Self.ids(firm) == ["MLI", "AZE"])
        let home = try RankJob(relation: .home, top: 5, firm: "Thales").table(TwoYearCorpus.graph)
        #expect(Self.ids(home) == ["FRA"])
    }

    @Test func periodGraphRanksOnlyThatPeriod() throws {
        let graph = TwoYearCorpus.graph.filtered(years: 2021...2021)
        let table = try RankJob(top: 5, country: "Azerbaijan").table(graph, period: Period(from: 2021, to: 2021))
        #expect(Self.ids(table) == ["Thales", "Baykar"])
        #expect(table.title?.contains("2021") == true)
    }

    @Test func everyMeasureRanks() throws {
        for measure in Measure.allCases {
            let table = try RankJob(measure: measure, top: 3).table(TwoYearCorpus.graph)
            #expect(table.rows.count == 6, "\(measure)")
        }
    }

    @Test func unknownNodesAreNamed() {
        #expect(throws: RankingError.unknownCountry("XYZ")) { try RankJob(country: "XYZ").table(TwoYearCorpus.graph) }
        #expect(throws: RankingError.unknownFirm("Acme")) { try RankJob(firm: "Acme").table(TwoYearCorpus.graph) }
    }
}
