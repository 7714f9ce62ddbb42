import ArmsnetSupport

/// GEXF 1.3 (https://gexf.net/) for Gephi, dynamic so that Gephi's timeline plays the network year by year.
///
/// Time is in dates (`timeformat="date"`, closed intervals): a node or edge seen in the dated
/// articles of 2019–2021 and 2023 has the spells 2019-01-01…2021-12-31 and 2023-01-01…2023-12-31.
/// An edge's weight in each year is the dynamic attribute `yearWeight`; its static `weight` is
/// the total. Nodes and edges seen only in undated articles have no spell, which Gephi reads as
/// present at all times. Attributes are those of the GraphML export.
public enum GEXFWriter {
    public static func write(_ annotated: AnnotatedGraph, to out: inout some TextOutputStream) {
        out.write("""
            <?xml version="1.0" encoding="UTF-8"?>
            <gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
              <meta>
                <creator>armsnet</creator>
                <description>Country–firm network from defence-industry news</description>
              </meta>
              <graph defaultedgetype="undirected" mode="dynamic" timeformat="date" timerepresentation="interval">
                <attributes class="node" mode="static">

            """)
        var nodeAttributes = [("kind", "string"), ("iso", "string"), ("listedHome", "string")]
        nodeAttributes += annotated.measures.map { ($0.name, "double") }
        if annotated.communities != nil { nodeAttributes.append(("community", "integer")) }
        for (id, type) in nodeAttributes { out.write(attributeLine(id, type)) }
        out.write("    </attributes>\n    <attributes class=\"edge\" mode=\"static\">\n")
        for (id, type) in [("relation", "string"), ("articles", "integer"), ("undatedWeight", "double")] { out.write(attributeLine(id, type)) }
        out.write("    </attributes>\n    <attributes class=\"edge\" mode=\"dynamic\">\n")
        out.write(attributeLine("yearWeight", "double"))
        out.write("    </attributes>\n    <nodes>\n")
        let nodeYears = annotated.nodeYears()
        for dense in 0..<annotated.nodeCount {
            let node = annotated.node(dense)
            out.write("      <node id=\"\(XMLText.escaped(annotated.nodeID(dense)))\" label=\"\(XMLText.escaped(node.label))\">\n        <attvalues>\n")
            out.write(value("kind", node.kind.rawValue))
            if let iso = node.iso { out.write(value("iso", iso)) }
            if let home = node.listedHome { out.write(value("listedHome", home)) }
            for measure in annotated.measures where measure.values[dense].isFinite {
                out.write(value(measure.name, JSONText.number(measure.values[dense])))
            }
            if let communities = annotated.communities { out.write(value("community", String(communities[dense]))) }
            out.write("        </attvalues>\n")
            out.write(spells(nodeYears[dense]))
            out.write("      </node>\n")
        }
        out.write("    </nodes>\n    <edges>\n")
        for (i, edge) in annotated.graph.edges.enumerated() {
            out.write("      <edge id=\"\(i)\" source=\"\(XMLText.escaped(annotated.nodeID(edge.country)))\" target=\"\(XMLText.escaped(annotated.nodeID(annotated.firmNode(edge))))\" weight=\"\(JSONText.number(edge.weight))\">\n        <attvalues>\n")
            out.write(value("relation", edge.relation.rawValue))
            out.write(value("articles", String(edge.articles)))
            for slice in edge.years {
                if let year = slice.year {
                    out.write(value("yearWeight", JSONText.number(slice.weight), spell: year...year))
                } else {
                    out.write(value("undatedWeight", JSONText.number(slice.weight)))
                }
            }
            out.write("        </attvalues>\n")
            out.write(spells(edge.years.compactMap(\.year)))
            out.write("      </edge>\n")
        }
        out.write("    </edges>\n  </graph>\n</gexf>\n")
    }

    private static func attributeLine(_ id: String, _ type: String) -> String {
        "      <attribute id=\"\(id)\" title=\"\(id)\" type=\"\(type)\"/>\n"
    }

    private static func value(_ key: String, _ value: String, spell: ClosedRange<Int>? = nil) -> String {
        let time = spell.map { " start=\"\(start($0))\" end=\"\(end($0))\"" } ?? ""
        return "          <attvalue for=\"\(key)\" value=\"\(XMLText.escaped(value))\"\(time)/>\n"
    }

    private static func spells(_ years: [Int]) -> String {
        let runs = YearSpells.runs(years)
        guard !runs.isEmpty else { return "" }
        return "        <spells>\n" + runs.map { "          <spell start=\"\(start($0))\" end=\"\(end($0))\"/>\n" }.joined() + "        </spells>\n"
    }

    private static func start(_ years: ClosedRange<Int>) -> String { fourDigits(years.lowerBound) + "-01-01" }
    private static func end(_ years: ClosedRange<Int>) -> String { fourDigits(years.upperBound) + "-12-31" }

    /// ISO 8601 years have at least four digits.
    private static func fourDigits(_ year: Int) -> String {
        let digits = String(abs(year))
        return (year < 0 ? "-" : "") + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
