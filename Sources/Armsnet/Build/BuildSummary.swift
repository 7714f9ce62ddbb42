/// One-line account of what a build read and wrote, for standard error.
public enum BuildSummary {
    public static func line(_ network: LoadedNetwork, files: [String]) -> String {
        let graph = network.graph
        let engagement = graph.edges.filter { $0.relation == .engagement }.count
        var parts: [String] = []
        if let summary = network.summary {
            var articles = "\(summary.articles) articles"
            if !summary.undated.isEmpty {
                let shown = summary.undated.prefix(5).joined(separator: ", ")
                articles += " (\(summary.undated.count) undated: \(shown)\(summary.undated.count > 5 ? ", …" : ""))"
            }
            parts.append(articles)
        }
        parts.append("\(graph.countries.count) countries, \(graph.firms.count) firms, \(graph.edges.count) links (\(engagement) engagement, \(graph.edges.count - engagement) home)")
        return parts.joined(separator: "; ") + "\nwrote " + files.joined(separator: ", ")
    }
}
