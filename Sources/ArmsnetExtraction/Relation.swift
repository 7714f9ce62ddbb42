/// The two kinds of country–firm link.
public enum Relation: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// The text states or clearly implies that the firm is from the country.
    case home
    /// The country's government, military or delegation dealt with the firm.
    case engagement

    public static func < (a: Relation, b: Relation) -> Bool { a.rawValue < b.rawValue }
}
