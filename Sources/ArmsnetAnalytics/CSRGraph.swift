import ArmsnetExtraction
import ArmsnetGraph

/// The undirected weighted country–firm graph as compressed sparse rows over dense integer ids:
/// countries are `0..<countryCount` (the graph's country indices), firms `countryCount..<nodeCount`
/// (`countryCount +` the graph's firm index). Every analytics function takes one of these and
/// returns arrays indexed by the dense ids.
///
/// Each undirected link appears twice (once in each endpoint's row); neighbours within a row are in
/// ascending id order. Links of two relations between the same pair are merged into one link whose
/// weight is the sum.
public struct CSRGraph: Sendable, Hashable {
    /// Number of countries; they occupy ids `0..<countryCount`.
    public let countryCount: Int
    /// Number of firms; they occupy ids `countryCount..<nodeCount`.
    public let firmCount: Int
    /// `offsets[v]..<offsets[v + 1]` indexes the neighbours of `v` in `targets` and `weights`.
    public let offsets: [Int]
    /// Neighbour ids, row by row.
    public let targets: [Int32]
    /// Link weights (all > 0), parallel to `targets`.
    public let weights: [Double]

    /// Number of nodes, `countryCount + firmCount`.
    public var nodeCount: Int { countryCount + firmCount }
    /// Number of undirected links.
    public var edgeCount: Int { targets.count / 2 }
    /// Sum of the link weights (each undirected link once).
    public var totalWeight: Double { weights.reduce(0, +) / 2 }

    /// Whether `node` is a country or a firm.
    public func kind(of node: Int) -> NodeKind { node < countryCount ? .country : .firm }
    /// The ids of one side.
    public func nodes(of kind: NodeKind) -> Range<Int> { kind == .country ? 0..<countryCount : countryCount..<nodeCount }
    /// Number of neighbours of `node`.
    public func degree(of node: Int) -> Int { offsets[node + 1] - offsets[node] }
    /// The id range of `node`'s neighbours in `targets` / `weights`.
    public func neighbourRange(of node: Int) -> Range<Int> { offsets[node]..<offsets[node + 1] }

    /// The CSR of `graph`'s links of the given relations, weighted by their year slices in `years`.
    /// All of `graph`'s nodes keep their ids, so isolated ones (no link left after filtering) are
    /// present with degree 0.
    /// - Parameters:
    ///   - relations: relations whose links are kept; a pair linked by several of them gets one link
    ///     with the summed weight.
    ///   - years: inclusive range of years whose slices count (undated slices are then left out), or
    ///     nil for every slice including undated ones.
    /// - Complexity: O(C + F + E · years per edge).
    public init(_ graph: BipartiteGraph, relations: Set<Relation> = Set(Relation.allCases), years: ClosedRange<Int>? = nil) {
        let c = graph.countries.count
        var links: [(country: Int32, firm: Int32, weight: Double)] = []
        links.reserveCapacity(graph.edges.count)
        // Edges are sorted by (country, firm, relation): relations of one pair are adjacent.
        for edge in graph.edges where relations.contains(edge.relation) {
            var weight = edge.weight
            if let years {
                weight = 0
                for slice in edge.years { if let y = slice.year, years.contains(y) { weight += slice.weight } }
                if weight <= 0 { continue }
            }
            let country = Int32(edge.country), firm = Int32(c + edge.firm)
            if let last = links.last, last.country == country, last.firm == firm {
                links[links.count - 1].weight += weight
            } else {
                links.append((country, firm, weight))
            }
        }
        self.init(countryCount: c, firmCount: graph.firms.count, sortedLinks: links)
    }

    /// A CSR from explicit links (country id, firm index `0..<firmCount`, weight); repeated pairs are
    /// merged by summing. For tests and callers that have no `BipartiteGraph`.
    /// - Precondition: ids in range, weights > 0.
    public init(countryCount: Int, firmCount: Int, links: [(country: Int, firm: Int, weight: Double)]) {
        let sorted = links.sorted { ($0.country, $0.firm) < ($1.country, $1.firm) }
        var merged: [(country: Int32, firm: Int32, weight: Double)] = []
        for link in sorted {
            precondition((0..<countryCount).contains(link.country) && (0..<firmCount).contains(link.firm) && link.weight > 0, "bad link \(link)")
            let country = Int32(link.country), firm = Int32(countryCount + link.firm)
            if let last = merged.last, last.country == country, last.firm == firm {
                merged[merged.count - 1].weight += link.weight
            } else {
                merged.append((country, firm, link.weight))
            }
        }
        self.init(countryCount: countryCount, firmCount: firmCount, sortedLinks: merged)
    }

    /// Counting-sort construction from links sorted by (country, firm) without repeats; firm rows
    /// then list countries in ascending order too.
    private init(countryCount: Int, firmCount: Int, sortedLinks links: [(country: Int32, firm: Int32, weight: Double)]) {
        self.countryCount = countryCount
        self.firmCount = firmCount
        let n = countryCount + firmCount
        var offsets = [Int](repeating: 0, count: n + 1)
        for link in links {
            offsets[Int(link.country) + 1] += 1
            offsets[Int(link.firm) + 1] += 1
        }
        for v in 0..<n { offsets[v + 1] += offsets[v] }
        var targets = [Int32](repeating: 0, count: 2 * links.count)
        var weights = [Double](repeating: 0, count: 2 * links.count)
        var next = Array(offsets.dropLast())
        targets.withUnsafeMutableBufferPointer { t in
            weights.withUnsafeMutableBufferPointer { w in
                next.withUnsafeMutableBufferPointer { next in
                    for link in links {
                        let a = Int(link.country), b = Int(link.firm)
                        t[next[a]] = link.firm; w[next[a]] = link.weight; next[a] += 1
                        t[next[b]] = link.country; w[next[b]] = link.weight; next[b] += 1
                    }
                }
            }
        }
        self.offsets = offsets
        self.targets = targets
        self.weights = weights
    }
}
