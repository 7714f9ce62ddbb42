/// Fill colours for communities: a fixed qualitative palette (ColorBrewer Set3 without its grey),
/// given to communities in the order of their numbers, so community `k` of `CommunityDetection`
/// (numbered from 1 by strength, as `clusters` and `export` show them) is drawn as "community k".
public struct CommunityPalette: Sendable {
    /// The palette, in the order colours are handed out.
    public static let colors: [DiagramColor] = [
        0x8DD3C7, 0xFFFFB3, 0xBEBADA, 0xFB8072, 0x80B1D3, 0xFDB462, 0xB3DE69, 0xFCCDE5, 0xBC80BD, 0xCCEBC5, 0xFFED6F,
    ].map { DiagramColor(hex: $0) }
    /// For nodes of communities beyond the palette.
    public static let other = DiagramColor(hex: 0xF2F2F2)

    /// Rank of each community label: its position among the labels in ascending order.
    public let rank: [Int: Int]
    /// Number of nodes in each community label.
    public let sizes: [Int: Int]

    /// - Parameter communities: a community label per dense node id.
    public init(communities: [Int]) {
        var sizes: [Int: Int] = [:]
        for label in communities { sizes[label, default: 0] += 1 }
        let ordered = sizes.keys.sorted()
        rank = Dictionary(uniqueKeysWithValues: ordered.enumerated().map { ($1, $0) })
        self.sizes = sizes
    }

    /// The fill of community `label`.
    public func color(of label: Int) -> DiagramColor {
        guard let r = rank[label], r < Self.colors.count else { return Self.other }
        return Self.colors[r]
    }
}
