import ArmsnetGraph

/// Which nodes and edges of a `BipartiteGraph` a network diagram draws, by dense node id
/// (countries `0..<C`, firms `C..<C+F`) and edge index.
struct NetworkSelection: Equatable {
    /// Selected dense node ids, ascending.
    var nodes: [Int]
    /// Selected edge indices, ascending.
    var edges: [Int]

    /// Applies, in this order: `minWeight` (edges below it go, and nodes left without edges),
    /// `focus` (the nodes within `depth` links of it), `top` (the `top` most central remaining
    /// nodes, ties by id, and the links among them).
    /// - Parameter centrality: one value per dense node id.
    /// - Throws: `RenderError.unknownFocus` when `focus` is neither a country's ISO code nor a firm.
    init(_ graph: BipartiteGraph, centrality: [Double], minWeight: Double? = nil, focus: String? = nil, depth: Int = 1, top: Int? = nil) throws {
        let countryCount = graph.countries.count
        let nodeCount = countryCount + graph.firms.count
        var edgeKept = graph.edges.map { minWeight == nil || $0.weight >= minWeight! }
        var nodeKept = [Bool](repeating: minWeight == nil, count: nodeCount)
        for (i, edge) in graph.edges.enumerated() where edgeKept[i] {
            nodeKept[edge.country] = true
            nodeKept[countryCount + edge.firm] = true
        }
        if let focus {
            guard let start = Self.node(named: focus, in: graph) else { throw RenderError.unknownFocus(focus) }
            var adjacency = [[Int]](repeating: [], count: nodeCount)
            for (i, edge) in graph.edges.enumerated() where edgeKept[i] {
                adjacency[edge.country].append(countryCount + edge.firm)
                adjacency[countryCount + edge.firm].append(edge.country)
            }
            var distance = [Int](repeating: -1, count: nodeCount)
            distance[start] = 0
            var frontier = [start]
            for level in 1...max(depth, 1) {
                var next: [Int] = []
                for node in frontier {
                    for neighbour in adjacency[node] where distance[neighbour] < 0 {
                        distance[neighbour] = level
                        next.append(neighbour)
                    }
                }
                frontier = next
            }
            nodeKept = distance.map { $0 >= 0 }
        }
        if let top {
            let ranked = nodeKept.indices.filter { nodeKept[$0] }
                .sorted { (centrality[$0], -$0) > (centrality[$1], -$1) }
            nodeKept = [Bool](repeating: false, count: nodeCount)
            for node in ranked.prefix(max(top, 0)) { nodeKept[node] = true }
        }
        for (i, edge) in graph.edges.enumerated() where edgeKept[i] {
            edgeKept[i] = nodeKept[edge.country] && nodeKept[countryCount + edge.firm]
        }
        nodes = nodeKept.indices.filter { nodeKept[$0] }
        edges = edgeKept.indices.filter { edgeKept[$0] }
    }

    /// The dense id of the country with ISO code `name` (any case), else of the firm whose id or
    /// name is `name` (exactly, then ignoring case).
    static func node(named name: String, in graph: BipartiteGraph) -> Int? {
        let countryCount = graph.countries.count
        if let country = graph.countryIndex(of: name.uppercased()) { return country }
        if let firm = graph.firmIndex(of: name) { return countryCount + firm }
        let lower = name.lowercased()
        if let firm = graph.firms.firstIndex(where: { $0.id.lowercased() == lower || $0.name.lowercased() == lower }) {
            return countryCount + firm
        }
        return graph.countries.firstIndex { $0.name.lowercased() == lower }
    }
}
