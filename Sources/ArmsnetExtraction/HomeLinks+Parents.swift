/// Parents named around a firm, for the subsidiary rule: "Kalashnikov's drone subsidiary ZALA Aero", "X, which in
/// turn belongs to the Russian state tech corporation Rostec", "X, owned by Rostec", "X, Sukhoi's parent company under
/// Russian state conglomerate Rostec". A subsidiary takes the home the text gives its parent, through any number of
/// parents ("Irkut, a UAC subsidiary" where UAC belongs to "Russia's Rostec").
extension HomeLinks {
    /// Nouns for a part of a firm between the parent's possessive and the part's name: "IAI's subsidiary ELTA".
    /// Not "joint venture": a venture's home is not its parents'.
    static let unitNouns = KeySet(["subsidiary", "unit", "arm", "division", "affiliate"])
    static let belongsKeys = KeySet(["belongs", "belong", "belonged"])
    static let ownedByKeys = KeySet(["owned", "controlled"])
    static let underKey = TokenHash.key("under")
    static let leadingKey = TokenHash.key("leading")

    /// The firms a description around mention `m` names as its parent: ", an EDGE subsidiary", "Kalashnikov's drone
    /// subsidiary ZALA", ", which belongs to Rostec", ", under Rostec".
    static func namedParent(_ scan: ArticleScan, _ firms: ArticleFirms, of m: FirmMention) -> Int? {
        if let p = possessiveParent(scan, firms, of: m) { return p }
        // The place of a firm's facility ("plant in Gliwice, a PGZ company") passes the description on to the firm.
        if m.start >= 3, scan.word(m.start - 1, is: .in_), scan.tokens[m.start - 2].isWord, facilityNouns.contains(scan.tokens[m.start - 2].key),
           firms.mention(at: m.start - 3) != nil || scan.tokens[m.start - 3].flags.contains(.possessive) { return nil }
        return parentFirm(scan, firms, of: m) ?? facilityParent(scan, firms, of: m)
    }

    static let facilityNouns = KeySet(["yard", "yards", "shipyard", "plant", "plants", "factory", "works", "facility", "site"])

    /// "Wuchang Shipbuilding's yard in Wuhan, another CSSC company", "the Bumar-Labedy plant in Gliwice, a PGZ company": a
    /// parent description set off after the place of a firm's facility describes the firm, not the place.
    static func facilityParent(_ scan: ArticleScan, _ firms: ArticleFirms, of m: FirmMention) -> Int? {
        var k = m.end
        if k < scan.tokens.count, scan.tokens[k].flags.contains(.possessive) { k += 1 }
        guard k + 2 < scan.tokens.count, scan.tokens[k].isWord, !scan.tokens[k].isCapitalised, scan.word(k + 1, is: .in_),
              facilityNouns.contains(scan.tokens[k].key), scan.isRunWord(k + 2), scan.sentenceOf[k + 2] == scan.sentenceOf[m.start] else { return nil }
        let place = scan.capitalisedRun(around: k + 2)
        guard scan.mark(place.upperBound, 44) else { return nil }
        // Read the description as if it followed the firm's name.
        return parentFirm(scan, firms, of: FirmMention(start: m.start, end: place.upperBound, firm: m.firm, sentence: m.sentence))
    }

    /// "Kalashnikov's drone subsidiary ZALA Aero", "IAI's subsidiary ELTA Systems": the firm whose possessive opens a
    /// unit noun (after at most two lower-case words) right before mention `m`.
    static func possessiveParent(_ scan: ArticleScan, _ firms: ArticleFirms, of m: FirmMention) -> Int? {
        var k = m.start - 1
        // Cheap tests first: a lower-case word before the name and a possessive at most three tokens before that.
        guard k > 1, scan.tokens[k].isWord, !scan.tokens[k].isCapitalised,
              (max(0, k - 3)..<k).contains(where: { scan.tokens[$0].flags.contains(.possessive) }),
              unitNouns.contains(scan.tokens[k].key) else { return nil }
        k -= 1
        var words = 0
        while words < 2, k > 0, scan.tokens[k].isWord, !scan.tokens[k].isCapitalised { k -= 1; words += 1 }
        guard scan.tokens[k].flags.contains(.possessive), let p = firms.mention(at: k - 1), p.end == k, p.sentence == m.sentence else { return nil }
        return p.firm
    }

    /// "ZALA Aero, Kalashnikov's drone subsidiary", "ELTA, IAI's subsidiary": the firm whose possessive opens, at `j`, a
    /// description ending in a unit noun (after at most two lower-case words).
    static func possessiveUnitDescription(_ scan: ArticleScan, _ firms: ArticleFirms, at j: Int) -> Int? {
        guard let p = firms.mention(at: j), p.start == j, p.end < scan.tokens.count, scan.tokens[p.end].flags.contains(.possessive) else { return nil }
        var k = p.end + 1
        while k < min(scan.tokens.count, p.end + 3), scan.tokens[k].isWord, !scan.tokens[k].isCapitalised, !unitNouns.contains(scan.tokens[k].key) { k += 1 }
        return k < scan.tokens.count && scan.tokens[k].isWord && unitNouns.contains(scan.tokens[k].key) ? p.firm : nil
    }

    /// The parent a clause after a firm's comma names: "which (in turn) belongs to P", "which is owned by P", "owned by P",
    /// or "under P" inside the description ("Sukhoi's parent company under Russian state conglomerate Rostec").
    /// - Parameters:
    ///   - j: the token after the comma.
    ///   - limit: the end of the sentence.
    static func clauseParent(_ scan: ArticleScan, _ firms: ArticleFirms, from j: Int, limit: Int) -> Int? {
        var k = j
        if scan.word(k, is: .which) {
            k += 1
            // "in turn", "also", "now": at most two lower-case words before the verb.
            var adverbs = 0
            while adverbs < 2, k < limit, scan.tokens[k].isWord, !scan.tokens[k].isCapitalised, !belongsKeys.contains(scan.tokens[k].key),
                  !scan.word(k, is: .is_), !scan.word(k, in: .areWord), !ownedByKeys.contains(scan.tokens[k].key) { k += 1; adverbs += 1 }
            if k < limit, belongsKeys.contains(scan.tokens[k].key), scan.word(k + 1, is: .to) { return parentName(scan, firms, from: k + 2, limit: limit) }
            if scan.word(k, is: .is_) || scan.word(k, in: .areWord) { k += 1 }
        }
        if k < limit, ownedByKeys.contains(scan.tokens[k].key), scan.word(k + 1, is: .by) { return parentName(scan, firms, from: k + 2, limit: limit) }
        // "under P" within the description, before any other punctuation.
        let under = underKey
        var u = j
        while u < min(limit, j + 8) {
            let t = scan.tokens[u]
            if t.isPunct && !t.flags.contains(.possessive) && !scan.isInnerHyphen(u) { return nil }
            if t.key == under { return parentName(scan, firms, from: u + 1, limit: limit) }
            u += 1
        }
        return nil
    }

    /// The firm named at `k` after an optional "the", a nationality and lower-case words ending in a firm noun:
    /// "the Russian state tech corporation Rostec", "Russia's Rostec", "Rostec". Nil when anything else comes first
    /// ("under contract to P", "under licence from P").
    static func parentName(_ scan: ArticleScan, _ firms: ArticleFirms, from start: Int, limit: Int) -> Int? {
        var k = start
        if scan.word(k, is: .the) { k += 1 }
        if let m = scan.match(at: k), m.start == k {
            switch m.target {
            case .country, .ambiguousCountry, .demonym:
                k = m.end
                if k < limit, scan.tokens[k].flags.contains(.possessive) { k += 1 }
            default: break
            }
        }
        var words = 0
        var endsInFirmNoun = false
        while k < limit, firms.mention(at: k) == nil {
            if scan.isInnerHyphen(k) { k += 1; continue }
            let t = scan.tokens[k]
            guard words < 4, t.isWord, !t.isCapitalised, !t.classes.contains(.nameStop) || headBeforeName.contains(t.key) || t.key == leadingKey else { return nil }
            endsInFirmNoun = t.classes.contains(.firmNoun) || headBeforeName.contains(t.key)
            words += 1
            k += 1
        }
        guard let p = firms.mention(at: k), p.start == k, words == 0 || endsInFirmNoun else { return nil }
        return p.firm
    }

    /// The homes the output gives firm `f` on these cues: those stated for it and the nationality in its name, else
    /// those of its list, its parent or the article.
    static func effectiveHomes(of f: Int, _ firms: ArticleFirms, _ cues: [HomeCue]) -> [Int32] {
        var stated: [Int32] = []
        if let c = firms.firms[f].nameCountry { stated.append(c) }
        if let c = firms.firms[f].nameCountry2, !stated.contains(c) { stated.append(c) }
        for c in cues where c.firm == f && !c.fromGroup && !stated.contains(c.country) { stated.append(c.country) }
        if !stated.isEmpty { return stated }
        var group: [Int32] = []
        for c in cues where c.firm == f && !group.contains(c.country) { group.append(c.country) }
        return group
    }
}
