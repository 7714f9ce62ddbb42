import ArmsnetSupport
import Testing
@testable import ArmsnetExtraction

@Suite struct ArticleExtractionJSONTests {
    @Test func goldShapeWithFixedKeyOrder() {
        let e = ArticleExtraction(
            id: "x", date: "2021-08-18", year: 2021, countries: ["RUS"],
            firms: [ExtractedFirm(name: "Kalashnikov Group", aliases: ["Kalashnikov"], country: "RUS", canonical: "Kalashnikov Group", listedHome: nil)],
            pairs: [ExtractedPair(country: "RUS", firm: "Kalashnikov Group", firmID: "Kalashnikov Group", relation: .home,
                                  evidence: ["Russia’s “Kalashnikov Group”."])],
            source: "x.txt")
        #expect(e.jsonLine() == #"{"id":"x","date":"2021-08-18","year":2021,"countries":["RUS"],"firms":[{"name":"Kalashnikov Group","aliases":["Kalashnikov"],"country":"RUS"}],"pairs":[{"country":"RUS","firm":"Kalashnikov Group","relation":"home","firm_id":"Kalashnikov Group","evidence":["Russia’s “Kalashnikov Group”."]}]}"#)
    }

    @Test func undatedArticlesHaveNulls() {
        let e = ArticleExtraction(id: "u", date: nil, year: nil, countries: [], firms: [], pairs: [], source: "u")
        #expect(e.jsonLine() == #"{"id":"u","date":null,"year":null,"countries":[],"firms":[],"pairs":[]}"#)
    }

    @Test func appendedLineIsTheJSONLine() {
        let e = ArticleExtraction(id: "a", date: nil, year: 2019, countries: ["FRA"], firms: [], pairs: [], source: "a")
        var json = JSONBuffer()
        json.raw("[")
        e.appendJSONLine(to: &json)
        #expect(json.text == "[" + e.jsonLine())
    }

    @Test func lineBytesAreTheJSONLineAndABreak() {
        let e = ArticleExtraction(id: "é", date: nil, year: 2019, countries: ["FRA"], firms: [], pairs: [], source: "a")
        #expect(e.jsonLineBytes() == Array(#"{"id":"é","date":null,"year":2019,"countries":["FRA"],"firms":[],"pairs":[]}"#.utf8) + [10])
    }
}
