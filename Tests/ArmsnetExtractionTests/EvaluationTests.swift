import Testing
@testable import ArmsnetExtraction

@Suite struct EvaluationTests {
    static let gold = GoldArticle(
        id: "a", countries: ["TUR", "AZE", "FRA"],
        firms: [.init(name: "Turkish Aerospace Industries, Inc.", aliases: ["TAI"], country: "TUR"), .init(name: "Nexter"), .init(name: "Thales")],
        pairs: [.init(country: "TUR", firm: "Turkish Aerospace Industries, Inc.", relation: "home"),
                .init(country: "AZE", firm: "Nexter", relation: "engagement"),
                .init(country: "AZE", firm: "Thales", relation: "engagement")])

    static func firm(_ name: String, _ aliases: [String] = []) -> ExtractedFirm {
        ExtractedFirm(name: name, aliases: aliases, country: nil, canonical: name, listedHome: nil)
    }

    static func pair(_ c: String, _ f: String, _ r: Relation) -> ExtractedPair { ExtractedPair(country: c, firm: f, firmID: f, relation: r, evidence: []) }

    @Test func normalisationIgnoresCasePunctuationDiacriticsAndSuffixes() {
        #expect(Evaluation.normalise("Turkish Aerospace Industries, Inc.") == "turkish aerospace industries")
        #expect(Evaluation.normalise("the LEONARDO S.p.A.") == "leonardo")
        #expect(Evaluation.normalise("CS Communication & Systèmes") == "cs communication systemes")
        #expect(Evaluation.normalise("JSC Rosoboronexport") == "rosoboronexport")
        #expect(Evaluation.normalise("Kalashnikov Group") == "kalashnikov")
    }

    @Test func microScoresOnAHandMadeExample() {
        let predicted = ArticleExtraction(
            id: "a", date: nil, year: nil, countries: ["TUR", "AZE", "RUS"],
            firms: [Self.firm("TAI"), Self.firm("Nexter"), Self.firm("Airbus")],
            pairs: [Self.pair("TUR", "TAI", .home), Self.pair("AZE", "Nexter", .home), Self.pair("AZE", "Airbus", .engagement)],
            source: "a")
        var e = Evaluation()
        e.add(predicted: predicted, gold: Self.gold)
        #expect(e.countries == .init(truePositives: 2, falsePositives: 1, falseNegatives: 1))
        #expect(e.firms == .init(truePositives: 2, falsePositives: 1, falseNegatives: 1))
        // Untyped: TUR–TAI and AZE–Nexter match; AZE–Airbus is false; AZE–Thales missed.
        #expect(e.pairs == .init(truePositives: 2, falsePositives: 1, falseNegatives: 1))
        // Typed: AZE–Nexter has the wrong relation.
        #expect(e.typedPairs == .init(truePositives: 1, falsePositives: 2, falseNegatives: 2))
        #expect(abs(e.typedPairs.precision - 1.0 / 3) < 1e-9)
        #expect(abs(e.typedPairs.f1 - 1.0 / 3) < 1e-9)
        #expect(e.articles[0].missed["firms"] == ["Thales"])
        #expect(e.articles[0].falseHits["firms"] == ["Airbus"])
    }

    @Test func aMissingPredictionCountsAsNothingFound() {
        var e = Evaluation()
        e.add(predicted: nil, gold: Self.gold)
        #expect(e.countries.falseNegatives == 3 && e.countries.precision == 1 && e.countries.recall == 0)
        #expect(e.unmatchedIDs == ["a"])
    }

    @Test func goldLinesParse() throws {
        let g = try GoldArticle.parse(line: #"{"id": "x", "date": null, "year": 2025, "countries": ["MLI"], "firms": [{"name": "Hedef Defence", "aliases": [], "country": "TUR"}], "pairs": [{"country": "MLI", "firm": "Hedef Defence", "relation": "engagement"}], "notes": "n"}"#)
        #expect(g.firms[0].country == "TUR")
        #expect(g.pairs[0].relation == "engagement")
    }
}
