import ArmsnetExtraction

extension BipartiteGraph {
    /// The sub-graph of the given relations and years. With a year range, an edge keeps only its
    /// slices in the range (undated slices are dropped) and its evidence from those years; nodes
    /// left without edges are dropped.
    /// - Parameters:
    ///   - relations: relations to keep.
    ///   - years: inclusive year range, or nil for all years including undated articles.
    /// - Complexity: O(C + F + E · (slices + evidence) per edge).
    public func filtered(relations: Set<Relation> = Set(Relation.allCases), years: ClosedRange<Int>? = nil) -> BipartiteGraph {
        subgraph { edge in
            guard relations.contains(edge.relation) else { return nil }
            guard let years else { return edge.keepingSlices { _ in true } }
            return edge.keepingSlices { slice in slice.year.map(years.contains) ?? false }
        }
    }

    /// Only the edges whose weight is at least `minimum`, and the nodes they touch.
    public func filtered(minWeight minimum: Double) -> BipartiteGraph {
        subgraph { edge in edge.weight >= minimum ? edge.keepingSlices { _ in true } : nil }
    }

    /// The graph of the edges `transform` returns (it sees each edge and may change its slices),
    /// with only the nodes they touch. Indices shrink in order, so nodes and edges stay in
    /// canonical order: the graph a `GraphBuilder` given the same links would build.
    private func subgraph(_ transform: (Edge) -> Edge?) -> BipartiteGraph {
        var kept: [Edge] = []
        var countryIndex = [Int](repeating: -1, count: countries.count)
        var firmIndex = [Int](repeating: -1, count: firms.count)
        for edge in edges {
            guard let edge = transform(edge) else { continue }
            kept.append(edge)
            countryIndex[edge.country] = 0
            firmIndex[edge.firm] = 0
        }
        let keptCountries = countries.indices.filter { countryIndex[$0] == 0 }
        let keptFirms = firms.indices.filter { firmIndex[$0] == 0 }
        for (new, old) in keptCountries.enumerated() { countryIndex[old] = new }
        for (new, old) in keptFirms.enumerated() { firmIndex[old] = new }
        for i in kept.indices {
            kept[i].country = countryIndex[kept[i].country]
            kept[i].firm = firmIndex[kept[i].firm]
        }
        return BipartiteGraph(countries: keptCountries.map { countries[$0] }, firms: keptFirms.map { firms[$0] }, edges: kept)
    }
}

extension Edge {
    /// This edge with only the year slices `keep` accepts, its weight and articles summed from
    /// them as `GraphBuilder` sums them, and only the evidence of their years; nil when no slice is left.
    /// - Complexity: O(slices × (slices + evidence)); the arrays are shared, not copied, when
    ///   nothing is dropped from them.
    func keepingSlices(_ keep: (YearSlice) -> Bool) -> Edge? {
        let slices = years.allSatisfy(keep) ? years : years.filter(keep)
        guard !slices.isEmpty else { return nil }
        let ofKeptYear = { (item: Evidence) in slices.contains { $0.year == item.year } }
        return Edge(country: country, firm: firm, relation: relation, weight: slices.reduce(0) { $0 + $1.weight },
                    articles: slices.reduce(0) { $0 + $1.articles }, years: slices,
                    evidence: evidence.allSatisfy(ofKeptYear) ? evidence : evidence.filter(ofKeptYear))
    }
}
