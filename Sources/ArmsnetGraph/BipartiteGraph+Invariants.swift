extension BipartiteGraph {
    /// Problems with the graph's invariants, empty when it is sound: indices in range, weights
    /// positive, year slices summing to the weight, nodes and edges in canonical order, no duplicate edge.
    public func invariantViolations() -> [String] {
        var problems: [String] = []
        for (i, edge) in edges.enumerated() {
            if !countries.indices.contains(edge.country) || !firms.indices.contains(edge.firm) {
                problems.append("edge \(i): node index out of range")
                continue
            }
            if !(edge.weight > 0) { problems.append("edge \(i): weight \(edge.weight) is not positive") }
            let sum = edge.years.reduce(0) { $0 + $1.weight }
            if abs(sum - edge.weight) > 1e-9 * max(1, edge.weight) { problems.append("edge \(i): year slices sum to \(sum), not \(edge.weight)") }
            if edge.evidence.count > Self.evidenceLimit { problems.append("edge \(i): more than \(Self.evidenceLimit) evidence sentences") }
            if i > 0 {
                let previous = edges[i - 1]
                if (previous.country, previous.firm, previous.relation) >= (edge.country, edge.firm, edge.relation) {
                    problems.append("edge \(i): not in canonical order or duplicated")
                }
            }
        }
        if zip(countries, countries.dropFirst()).contains(where: { $0.iso >= $1.iso }) { problems.append("countries not sorted by ISO code") }
        if zip(firms, firms.dropFirst()).contains(where: { $0.id >= $1.id }) { problems.append("firms not sorted by id") }
        return problems
    }
}
