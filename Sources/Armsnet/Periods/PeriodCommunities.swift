import ArmsnetAnalytics

/// Communities for comparing and exporting periods: `CommunityDetection.detect` with its defaults
/// (Barber's bipartite modularity, seed 42, a component Leiden leaves as single nodes grouped into
/// one community), numbered from 1 by total strength — the numbers `armsnet clusters` shows with
/// its default options.
enum PeriodCommunities {
    /// One community number (from 1) per dense id.
    static func detect(_ graph: CSRGraph) -> [Int] {
        CommunityDetection.detect(graph).membership
    }
}
