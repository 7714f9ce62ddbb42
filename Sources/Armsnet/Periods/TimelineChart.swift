import ArmsnetExport

/// A small SVG bar chart of a timeline: for each year, bars for articles (when known), countries,
/// firms and links, with a y axis, year labels and a legend. Hand-written SVG (no layout needed);
/// every text is XML-escaped, and the same report always gives the same bytes.
public enum TimelineChart {
    static let series: [(name: String, color: String)] = [
        ("articles", "#9e9e9e"), ("countries", "#4e79a7"), ("firms", "#f28e2b"), ("links", "#59a14f"),
    ]
    static let barWidth = 12.0
    static let plotHeight = 200.0
    static let left = 50.0
    static let top = 40.0

    public static func svg(_ report: TimelineReport) -> String {
        let shown = series.filter { $0.name != "articles" || report.rows.contains { $0.articles != nil } }
        let groupWidth = Double(shown.count) * barWidth + 16
        let width = max(left + max(1, Double(report.rows.count)) * groupWidth + 20, 460)
        let height = top + plotHeight + 60
        let maximum = report.rows.flatMap { values($0, shown) }.max() ?? 0
        let step = tickStep(maximum)
        let scaleTop = max(step, (Double(maximum) / step).rounded(.up) * step)
        func y(_ value: Double) -> String { n(top + plotHeight - plotHeight * value / scaleTop) }

        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(n(width))\" height=\"\(n(height))\" viewBox=\"0 0 \(n(width)) \(n(height))\" font-family=\"sans-serif\" font-size=\"11\">\n"
        out += "<title>\(XMLText.escaped("Timeline (\(report.relation.rawValue) links)"))</title>\n"
        out += "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n"
        var tick = 0.0
        while tick <= scaleTop {
            out += "<line x1=\"\(n(left))\" x2=\"\(n(width - 10))\" y1=\"\(y(tick))\" y2=\"\(y(tick))\" stroke=\"#e0e0e0\"/>\n"
            out += "<text x=\"\(n(left - 6))\" y=\"\(y(tick))\" text-anchor=\"end\" dominant-baseline=\"middle\">\(n(tick))</text>\n"
            tick += step
        }
        for (i, row) in report.rows.enumerated() {
            let x0 = left + Double(i) * groupWidth + 8
            let label = XMLText.escaped(row.year.map(String.init) ?? "undated")
            for (j, value) in values(row, shown).enumerated() {
                let x = x0 + Double(j) * barWidth
                out += "<rect class=\"\(shown[j].name)\" x=\"\(n(x))\" y=\"\(y(Double(value)))\" width=\"\(n(barWidth - 1))\" height=\"\(n(plotHeight * Double(value) / scaleTop))\" fill=\"\(shown[j].color)\">"
                out += "<title>\(label): \(value) \(shown[j].name)</title></rect>\n"
            }
            out += "<text x=\"\(n(x0 + Double(shown.count) * barWidth / 2))\" y=\"\(n(top + plotHeight + 16))\" text-anchor=\"middle\">\(label)</text>\n"
        }
        out += "<line x1=\"\(n(left))\" x2=\"\(n(width - 10))\" y1=\"\(y(0))\" y2=\"\(y(0))\" stroke=\"#333333\"/>\n"
        for (j, entry) in shown.enumerated() {
            let x = left + Double(j) * 90
            out += "<rect x=\"\(n(x))\" y=\"\(n(height - 22))\" width=\"10\" height=\"10\" fill=\"\(entry.color)\"/>"
            out += "<text x=\"\(n(x + 14))\" y=\"\(n(height - 13))\">\(entry.name)</text>\n"
        }
        out += "<text x=\"\(n(left))\" y=\"20\" font-size=\"13\">\(XMLText.escaped("Per year: \(shown.map(\.name).joined(separator: ", ")) (\(report.relation.rawValue) links)"))</text>\n"
        return out + "</svg>\n"
    }

    private static func values(_ row: TimelineReport.Row, _ shown: [(name: String, color: String)]) -> [Int] {
        shown.map { entry in
            switch entry.name {
            case "articles": return row.articles ?? 0
            case "countries": return row.countries
            case "firms": return row.firms
            default: return row.links
            }
        }
    }

    /// A round tick step giving about five grid lines up to `maximum`.
    static func tickStep(_ maximum: Int) -> Double {
        let rough = max(1, Double(maximum) / 5)
        var magnitude = 1.0
        while magnitude * 10 <= rough { magnitude *= 10 }
        for factor in [1.0, 2, 5, 10] where factor * magnitude >= rough { return factor * magnitude }
        return 10 * magnitude
    }

    private static func n(_ value: Double) -> String { Cell.fixed(value, value == value.rounded() ? 0 : 1) }
}
