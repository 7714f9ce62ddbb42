/// Whether a measure uses link weights. Path-based measures (betweenness, closeness) then take the
/// length of a link as `1 / weight`, so that links reported by more articles are "shorter"
/// (Newman 2001, "Scientific collaboration networks. II"; Opsahl, Agneessens & Skvoretz 2010).
public enum Weighting: String, Sendable, CaseIterable {
    /// Every link counts 1 (networkx `weight=None`).
    case unweighted
    /// Link weights are used (walk-based measures: as weights; path-based ones: length = 1/weight).
    case weighted
}

/// Power-iteration residue: values below `relativeTolerance` × the largest magnitude set to exactly 0.
///
/// Power iterations leave nodes that should score 0 (another component, a side with no links) at
/// tiny values like 3.6e-24 whose exact size depends on the iteration count; reporting them as 0
/// keeps output readable and stable.
enum NegligibleValues {
    static let relativeTolerance = 1e-10

    static func zeroed(_ values: [Double], relativeTolerance: Double = NegligibleValues.relativeTolerance) -> [Double] {
        let largest = values.reduce(0) { max($0, abs($1)) }
        guard largest > 0 else { return values }
        let threshold = largest * relativeTolerance
        return values.map { abs($0) < threshold ? 0 : $0 }
    }
}
