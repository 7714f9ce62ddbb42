import ArmsnetGraph

/// Which nodes and edges of a `BipartiteGraph` a network diagram draws, by dense node id
/// (countries `0..<C`, firms `C..<C+F`) and edge index.
struct NetworkSelection: Equatable {
    /// Selected dense node ids, ascending.
    var nodes: [Int]
    /// Selected edge indices, ascending.
    var edges: [Int]

    /// Applies, in this order: `minWeight` (edges below it go, and nodes left without edges),
    /// `focus` (the nodes within `depth` links of it), `top` (at most `top` of the remaining
    /// nodes, chosen fairly from both sides — see `top(_:of:edgeKept:graph:centrality:)` — and the links
    /// among them).
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
            nodeKept = Self.top(max(top, 0), of: nodeKept, edgeKept: edgeKept, graph: graph, centrality: centrality)
        }
        for (i, edge) in graph.edges.enumerated() where edgeKept[i] {
            edgeKept[i] = nodeKept[edge.country] && nodeKept[countryCount + edge.firm]
        }
        nodes = nodeKept.indices.filter { nodeKept[$0] }
        edges = edgeKept.indices.filter { edgeKept[$0] }
    }

    /// At most `count` of the kept nodes, each with a link to another chosen node. Each side is
    /// ranked by `centrality` (descending, ties by id) and the two rankings are merged by
    /// within-side rank quantile (rank / side size; ties: countries first, then id), so a side
    /// whose scores are larger does not crowd out the other. Nodes are taken in that order,
    /// skipping any that would bring the number of linked nodes above `count`, until `count` nodes
    /// are linked; nodes left without a link among the chosen are dropped. The result has links
    /// whenever the kept edges have any and `count` ≥ 2; if no link can be shown, the first
    /// `count` nodes of the merged order are kept.
    static func top(_ count: Int, of nodeKept: [Bool], edgeKept: [Bool], graph: BipartiteGraph, centrality: [Double]) -> [Bool] {
        let countryCount = graph.countries.count
        let nodeCount = nodeKept.count
        let byScore: (Int, Int) -> Bool = { (centrality[$0], -$0) > (centrality[$1], -$1) }
        let countries = (0..<countryCount).filter { nodeKept[$0] }.sorted(by: byScore)
        let firms = (countryCount..<nodeCount).filter { nodeKept[$0] }.sorted(by: byScore)
        // Merge by rank quantile r/n, compared exactly as r1·n2 against r2·n1.
        var order: [Int] = []
        order.reserveCapacity(countries.count + firms.count)
        var c = 0, f = 0
        while c < countries.count || f < firms.count {
            if f == firms.count || (c < countries.count && c * firms.count <= f * countries.count) {
                order.append(countries[c]); c += 1
            } else {
                order.append(firms[f]); f += 1
            }
        }
        var neighbours = [[Int]](repeating: [], count: nodeCount)
        for (i, edge) in graph.edges.enumerated() where edgeKept[i] {
            neighbours[edge.country].append(countryCount + edge.firm)
            neighbours[countryCount + edge.firm].append(edge.country)
        }
        var chosen = [Bool](repeating: false, count: nodeCount)
        var linksAmongChosen = [Int](repeating: 0, count: nodeCount)
        var linked = 0
        for node in order where linked < count {
            let partners = Set(neighbours[node].filter { chosen[$0] })
            let gain = (partners.isEmpty ? 0 : 1) + partners.filter { linksAmongChosen[$0] == 0 }.count
            guard linked + gain <= count else { continue }
            chosen[node] = true
            linked += gain
            for partner in partners {
                linksAmongChosen[partner] += 1
                linksAmongChosen[node] += 1
            }
        }
        guard linked > 0 else {
            var kept = [Bool](repeating: false, count: nodeCount)
            for node in order.prefix(count) { kept[node] = true }
            return kept
        }
        return (0..<nodeCount).map { chosen[$0] && linksAmongChosen[$0] > 0 }
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
