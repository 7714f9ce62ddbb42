import ArmsnetExport
import ArmsnetSupport
import Testing

@Suite struct CSVWriterTests {
    @Test func edgesOneRowPerYearInTheEdgeListShape() {
        let text = ExportFixture.text { CSVWriter.writeEdges(ExportFixture.annotated, to: &$0) }
        #expect(text == """
            country,firm,weight,year,relation,articles
            AZE,Nexter,2,2019,engagement,2
            AZE,Nexter,1,2021,engagement,1
            AZE,Thales,1,,engagement,1
            AZE,Thales,1,2019,engagement,1
            FRA,Thales,1,2020,engagement,1
            FRA,Thales,1,2019,home,1
            MLI,\(CSVText.field(ExportFixture.hostileName)),3,2021,engagement,3

            """)
    }

    @Test func nodesWithMeasuresAndCommunity() {
        let text = ExportFixture.text { CSVWriter.writeNodes(ExportFixture.annotated, to: &$0) }
        let rows = CSVText.parse(text).rows.map(\.fields)
        #expect(rows.first == ["kind", "id", "name", "listedHome", "strength", "betweenness", "community"])
        #expect(rows[1] == ["country", "AZE", "Azerbaijan", "", "5", "0.5", "0"])
        #expect(rows[4] == ["firm", ExportFixture.hostileName, ExportFixture.hostileName, "", "3", "0", "1"])
        #expect(rows[6] == ["firm", "Thales", "Thales", "FRA", "4", "0.125", "0"])
    }
}
