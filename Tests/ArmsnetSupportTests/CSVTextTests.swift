import Testing
@testable import ArmsnetSupport

@Suite struct CSVTextTests {
    @Test func quotesOnlyWhereNeeded() {
        #expect(CSVText.row(["RUS", "Almaz-Antey", "3"]) == "RUS,Almaz-Antey,3")
        #expect(CSVText.row(["a,b", "say \"hi\"", "x\ny"]) == "\"a,b\",\"say \"\"hi\"\"\",\"x\ny\"")
    }

    @Test func parsesQuotedFieldsAndKeepsLineNumbers() {
        let (rows, bad) = CSVText.parse("country,firm\nTUR,\"Baykar, Inc.\"\r\nRUS,\"multi\nline\"\nFRA,Thales")
        #expect(bad == nil)
        #expect(rows.map(\.line) == [1, 2, 3, 5])
        #expect(rows[1].fields == ["TUR", "Baykar, Inc."])
        #expect(rows[2].fields == ["RUS", "multi\nline"])
        #expect(rows[3].fields == ["FRA", "Thales"])
    }

    @Test func reportsAnUnterminatedQuote() {
        let (_, bad) = CSVText.parse("a,b\n1,\"open\n2,3\n")
        #expect(bad == 2)
    }

    @Test func roundTripsHostileText() {
        let fields = ["<script>", "a\"b", "c\\", "line\nbreak", " padded "]
        let (rows, _) = CSVText.parse(CSVText.row(fields) + "\n")
        #expect(rows.first?.fields == fields)
    }
}
