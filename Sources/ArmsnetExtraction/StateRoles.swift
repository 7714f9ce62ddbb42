/// Roles in which a state named in a deal sentence is no party to the deal with the firm: the seller of goods another
/// state buys ("bought tanks from South Korea"), the government that approves another state's purchase ("the State
/// Department approved the sale"), and a country name used as an adjective beside a nationality ("US and British
/// technology").
extension EngagementLinks {
    /// Buying verbs after which "from <state>" names the seller.
    static let buyVerbKeys: [UInt64] = ("""
        buy buys buying bought purchase purchases purchased purchasing acquire acquires acquired acquiring receive receives \
        received receiving import imports imported importing procure procures procured procuring ordered obtain obtained
        """.split(separator: " ").map { TokenHash.key(String($0)) })
    /// Verbs of a government's approval (or refusal) of someone else's deal.
    static let approvalKeys = KeySet(["approved", "approves", "approve", "cleared", "clears", "authorised", "authorized", "authorises", "authorizes",
                                      "refused", "refuses", "blocked", "blocks", "denied", "vetoed", "suspended", "halted", "banned"])
    /// What an approving government approves when the deal is another state's: a sale, an export, a transfer, a request.
    static let approvedDealKeys: [UInt64] = (["sale", "sales", "export", "exports", "transfer", "transfers", "request", "re-export"].map { TokenHash.key($0) })

    /// "Poland signed agreements to buy K2 tanks from South Korea", "purchase 12 used jets from the French Air Force",
    /// "competing systems from Russia and Poland": a state after "from" with a buying or competing word earlier in its
    /// clause sells; it is no party to the buyer's deal with the maker. Not
    /// "a delegation from Egypt", nor "received an order from Qatar" (a deal noun between: the state placed it).
    static func isSeller(_ scan: ArticleScan, _ c: CountryMention, range: Range<Int>) -> Bool {
        if sellsThrough(scan, c, range: range) { return true }
        guard !c.possessive else { return false }
        if sells(scan, c, range: range) { return true }
        var f = c.start - 1
        if scan.word(f, is: .the) { f -= 1 }
        // "from Russia and Poland": back over the states listed before this one.
        while f > range.lowerBound, scan.word(f, is: .and) || scan.word(f, is: .or) || scan.mark(f, 44), let p = scan.match(at: f - 1), p.end == f {
            switch p.target {
            case .country, .demonym, .capital: f = scan.word(p.start - 1, is: .the) ? p.start - 2 : p.start - 1
            default: return false
            }
        }
        guard f > range.lowerBound, scan.word(f, is: .from) else { return false }
        var k = f - 1
        while k >= max(range.lowerBound, f - 25) {
            let t = scan.tokens[k]
            // "choosing them over competing systems from Russia": a rival offer comes from a seller too.
            // "beating rival offers from France and Germany": offering states are sellers too.
            if buyVerbKeys.contains(t.key) || t.classes.contains(.competitionWord) || transferVerbKeys.contains(t.key) || offerNounKeys.contains(t.key) { return true }
            if t.isMark(59) || (t.isWord && (t.classes.contains(.governmentNoun) || t.classes.contains(.dealNoun))) { return false }
            k -= 1
        }
        return false
    }

    /// Selling and offering verbs: "the U.S. government, which will sell the jets", "jets offered by the Italian government".
    static let sellVerbKeys: [UInt64] = (["sell", "sells", "sold", "selling", "offered", "offers", "proposed", "exported", "exports"].map { TokenHash.key($0) })
    /// Nouns of what a seller puts forward: "the U.S. offer".
    static let offerNounKeys: [UInt64] = (["offer", "offers", "proposal", "proposals", "bid", "bids"].map { TokenHash.key($0) })

    /// "the U.S. government, which will sell the jets", "chose the U.S. offer": a state that sells or offers; not "Poland's offer to buy" (possessive) nor "sold to Poland" (the buyer).
    static func sells(_ scan: ArticleScan, _ c: CountryMention, range: Range<Int>) -> Bool {
        if scan.word(c.start - 1, is: .the), c.form == .name, c.end < range.upperBound, offerNounKeys.contains(scan.tokens[c.end].key) { return true }
        // After the state's phrase: government words, ", which", auxiliaries, then a selling verb.
        let sellVerbKeys = Self.sellVerbKeys, saleNounKeys = Self.saleNounKeys, putKey = Self.putKey, forwardKey = Self.forwardKey  // read once
        var k = c.end
        while k < min(range.upperBound, c.end + 6) {
            let t = scan.tokens[k]
            // "Germany put forward a MEKO design": an offer too; "the largest U.S. military sale": a sale.
            if t.isWord, sellVerbKeys.contains(t.key) || saleNounKeys.contains(t.key) || (t.key == putKey && k + 1 < range.upperBound && scan.tokens[k + 1].key == forwardKey) {
                return true
            }
            guard t.isMark(44) || (t.isWord && (t.classes.contains(.governmentNoun) || t.classes.contains(.governmentModifier)
                || t.classes.contains(.auxiliary) || t.word == .which)) else { return false }
            k += 1
        }
        return false
    }

    /// "to be sold through the US government's Foreign Military Sales programme", "offered by the Italian government": a
    /// selling verb, then "by"/"through" and the state.
    static func sellsThrough(_ scan: ArticleScan, _ c: CountryMention, range: Range<Int>) -> Bool {
        var b = c.start - 1
        if scan.word(b, is: .the) { b -= 1 }
        guard b - 1 >= range.lowerBound, scan.word(b, is: .by) || scan.tokens[b].key == throughKey else { return false }
        return sellVerbKeys.contains(scan.tokens[b - 1].key)
    }
    static let throughKey = TokenHash.key("through")
    static let putKey = TokenHash.key("put")
    static let saleNounKeys = KeySet(["sale", "sales"])
    static let forwardKey = TokenHash.key("forward")
    /// Verbs of goods leaving a state's own stocks: "two frigates transferred from the Italian Navy", "jets taken from French Air Force inventory".
    static let transferVerbKeys = KeySet(["transferred", "transfer", "leased", "lease", "donated", "taken", "withdrawn", "drawn", "sent", "handed"])

    /// Verbs of a government promoting an offer: "The United States pushed Lockheed Martin's MMSC".
    static let promotionKeys = KeySet(["pushed", "pushing", "promoted", "promoting", "lobbied", "lobbying", "championed", "pitched"])

    /// "The United States pushed Lockheed Martin's MMSC": a state that promotes an offer to another state is no party to it.
    static func promotes(_ scan: ArticleScan, phraseEnd end: Int, range: Range<Int>) -> Bool {
        var k = end
        if k < range.upperBound, scan.tokens[k].flags.contains(.possessive) { return false }
        while k < min(range.upperBound, end + 3), scan.word(k, in: .auxiliary) { k += 1 }
        return k < range.upperBound && promotionKeys.contains(scan.tokens[k].key)
    }

    /// "The State Department approved a possible sale to Finland", "Washington cleared the export": the state whose phrase
    /// ending at `end` approves another state's deal (a sale, export, transfer or request within eight words of the verb);
    /// not "the government had approved the purchase", its own.
    static func isApprover(_ scan: ArticleScan, phraseEnd end: Int, range: Range<Int>) -> Bool {
        var k = end
        var steps = 0
        while k < range.upperBound, steps < 5, scan.tokens[k].isWord || scan.tokens[k].flags.contains(.possessive) {
            if approvalKeys.contains(scan.tokens[k].key) {
                return (k + 1..<min(range.upperBound, k + 9)).contains { approvedDealKeys.contains(scan.tokens[$0].key) }
            }
            k += 1
            steps += 1
        }
        return false
    }

    /// Conflict words before "with": "fighting with Armenian forces", "the war with Russia".
    static let conflictKeys = KeySet(["fighting", "war", "wars", "clashes", "conflict", "battle", "battles", "combat", "skirmishes"])
    static let againstKey = TokenHash.key("against")
    static let notKey = TokenHash.key("not")

    /// "which Azerbaijan used in the fighting with Armenian forces", "used against Armenian troops", "operated by Thailand,
    /// not China": a state named as an adversary or denied is no party.
    static func isAdversaryOrDenied(_ scan: ArticleScan, _ c: CountryMention, range: Range<Int>) -> Bool {
        var p = c.start - 1
        if scan.word(p, is: .the) { p -= 1 }
        guard p >= range.lowerBound else { return false }
        let key = scan.tokens[p].key
        if key == againstKey || key == notKey { return true }
        guard scan.word(p, is: .with) else { return false }
        return (max(range.lowerBound, p - 3)..<p).contains { conflictKeys.contains(scan.tokens[$0].key) }
    }

    /// "built with US and British technology", "British and US components": a country name joined by "and"/"or" to a
    /// nationality describes a thing, like the nationality. Not "Israel and Thai Aviation Industries", "Switzerland and
    /// British radar maker Cobham": there the nationality is a firm's.
    static func isAdjectivalName(_ scan: ArticleScan, _ c: CountryMention, firms: ArticleFirms) -> Bool {
        guard c.form == .name, !c.possessive else { return false }
        func isDemonym(_ i: Int) -> Bool {
            guard case .demonym? = scan.match(at: i)?.target, firms.mention(at: i) == nil, let d = scan.match(at: i) else { return false }
            // A firm noun within three words: the description of a firm ("British radar maker Cobham").
            return !(d.end..<min(scan.tokens.count, d.end + 3)).contains { scan.word($0, in: .firmNoun) || firms.mention(at: $0) != nil }
        }
        if scan.word(c.end, is: .and) || scan.word(c.end, is: .or), isDemonym(c.end + 1) { return true }
        if scan.word(c.start - 1, is: .and) || scan.word(c.start - 1, is: .or), let d = scan.match(at: c.start - 2), d.end == c.start - 1, isDemonym(d.start) {
            return true
        }
        return false
    }
}
