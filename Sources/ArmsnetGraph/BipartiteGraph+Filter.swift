import ArmsnetExtraction

extension BipartiteGraph {
    /// The sub-graph of the given relations and years. With a year range, an edge keeps only its
    /// slices in the range (undated slices are dropped) and its evidence from those years; nodes
    /// left without edges are dropped.
    /// - Parameters:
    ///   - relations: relations to keep.
    ///   - years: inclusive year range, or nil for all years including undated articles.
    public func filtered(relations: Set<Relation> = Set(Relation.allCases), years: ClosedRange<Int>? = nil) -> BipartiteGraph {
        var builder = GraphBuilder()
        for edge in edges where relations.contains(edge.relation) {
            let country = countries[edge.country]
            let firm = firms[edge.firm]
            for slice in edge.years {
                if let years {
                    guard let year = slice.year, years.contains(year) else { continue }
                }
                builder.add(country: country, firm: firm, relation: edge.relation, year: slice.year,
                            weight: slice.weight, articles: slice.articles,
                            evidence: edge.evidence.filter { $0.year == slice.year })
            }
        }
        return builder.build()
    }

    /// Only the edges whose weight is at least `minimum`, and the nodes they touch.
    public func filtered(minWeight minimum: Double) -> BipartiteGraph {
        var builder = GraphBuilder()
        for edge in edges where edge.weight >= minimum {
            for slice in edge.years {
                builder.add(country: countries[edge.country], firm: firms[edge.firm], relation: edge.relation,
                            year: slice.year, weight: slice.weight, articles: slice.articles,
                            evidence: edge.evidence.filter { $0.year == slice.year })
            }
        }
        return builder.build()
    }
}
