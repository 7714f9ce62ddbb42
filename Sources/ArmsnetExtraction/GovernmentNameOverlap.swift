/// "the Korean Air Force is due to receive …": a listed firm's name ("Korean Air") that runs on into a capitalised word
/// for an armed force or ministry names that body, not the firm.
enum GovernmentNameOverlap {
    /// Words that head the name of an armed force or ministry.
    static let bodyKeys: [UInt64] = (["force", "forces", "army", "navy", "ministry", "guard", "command"].map { TokenHash.key($0) })

    /// Whether the token right after a listed firm's name ending at `end` continues it into such a body's name.
    static func continuesIntoBody(_ scan: ArticleScan, nameEnd end: Int) -> Bool {
        guard end < scan.tokens.count else { return false }
        let t = scan.tokens[end]
        return t.isWord && t.isCapitalised && bodyKeys.contains(t.key) && scan.match(at: end) == nil
    }
}
