import ArmsnetGraph

/// Countries and firms that appear or disappear between two periods' graphs.
public struct NodeDiff: Sendable, Hashable {
    /// ISO codes only in the later graph, sorted.
    public var newCountries: [String]
    /// ISO codes only in the earlier graph, sorted.
    public var goneCountries: [String]
    /// Firm ids only in the later graph, sorted.
    public var newFirms: [String]
    /// Firm ids only in the earlier graph, sorted.
    public var goneFirms: [String]

    public init(before: BipartiteGraph, after: BipartiteGraph) {
        let oldCountries = Set(before.countries.map(\.iso)), newCountrySet = Set(after.countries.map(\.iso))
        let oldFirms = Set(before.firms.map(\.id)), newFirmSet = Set(after.firms.map(\.id))
        newCountries = newCountrySet.subtracting(oldCountries).sorted()
        goneCountries = oldCountries.subtracting(newCountrySet).sorted()
        newFirms = newFirmSet.subtracting(oldFirms).sorted()
        goneFirms = oldFirms.subtracting(newFirmSet).sorted()
    }
}
