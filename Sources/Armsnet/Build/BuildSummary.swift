/// One-line account of what a build read and wrote, for standard error.
public enum BuildSummary {
    public static func line(_ network: LoadedNetwork, period: Period?, files: [String]) -> String {
        let graph = network.graph
        let engagement = graph.edges.filter { $0.relation == .engagement }.count
        var parts: [String] = []
        if let summary = network.summary {
            var articles = count(summary.articles, "article")
            if let period { articles += ", \(summary.extracted) in \(period)" }
            if !summary.undated.isEmpty {
                let shown = summary.undated.prefix(5).joined(separator: ", ")
                articles += " (\(summary.undated.count) undated: \(shown)\(summary.undated.count > 5 ? ", …" : ""))"
            }
            parts.append(articles)
        }
        parts.append("\(count(graph.countries.count, "country", "countries")), \(count(graph.firms.count, "firm")), "
            + "\(count(graph.edges.count, "link")) (\(engagement) engagement, \(graph.edges.count - engagement) home)")
        return parts.joined(separator: "; ") + "\nwrote " + files.joined(separator: ", ")
    }

    /// "1 firm", "2 firms".
    static func count(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(n) \(n == 1 ? singular : plural ?? singular + "s")"
    }
}
