/// Which state each government noun was last named with ("navy" → THA after "the Royal Thai Navy", "ministry" → GRC
/// after "Greece's Defence Ministry"), so that a later bare "the navy" or "the ministry" refers to that state rather
/// than to whichever state acted last ("The Royal Thai Navy ordered a submarine … a framework agreement with Beijing …
/// The navy has bought several vessels").
struct GovernmentNounOwners {
    /// (noun key, country), most recent last; an article names few.
    private var owners: [(UInt64, Int32)] = []

    /// Records the government noun right after a nationality or a possessive country ("Thai Navy", "Greece's Defence
    /// Ministry", "the Egyptian defence ministry"), skipping up to two modifiers; not after a preposition of a counterparty.
    mutating func note(_ scan: ArticleScan, _ c: CountryMention) {
        guard c.form == .demonym || c.possessive else { return }
        // Not a counterparty: "negotiate with the Swedish government".
        let before = scan.word(c.start - 1, is: .the) ? c.start - 2 : c.start - 1
        if scan.word(before, is: .with) || scan.word(before, is: .from) || scan.word(before, is: .by) { return }
        var k = c.possessive ? c.end + 1 : c.end
        let end = min(scan.tokens.count, k + 3)
        while k < end, scan.tokens[k].isWord {
            let t = scan.tokens[k]
            if t.classes.contains(.governmentNoun), !t.classes.contains(.governmentModifier) {
                let key = Self.canonical(t.key)
                owners.removeAll { $0.0 == key }
                owners.append((key, c.country))
                return
            }
            guard t.classes.contains(.governmentModifier) else { return }
            k += 1
        }
    }

    /// The state last named with this noun.
    func owner(of key: UInt64) -> Int32? {
        let key = Self.canonical(key)
        return owners.last { $0.0 == key }?.1
    }

    static let governmentKey = TokenHash.key("government")
    /// Nouns for the same body: "the cabinet", "the administration" after "the Czech government".
    static let governmentSynonyms: [UInt64] = ["cabinet", "administration"].map { TokenHash.key($0) }

    static func canonical(_ key: UInt64) -> UInt64 { governmentSynonyms.contains(key) ? governmentKey : key }
}
