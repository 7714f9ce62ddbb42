/// Whether a measure uses link weights. Path-based measures (betweenness, closeness) then take the
/// length of a link as `1 / weight`, so that links reported by more articles are "shorter"
/// (Newman 2001, "Scientific collaboration networks. II"; Opsahl, Agneessens & Skvoretz 2010).
public enum Weighting: String, Sendable, CaseIterable {
    /// Every link counts 1 (networkx `weight=None`).
    case unweighted
    /// Link weights are used (walk-based measures: as weights; path-based ones: length = 1/weight).
    case weighted
}
