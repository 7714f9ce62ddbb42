/// Fill colours for communities: a fixed qualitative palette (ColorBrewer Set3 without its grey),
/// given to communities from the largest down so the same input always gets the same colours.
public struct CommunityPalette: Sendable {
    /// The palette, in the order colours are handed out.
    public static let colors: [DiagramColor] = [
        0x8DD3C7, 0xFFFFB3, 0xBEBADA, 0xFB8072, 0x80B1D3, 0xFDB462, 0xB3DE69, 0xFCCDE5, 0xBC80BD, 0xCCEBC5, 0xFFED6F,
    ].map { DiagramColor(hex: $0) }
    /// For nodes of communities beyond the palette.
    public static let other = DiagramColor(hex: 0xF2F2F2)

    /// Rank of each community label: 0 for the largest community, ties by the lowest node id in it.
    public let rank: [Int: Int]
    /// Number of nodes in each community label.
    public let sizes: [Int: Int]

    /// - Parameter communities: a community label per dense node id.
    public init(communities: [Int]) {
        var sizes: [Int: Int] = [:]
        var firstNode: [Int: Int] = [:]
        for (node, label) in communities.enumerated() {
            sizes[label, default: 0] += 1
            if firstNode[label] == nil { firstNode[label] = node }
        }
        let ordered = sizes.keys.sorted { (sizes[$0]!, -firstNode[$0]!) > (sizes[$1]!, -firstNode[$1]!) }
        rank = Dictionary(uniqueKeysWithValues: ordered.enumerated().map { ($1, $0) })
        self.sizes = sizes
    }

    /// The fill of community `label`.
    public func color(of label: Int) -> DiagramColor {
        guard let r = rank[label], r < Self.colors.count else { return Self.other }
        return Self.colors[r]
    }
}
