import ArmsnetAnalytics
import ArmsnetGraph

/// Everything `armsnet compare A B` reports: the two periods' graphs and what changed between them.
public struct PeriodComparison: Sendable {
    public var before: Period
    public var after: Period
    public var relation: RelationFilter
    /// The graph of the earlier period (the chosen relations, the period's dated slices).
    public var beforeGraph: BipartiteGraph
    public var afterGraph: BipartiteGraph
    public var links: LinkDiff
    public var nodes: NodeDiff
    public var partners: [PartnerChange]
    public var strength: RankChanges
    public var betweenness: RankChanges
    /// Each node's community in the earlier period.
    public var beforeCommunities: [NodeKey: Int]
    /// The later period's communities, ids matched to the earlier ones.
    public var afterCommunities: CommunityMatching
    public var communityChanges: [CommunityChange]

    /// Compares the periods `before` and `after` of `graph`. Undated links belong to no period.
    /// - Parameter betweennessPivots: estimate betweenness from this many sampled sources (nil: exact).
    public init(graph: BipartiteGraph, before: Period, after: Period, relation: RelationFilter = .engagement, betweennessPivots: Int? = nil) {
        self.before = before
        self.after = after
        self.relation = relation
        beforeGraph = graph.filtered(relations: relation.relations, years: before.years)
        afterGraph = graph.filtered(relations: relation.relations, years: after.years)
        links = LinkDiff(before: beforeGraph, after: afterGraph)
        nodes = NodeDiff(before: beforeGraph, after: afterGraph)
        partners = PartnerChange.changes(before: beforeGraph, after: afterGraph)
        let old = PeriodMeasures(beforeGraph, betweennessPivots: betweennessPivots)
        let new = PeriodMeasures(afterGraph, betweennessPivots: betweennessPivots)
        strength = RankChanges(before: old.strength, after: new.strength)
        betweenness = RankChanges(before: old.betweenness, after: new.betweenness)
        beforeCommunities = old.communities
        afterCommunities = CommunityMatching(before: old.communities, after: new.communities)
        communityChanges = CommunityChange.changes(before: old.communities, after: afterCommunities)
    }

    /// One community per node of either period, for colouring diagrams: the later (matched) one,
    /// else the earlier one.
    public var unionCommunities: [NodeKey: Int] {
        beforeCommunities.merging(afterCommunities.after) { _, later in later }
    }

    /// Display name of a node of either period (country name, or the firm's name).
    public func name(of node: NodeKey) -> String {
        for graph in [afterGraph, beforeGraph] {
            switch node.kind {
            case .country: if let i = graph.countryIndex(of: node.id) { return graph.countries[i].name }
            case .firm: if let i = graph.firmIndex(of: node.id) { return graph.firms[i].name }
            }
        }
        return node.id
    }
}
