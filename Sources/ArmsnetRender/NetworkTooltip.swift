import ArmsnetExtraction
import ArmsnetGraph
import Foundation

/// Tooltip texts for network diagrams: what a reader needs to trust a node or a line.
enum NetworkTooltip {
    /// How many evidence sentences an edge tooltip shows.
    static let evidenceShown = 3
    /// Longer sentences are cut (with `…`) so tooltips stay readable.
    static let sentenceLimit = 280

    /// `Türkiye — Baykar`, relation, weight, articles, years, then up to three evidence sentences
    /// with their article ids and dates.
    static func edge(_ edge: Edge, in graph: BipartiteGraph) -> String {
        let country = graph.countries[edge.country]
        let firm = graph.firms[edge.firm]
        var lines = ["\(oneLine(country.name)) (\(oneLine(country.iso))) — \(oneLine(firm.name))"]
        var facts = ["\(edge.relation.rawValue)", "weight \(number(edge.weight))"]
        if edge.articles > 0 { facts.append(edge.articles == 1 ? "1 article" : "\(edge.articles) articles") }
        lines.append(facts.joined(separator: " · "))
        lines.append("years: " + years(edge.years))
        for evidence in edge.evidence.prefix(evidenceShown) {
            let source = [oneLine(evidence.articleID), evidence.date.map(oneLine)].compactMap { $0 }.joined(separator: ", ")
            lines.append("“\(sentence(evidence.sentence))” [\(source)]")
        }
        if edge.evidence.count > evidenceShown { lines.append("… \(edge.evidence.count - evidenceShown) more") }
        return lines.joined(separator: "\n")
    }

    /// Name, side, ISO code or listed home, the centrality, community, link count and total weight.
    static func node(_ dense: Int, in graph: BipartiteGraph, centralityName: String, centrality: Double,
                     community: Int?, links: Int, weight: Double) -> String {
        let countryCount = graph.countries.count
        var lines: [String] = []
        if dense < countryCount {
            let country = graph.countries[dense]
            lines.append("\(oneLine(country.name)) (\(oneLine(country.iso)))")
            lines.append("country")
        } else {
            let firm = graph.firms[dense - countryCount]
            lines.append(oneLine(firm.name))
            lines.append("firm" + (firm.listedHome.map { " · listed home \(oneLine($0))" } ?? ""))
        }
        var facts = ["\(centralityName) \(number(centrality, digits: 4))"]
        if let community { facts.append("community \(community)") }
        lines.append(facts.joined(separator: " · "))
        lines.append("\(links) \(links == 1 ? "link" : "links"), total weight \(number(weight))")
        return lines.joined(separator: "\n")
    }

    /// `2019 ×2, 2021 ×1, undated ×1` (article counts; weights when there are none).
    static func years(_ slices: [YearSlice]) -> String {
        slices.map { slice in
            let count = slice.articles > 0 ? "\(slice.articles)" : number(slice.weight)
            return "\(slice.year.map(String.init) ?? "undated") ×\(count)"
        }.joined(separator: ", ")
    }

    /// An integer without decimals, anything else with at most `digits` significant decimals.
    static func number(_ value: Double, digits: Int = 2) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return GraphvizText.number(value, digits: digits)
    }

    /// Untrusted text on one line: line breaks and tabs become spaces (so a name cannot fake a line).
    static func oneLine(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { $0 == "\n" || $0 == "\r" || $0 == "\t" ? " " : $0 }))
    }

    private static func sentence(_ text: String) -> String {
        let flat = oneLine(text).trimmingCharacters(in: .whitespaces)
        guard flat.count > sentenceLimit else { return flat }
        return String(flat.prefix(sentenceLimit)) + "…"
    }
}
