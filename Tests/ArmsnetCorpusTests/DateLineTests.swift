import Testing
@testable import ArmsnetCorpus

@Suite struct DateLineTests {
    private func parse(_ text: String) -> (date: String, body: String)? {
        var text = text
        return text.withUTF8 { bytes in
            DateLine.parse(bytes).map { ($0.date, String(decoding: UnsafeBufferPointer(rebasing: bytes[$0.bodyStart...]), as: UTF8.self)) }
        }
    }

    @Test func seedLayoutKeepsTextOnTheDateLine() {
        let parsed = parse(" date 2021-08-18 ISTANBUL, August 18. /TASS/.")
        #expect(parsed?.date == "2021-08-18")
        #expect(parsed?.body == "ISTANBUL, August 18. /TASS/.")
    }

    @Test func dateOnItsOwnLine() {
        let parsed = parse("date 2019-06-19\n\nBaku, Azerbaijan, June 19")
        #expect(parsed?.date == "2019-06-19")
        #expect(parsed?.body == "Baku, Azerbaijan, June 19")
    }

    @Test func dateAloneGivesEmptyBody() {
        #expect(parse(" date 2024-02-29")?.body == "")
    }

    @Test func notADateLine() {
        #expect(parse("Turkish defence firms are showcasing") == nil)
        #expect(parse(" date 2021-13-01 text") == nil)
        #expect(parse(" date 2023-02-29 text") == nil)
        #expect(parse(" date 2021-08-18x") == nil)
        #expect(parse(" dated 2021-08-18 text") == nil)
        #expect(parse(" date2021-08-18 text") == nil)
        #expect(parse(" date 2021-8-18 text") == nil)
    }

    @Test func calendarDates() {
        #expect(DateLine.isDate("2024-02-29"))
        #expect(DateLine.isDate("2000-02-29"))
        #expect(!DateLine.isDate("1900-02-29"))
        #expect(!DateLine.isDate("2021-04-31"))
        #expect(!DateLine.isDate("2021-00-10"))
        #expect(!DateLine.isDate("2021-01-00"))
        #expect(!DateLine.isDate("2021-01-011"))
        #expect(DateLine.year(of: "2019-06-19") == 2019)
    }
}
