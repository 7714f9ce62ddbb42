import ArmsnetAnalytics
import Testing
@testable import Armsnet

@Suite struct PeriodComparisonTests {
    static let comparison = PeriodComparison(graph: TwoYearCorpus.graph, before: Period(from: 2019, to: 2019), after: Period(from: 2021, to: 2021))

    @Test func linksNodesAndPartners() {
        let c = Self.comparison
        #expect(c.links.added.map { "\($0.country)–\($0.firm)" } == ["AZE–Baykar", "IND–Kalashnikov", "MLI–Hedef"])
        #expect(c.links.removed.map { "\($0.country)–\($0.firm) \($0.before)" } == ["AZE–Nexter 2.0", "AZE–TAI 1.0"])
        #expect(c.links.kept.map { "\($0.country)–\($0.firm) \($0.before)→\($0.after)" } == ["AZE–Thales 1.0→2.0", "MLI–Baykar 1.0→3.0"])
        #expect(c.nodes.newCountries == ["IND"] && c.nodes.goneCountries.isEmpty)
        #expect(c.nodes.newFirms == ["Hedef", "Kalashnikov"] && c.nodes.goneFirms == ["Nexter", "TAI"])
        #expect(c.partners.map(\.country) == ["AZE", "IND", "MLI"])
        #expect(c.partners[0].gained == ["Baykar"] && c.partners[0].lost == ["Nexter", "TAI"])
    }

    @Test func undatedArticlesBelongToNoPeriod() {
        #expect(Self.comparison.beforeGraph.edges.allSatisfy { $0.years.allSatisfy { $0.year == 2019 } })
        #expect(Self.comparison.afterGraph.edges.first { Self.comparison.afterGraph.firms[$0.firm].id == "Thales" }?.weight == 2)
    }

    @Test func risersAndFallers() {
        let c = Self.comparison
        #expect(c.strength.risers.map { "\($0.node) \($0.oldRank)→\($0.newRank)" } == ["country:MLI 2→1", "firm:Baykar 2→1"])
        #expect(c.strength.fallers.map { "\($0.node) \($0.oldRank)→\($0.newRank)" } == ["country:AZE 1→2"])
        // Betweenness 2019: AZE 3 (between its three firms), everyone else 0, so all firms share rank 1.
        // 2021 (one chain Thales–AZE–Baykar–MLI–Hedef): AZE 3, MLI 3 (tied first), Baykar 4, Thales 0.
        #expect(c.betweenness.risers.map { "\($0.node) \($0.oldRank)→\($0.newRank)" } == ["country:MLI 2→1"])
        // Thales drops from a shared first place to second, but scores 0 in both: not a faller.
        #expect(c.betweenness.fallers.isEmpty)
    }

    @Test func communitiesKeepTheirIdsAcrossPeriods() {
        let c = Self.comparison
        #expect(c.beforeCommunities[.country("AZE")] == c.afterCommunities.after[.country("AZE")])
        #expect(c.beforeCommunities[.country("MLI")] == c.afterCommunities.after[.country("MLI")])
        // 2019: the AZE star (strength 8) is community 1, MLI–Baykar (2) community 2; 2021's new
        // IND–Kalashnikov gets the next free number, 3.
        #expect(c.beforeCommunities[.country("AZE")] == 1 && c.beforeCommunities[.country("MLI")] == 2)
        #expect(c.afterCommunities.after[.country("IND")] == 3)
        #expect(c.communityChanges.map { "\($0.node) \($0.before.map(String.init) ?? "-")→\($0.after.map(String.init) ?? "-")" } == [
            "country:IND -→3", "firm:Hedef -→2", "firm:Kalashnikov -→3", "firm:Nexter 1→-", "firm:TAI 1→-",
        ])
    }

    @Test func homeRelationComparesHomeLinks() {
        let home = PeriodComparison(graph: TwoYearCorpus.graph, before: Period(from: 2019, to: 2019), after: Period(from: 2021, to: 2021), relation: .home)
        #expect(home.links.removed.map { "\($0.country)–\($0.firm)" } == ["FRA–Thales"])
        #expect(home.afterGraph.isEmpty)
    }
}

/// Compare on the seeds: 2019 (Azerbaijan meets French, Italian, Turkish and European firms at
/// the Paris Air Show), 2021 (Kalashnikov at IDEF: home links only), 2025 (Turkish firms at BAMEX
/// in Mali). Checks facts of the articles, not every name the extractor gives.
@Suite struct PeriodComparisonSeedTests {
    static let seeds = Result { try SeedCorpus.load() }

    @Test func from2019To2025EngagementMovesFromAzerbaijanToMali() throws {
        let graph = try Self.seeds.get().graph
        let c = PeriodComparison(graph: graph, before: Period(from: 2019, to: 2019), after: Period(from: 2025, to: 2025))
        #expect(c.nodes.goneCountries == ["AZE"])
        #expect(c.nodes.newCountries == ["MLI"])
        #expect(c.links.added.map(\.country) == ["MLI"])
        #expect(c.links.added.first?.firm.hasPrefix("Hedef") == true)
        #expect(c.links.removed.count >= 5 && c.links.removed.allSatisfy { $0.country == "AZE" && $0.before == 1 })
        let aze = try #require(c.partners.first { $0.country == "AZE" })
        #expect(aze.gained.isEmpty && aze.lost.contains("Nexter") && aze.lost.contains("Thales"))
        #expect(c.links.kept.isEmpty)
    }

    @Test func in2021ThereAreOnlyHomeLinks() throws {
        let graph = try Self.seeds.get().graph
        let engagement = PeriodComparison(graph: graph, before: Period(from: 2019, to: 2019), after: Period(from: 2021, to: 2021))
        #expect(engagement.afterGraph.isEmpty)
        let home = PeriodComparison(graph: graph, before: Period(from: 2019, to: 2019), after: Period(from: 2021, to: 2021), relation: .home)
        #expect(home.nodes.newCountries == ["RUS"])
        #expect(home.links.added.allSatisfy { $0.country == "RUS" && $0.relation == .home })
        #expect(home.links.added.contains { $0.firm == "Rosoboronexport" })
    }

    @Test func rangesJoinYears() throws {
        let graph = try Self.seeds.get().graph
        let c = PeriodComparison(graph: graph, before: Period(from: 2019, to: 2021), after: Period(from: 2025, to: 2025), relation: .both)
        #expect(Set(c.beforeGraph.countries.map(\.iso)).isSuperset(of: ["AZE", "FRA", "RUS"]))
        #expect(c.nodes.goneCountries.contains("RUS"))
        #expect(c.nodes.newCountries == ["MLI"])
    }

    @Test func timelineHasOneArticlePerSeedYear() throws {
        let seeds = try Self.seeds.get()
        let report = TimelineReport(graph: seeds.graph, articlesPerYear: seeds.articlesPerYear, relation: .both)
        #expect(report.rows.map(\.year) == [2019, 2021, 2025])
        #expect(report.rows.map(\.articles) == [1, 1, 1])
        #expect(report.rows[1].countries == 1)
    }
}
