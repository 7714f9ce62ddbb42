import ArmsnetExtraction

/// Which links an analysis uses. "Top partners" means engagement partners; home links are context.
public enum RelationFilter: String, Sendable, CaseIterable {
    case engagement
    case home
    case both

    /// The relations this filter keeps.
    public var relations: Set<Relation> {
        switch self {
        case .engagement: return [.engagement]
        case .home: return [.home]
        case .both: return Set(Relation.allCases)
        }
    }
}
