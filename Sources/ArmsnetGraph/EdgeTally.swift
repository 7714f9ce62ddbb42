import ArmsnetExtraction

/// What `GraphBuilder` has gathered for one (country, firm, relation): weight and articles per
/// year, and the oldest evidence. Tallies of disjoint sets of links merge into the tally of their
/// union, whatever the order, so partial builders can be filled on several threads.
struct EdgeTally: Sendable {
    /// One slice per year seen, in the order first seen (`GraphBuilder.build` sorts them).
    private(set) var slices: [YearSlice] = []
    /// The smallest distinct evidence seen (by `Evidence.<`), ascending, at most
    /// `BipartiteGraph.evidenceLimit`: a candidate that cannot be among them is dropped on arrival.
    private(set) var evidence: [Evidence] = []

    /// Adds weight and articles to `year`'s slice, and the evidence that could be kept.
    mutating func add(year: Int?, weight: Double, articles: Int, evidence candidates: some Sequence<Evidence>) {
        add(year: year, weight: weight, articles: articles)
        for candidate in candidates { add(evidence: candidate) }
    }

    /// Adds weight and articles to `year`'s slice.
    mutating func add(year: Int?, weight: Double, articles: Int) {
        if let i = slices.firstIndex(where: { $0.year == year }) {
            slices[i].weight += weight
            slices[i].articles += articles
        } else {
            slices.append(YearSlice(year: year, weight: weight, articles: articles))
        }
    }

    /// Keeps `candidate` if it is among the `evidenceLimit` smallest distinct evidence so far.
    /// - Complexity: O(`evidenceLimit`).
    mutating func add(evidence candidate: Evidence) {
        let limit = BipartiteGraph.evidenceLimit
        if evidence.count == limit, !(candidate < evidence[limit - 1]) { return }
        let index = evidence.firstIndex { candidate < $0 } ?? evidence.count
        // The kept values before `index` are not larger than the candidate: is one of them the same?
        if evidence[..<index].reversed().prefix(while: { !($0 < candidate) }).contains(candidate) { return }
        evidence.insert(candidate, at: index)
        if evidence.count > limit { evidence.removeLast() }
    }

    /// Adds everything `other` gathered.
    /// - Complexity: O(slices² + `evidenceLimit`).
    mutating func merge(_ other: EdgeTally) {
        guard !slices.isEmpty else {
            self = other
            return
        }
        for slice in other.slices { add(year: slice.year, weight: slice.weight, articles: slice.articles) }
        let limit = BipartiteGraph.evidenceLimit
        guard let first = other.evidence.first, evidence.count < limit || first < evidence[limit - 1] else { return }
        // Both lists are ascending and distinct: merge them, keeping the smallest `limit`.
        var merged: [Evidence] = []
        merged.reserveCapacity(min(limit, evidence.count + other.evidence.count))
        var mine = evidence[...], theirs = other.evidence[...]
        while merged.count < limit, let a = mine.first ?? theirs.first {
            let b = theirs.first ?? a
            if a == b {
                merged.append(a)
                mine = mine.dropFirst()
                theirs = theirs.dropFirst()
            } else if b < a {
                merged.append(b)
                theirs = theirs.dropFirst()
            } else {
                merged.append(a)
                mine = mine.dropFirst()
            }
        }
        evidence = merged
    }

    /// The year slices in ascending year, undated first.
    var sortedSlices: [YearSlice] { slices.sorted { ($0.year ?? Int.min) < ($1.year ?? Int.min) } }
}
