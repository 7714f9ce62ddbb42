extension BipartiteGraph {
    /// The graph with firms renamed by `newIDs` (firm id → new id; ids not in it stay). Firms that
    /// end up with the same id become one node: their links to a country are summed year by year
    /// and their evidence pooled, as if every link had named the new id.
    public func renamingFirms(_ newIDs: [String: String]) -> BipartiteGraph {
        guard firms.contains(where: { firm in newIDs[firm.id].map { $0 != firm.id } ?? false }) else { return self }
        var builder = GraphBuilder()
        for edge in edges {
            var firm = firms[edge.firm]
            if let id = newIDs[firm.id] {
                firm.id = id
                firm.name = id
            }
            for slice in edge.years {
                builder.add(country: countries[edge.country], firm: firm, relation: edge.relation, year: slice.year,
                            weight: slice.weight, articles: slice.articles,
                            evidence: edge.evidence.filter { $0.year == slice.year })
            }
        }
        return builder.build()
    }
}
