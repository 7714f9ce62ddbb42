import ArmsnetCorpus
import Foundation
import Testing
@testable import ArmsnetExtraction

@Suite struct ExtractorTests {
    static func seeds(_ extractor: Extractor) throws -> (Evaluation, [String: ArticleExtraction]) {
        let gold = try String(contentsOf: Fixture.url("seeds.gold.jsonl"), encoding: .utf8).split(separator: "\n").map { try GoldArticle.parse(line: String($0)) }
        var evaluation = Evaluation()
        var out: [String: ArticleExtraction] = [:]
        for g in gold {
            let raw = try String(contentsOf: Fixture.url("seeds/\(g.id).txt"), encoding: .utf8)
            // The seed files start with " date YYYY-MM-DD " when dated (the Corpus module's job; done by hand here).
            let dated = raw.hasPrefix(" date ")
            let text = dated ? String(raw.dropFirst(17)) : raw
            let date = dated ? String(raw.dropFirst(6).prefix(10)) : nil
            let e = extractor.extract(Article(id: g.id, date: date, year: date.flatMap { Int($0.prefix(4)) }, text: text, source: g.id))
            out[g.id] = e
            evaluation.add(predicted: e, gold: g)
        }
        return (evaluation, out)
    }

    @Test(arguments: ["bundled", "mini"])
    func seedsComeOutExactly(gazetteer: String) throws {
        let g = gazetteer == "bundled" ? try Gazetteer.bundled() : Fixture.mini
        let (e, out) = try Self.seeds(Extractor(gazetteer: g))
        for measure in [e.countries, e.firms, e.pairs, e.typedPairs] {
            #expect(measure.falsePositives == 0 && measure.falseNegatives == 0)
        }
        let first = try #require(out["000_170e5810b2e7f9e5"])
        #expect(first.firms.map(\.name) == ["Kalashnikov Group", "Rosoboronexport", "Almaz-Antey", "Rostec"])
        #expect(first.firms[0].aliases == ["Kalashnikov"])
        let second = try #require(out["001_6836c1835a8392e1"])
        #expect(second.firms.first { $0.name.hasPrefix("Turkish") }?.name == "Turkish Aerospace Industries, Inc.")
        #expect(second.firms.first { $0.name.hasPrefix("Turkish") }?.aliases == ["TAI", "Turkish Aerospace Industries"])
        #expect(second.firms.first { $0.name == "Airbus" }?.country == nil)
    }

    @Test func datesAndYearsAreCopied() {
        let e = Fixture.extractor.extract(Article(id: "d", date: "2019-06-19", year: 2019, text: "Nothing here.", source: "d"))
        #expect(e.date == "2019-06-19" && e.year == 2019 && e.id == "d" && e.source == "d")
    }

    @Test func sameInputSameOutputFromManyThreads() async {
        let text = try! String(contentsOf: Fixture.url("seeds/001_6836c1835a8392e1.txt"), encoding: .utf8)
        let article = Article(id: "s", date: nil, year: nil, text: text, source: "s")
        let expected = Fixture.extractor.extract(article).jsonLine()
        let results = await withTaskGroup(of: String.self) { group in
            for _ in 0..<8 { group.addTask { Fixture.extractor.extract(article).jsonLine() } }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.allSatisfy { $0 == expected })
    }

    @Test func unicodeText() {
        let e = Fixture.extract("Türkiye’s Sarvik Systèmes signed a deal with the “Egyptian” army.")
        #expect(e.countries.sorted() == ["EGY", "TUR"])
        #expect(e.firms.map(\.name) == ["Sarvik Systèmes"])
        #expect(e.pairs.map { "\($0.country) \($0.relation)" }.sorted() == ["EGY engagement", "TUR home"])
    }
}
