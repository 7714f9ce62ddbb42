import ArmsnetExport
import ArmsnetGraph
import ArmsnetSupport
import Testing

@Suite struct CSVWriterTests {
    @Test func edgesOneRowPerYearInTheEdgeListShape() {
        let text = ExportFixture.text { CSVWriter.writeEdges(ExportFixture.annotated, to: &$0) }
        #expect(text == """
            country,firm,relation,year,weight,articles
            AZE,Nexter,engagement,2019,2,2
            AZE,Nexter,engagement,2021,1,1
            AZE,Thales,engagement,,1,1
            AZE,Thales,engagement,2019,1,1
            FRA,Thales,engagement,2020,1,1
            FRA,Thales,home,2019,1,1
            MLI,\(CSVText.field(ExportFixture.hostileName)),engagement,2021,3,3

            """)
    }

    @Test func edgesReadBackAsAnEdgeList() throws {
        let path = try ExportFixture.scratchFolder().appendingPathComponent("net.csv").path
        try Exporter.write(ExportFixture.annotated, to: path)
        let graph = try EdgeList.read([path])
        #expect(graph.edges.map(\.weight) == ExportFixture.graph.edges.map(\.weight))
        #expect(graph.edges.map(\.years) == ExportFixture.graph.edges.map(\.years))
        #expect(graph.firms.map(\.id) == ExportFixture.graph.firms.map(\.id))
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
