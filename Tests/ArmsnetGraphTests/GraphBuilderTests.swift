import ArmsnetExtraction
import Testing
@testable import ArmsnetGraph

@Suite struct GraphBuilderTests {
    static func extraction(_ id: String, year: Int?, pairs: [(String, String, Relation)]) -> ArticleExtraction {
        let firmIDs = Array(Set(pairs.map(\.1))).sorted()
        return ArticleExtraction(
            id: id, date: year.map { "\($0)-05-01" }, year: year,
            countries: Array(Set(pairs.map(\.0))).sorted(),
            firms: firmIDs.map { ExtractedFirm(name: $0, aliases: [], country: nil, canonical: $0, listedHome: $0 == "Baykar" ? "TUR" : nil) },
            pairs: pairs.map { ExtractedPair(country: $0.0, firm: $0.1, firmID: $0.1, relation: $0.2, evidence: ["\($0.0) met \($0.1) (\(id))."]) },
            source: "\(id).txt")
    }

    @Test func aggregatesArticlesIntoWeightedEdgesWithYears() {
        var builder = GraphBuilder(countryNames: ["AZE": "Azerbaijan", "TUR": "Turkey"])
        builder.add(Self.extraction("a1", year: 2019, pairs: [("AZE", "Baykar", .engagement), ("TUR", "Baykar", .home)]))
        builder.add(Self.extraction("a2", year: 2021, pairs: [("AZE", "Baykar", .engagement)]))
        builder.add(Self.extraction("a3", year: nil, pairs: [("AZE", "Baykar", .engagement)]))
        let graph = builder.build()

        #expect(graph.countries.map(\.iso) == ["AZE", "TUR"])
        #expect(graph.countries.map(\.name) == ["Azerbaijan", "Turkey"])
        #expect(graph.firms.map(\.id) == ["Baykar"])
        #expect(graph.firms[0].listedHome == "TUR")
        #expect(graph.edges.count == 2)
        let engagement = graph.edges[0]
        #expect(engagement.relation == .engagement)
        #expect(engagement.weight == 3)
        #expect(engagement.articles == 3)
        #expect(engagement.years.map(\.year) == [nil, 2019, 2021])
        #expect(engagement.evidence.map(\.articleID) == ["a1", "a2", "a3"])
        #expect(graph.edges[1].relation == .home)
        #expect(graph.years == [2019, 2021])
        #expect(graph.invariantViolations().isEmpty)
    }

    @Test func orderOfAdditionDoesNotMatter() {
        let articles = [
            Self.extraction("a1", year: 2019, pairs: [("AZE", "Thales", .engagement), ("FRA", "Thales", .home)]),
            Self.extraction("a2", year: 2020, pairs: [("MLI", "Baykar", .engagement), ("AZE", "Baykar", .engagement)]),
        ]
        var forward = GraphBuilder()
        articles.forEach { forward.add($0) }
        var backward = GraphBuilder()
        articles.reversed().forEach { backward.add($0) }
        #expect(forward.build() == backward.build())
    }

    @Test func evidenceIsCappedToTheOldestSentences() {
        var builder = GraphBuilder()
        for i in 0..<(BipartiteGraph.evidenceLimit * 5) {
            builder.add(Self.extraction(String(format: "a%03d", i), year: 2000 + i % 20, pairs: [("AZE", "Baykar", .engagement)]))
        }
        let edge = builder.build().edges[0]
        #expect(edge.articles == BipartiteGraph.evidenceLimit * 5)
        #expect(edge.evidence.count == BipartiteGraph.evidenceLimit)
        #expect(edge.evidence.map(\.year) == [2000, 2000, 2000, 2001, 2001, 2001, 2002, 2002, 2002, 2003])
        #expect(edge.evidence.prefix(3).map(\.articleID) == ["a000", "a020", "a040"])
    }

    /// 60 articles over 4 countries, 3 firms and 12 years, some pairs stated twice by one article.
    static func manyArticles() -> [ArticleExtraction] {
        let countries = ["AZE", "MLI", "TUR", "FRA"], firms = ["Baykar", "Thales", "Airbus"]
        return (0..<60).map { i in
            var pairs = [(countries[i % 4], firms[i % 3], Relation.engagement), (countries[(i / 4) % 4], firms[(i / 3) % 3], .engagement)]
            if i % 5 == 0 { pairs.append((countries[i % 4], firms[i % 3], .engagement)) }
            if i % 7 == 0 { pairs.append(("FRA", "Thales", .home)) }
            return extraction(String(format: "a%02d", i), year: i % 9 == 0 ? nil : 2010 + i % 12, pairs: pairs)
        }
    }

    @Test func buildersBuiltTogetherEqualOneSequentialBuilder() {
        let articles = Self.manyArticles()
        var sequential = GraphBuilder(countryNames: ["AZE": "Azerbaijan"])
        articles.forEach { sequential.add($0) }
        let expected = sequential.build()
        #expect(expected.edges.contains { $0.evidence.count == BipartiteGraph.evidenceLimit })
        for parts in [2, 3, 7] {
            var partials = (0..<parts).map { _ in GraphBuilder(countryNames: ["AZE": "Azerbaijan"]) }
            for (i, article) in articles.enumerated() { partials[(i * 5) % parts].add(article) }
            #expect(GraphBuilder.build(partials) == expected)
            #expect(GraphBuilder.build(partials.reversed()) == expected)
        }
        // Stated by 11 articles, one of them twice: the 10 oldest of 11 evidence sentences are kept.
        let edge = expected.edges.first { expected.countries[$0.country].iso == "MLI" && expected.firms[$0.firm].id == "Thales" }!
        #expect(edge.weight == 12)
        #expect(edge.articles == 12)
        #expect(edge.evidence.map(\.articleID) == ["a01", "a13", "a25", "a37", "a49", "a39", "a04", "a05", "a21", "a22"])
    }

    @Test func fractionalWeightsOfALastBuilderAreAddedAfterTheArticleCounts() {
        let articles = Self.manyArticles()
        func addRows(_ builder: inout GraphBuilder) {
            for (iso, weight) in [("AZE", 0.1), ("MLI", 0.7), ("ESP", 0.3)] {
                builder.add(country: CountryNode(iso: iso, name: iso), firm: FirmNode(id: "Baykar", name: "Baykar", listedHome: "TUR"),
                            relation: .engagement, year: 2019, weight: weight, articles: 0, evidence: [])
            }
        }
        var sequential = GraphBuilder()
        articles.forEach { sequential.add($0) }
        addRows(&sequential)
        var partials = [GraphBuilder(), GraphBuilder()], rows = GraphBuilder()
        for (i, article) in articles.enumerated() { partials[i % 2].add(article) }
        addRows(&rows)
        let graph = GraphBuilder.build(partials + [rows])
        #expect(graph == sequential.build())
        // MLI–Baykar is stated by 3 articles of 2019 (a21, a33, a57).
        let mliBaykar = graph.edges.first { graph.countries[$0.country].iso == "MLI" && graph.firms[$0.firm].id == "Baykar" }!
        #expect(mliBaykar.years.first { $0.year == 2019 }?.weight == 3 + 0.7)
    }

    @Test func aPairStatedTwiceByOneArticleWeighsTwoWithOneEvidence() {
        var builder = GraphBuilder()
        builder.add(Self.extraction("a1", year: 2020, pairs: [("AZE", "Baykar", .engagement), ("AZE", "Baykar", .engagement)]))
        let edge = builder.build().edges[0]
        #expect(edge.weight == 2)
        #expect(edge.evidence.map(\.articleID) == ["a1"])
    }
}
