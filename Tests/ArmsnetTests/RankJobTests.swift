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

    @Test func firmsByIdNameOrAliasInAnyCase() throws {
        let graph = TwoYearCorpus.graph
        let kalashnikov = graph.firmIndex(of: "Kalashnikov")!
        #expect(try RankJob.firm("kalashnikov", in: graph) == kalashnikov)
        let aliases: [(alias: String, canonical: String)] = [("Kalashnikov Group", "Kalashnikov"), ("Turkish Aerospace", "TAI"), ("TAI", "TAI")]
        #expect(try RankJob.firm("KALASHNIKOV GROUP", in: graph, aliases: aliases) == kalashnikov)
        #expect(try RankJob.firm("Turkish Aerospace", in: graph, aliases: aliases) == graph.firmIndex(of: "TAI")!)
        #expect(throws: RankingError.unknownFirm("Rostec")) { try RankJob.firm("Rostec", in: graph, aliases: aliases) }
        // An alias that two firms of the graph share is ambiguous: the error lists both.
        let shared: [(alias: String, canonical: String)] = [("Turkish firm", "TAI"), ("Turkish firm", "Baykar")]
        #expect(throws: RankingError.ambiguousFirm("turkish firm", candidates: ["Baykar", "TAI"])) {
            try RankJob.firm("turkish firm", in: graph, aliases: shared)
        }
        #expect(RankingError.ambiguousFirm("x", candidates: ["Baykar", "TAI"]).errorDescription
            == "firm 'x' is ambiguous: it may be 'Baykar', 'TAI' (give one of these ids)")
        let table = try RankJob(firm: "kalashnikov group", firmAliases: aliases).table(graph)
        #expect(Self.ids(table) == ["IND"])
    }

    @Test func gazetteerAndArticleNamesAreAliases() throws {
        let gazetteer = try NetworkLoader.gazetteer(overlay: nil)
        let aliases = RankJob.firmAliases(gazetteer)
        #expect(aliases.contains { $0.alias == "Kalashnikov Group" && $0.canonical == "Kalashnikov Concern" })
        #expect(aliases.contains { $0.alias == "TAI" && $0.canonical == "Turkish Aerospace Industries" })
    }

    @Test func emptyPeriodsAreNoted() {
        let graph = TwoYearCorpus.graph
        #expect(RankJob.emptyNote(graph.filtered(years: 1990...1990), relation: .engagement, period: Period(from: 1990, to: 1990)) == "no engagement links in 1990")
        #expect(RankJob.emptyNote(graph.filtered(years: 1990...1990), relation: .both, period: Period(from: 1990, to: 1990)) == "no links in 1990")
        #expect(RankJob.emptyNote(graph, relation: .engagement, period: nil) == nil)
        #expect(CompareJob.emptyPeriodNotes(graph, periods: [Period(from: 2019, to: 2019), Period(from: 1990, to: 1991)], relation: .both)
            == ["no links in 1990–1991"])
    }
}
