/// A named product the text attributes to a firm: "Lockheed Martin's F-35A", "24 Bayraktar TB2 drones from
/// Turkish drone maker Baykar", "the SAMP/T system offered by Eurosam", "Baykar makes the TB2".
struct ProductCue {
    /// Hash of the product name's token keys (leading "the", "its" and the like dropped).
    var key: UInt64
    var firm: Int
    /// The singular of the common noun the text gives the product ("drone" of "24 Bayraktar TB2 armed drones"), keyed, or 0.
    var noun: UInt64 = 0
    var sentence: Int = 0
}

/// Finds which firm makes or offers each named product, so that a later sentence naming only the product
/// ("The Bayraktar TB2 has already been bought by Ukraine") reaches the firm.
enum ProductLinks {
    /// Words between a product and "by <firm>": "offered by", "made by", "built by".
    static let makerVerbs = KeySet(["made", "built", "developed", "produced", "manufactured", "designed", "offered", "supplied", "proposed"])

    /// Verbs between a firm and its product: "Baykar makes the TB2".
    static let activeMakerVerbs = KeySet(["makes", "made", "builds", "built", "produces", "produced", "manufactures", "manufactured", "develops", "developed", "designed", "designs"])

    /// The product statements of an article, in text order.
    ///
    /// Complexity: O(firm mentions), each looking at a few tokens around the mention.
    static func find(_ scan: ArticleScan, firms: ArticleFirms) -> [ProductCue] {
        var cues: [ProductCue] = []
        /// A cue, and one for the model family when the name ends in a variant letter ("F-35A" also stands for "F-35", "F-35s").
        func add(_ key: UInt64, from start: Int, to end: Int?, firm: Int, noun: UInt64, sentence: Int, range: Range<Int>) {
            cues.append(ProductCue(key: key, firm: firm, noun: noun, sentence: sentence))
            if let family = productKey(scan, firms, startingAt: start, range: range, end: end, family: true) {
                cues.append(ProductCue(key: family, firm: firm, noun: noun, sentence: sentence))
            }
        }
        for m in firms.mentions {
            let range = scan.sentenceRange(of: m.start)
            // "<Firm>'s <Product>"
            if scan.mark(m.end, 39) || (m.end < scan.tokens.count && scan.tokens[m.end].flags.contains(.possessive)),
               m.end + 1 < range.upperBound, let key = productKey(scan, firms, startingAt: m.end + 1, range: range) {
                let end = scan.capitalisedRun(around: m.end + 1).upperBound
                add(key, from: m.end + 1, to: nil, firm: m.firm, noun: nounKey(scan, end, range: range), sentence: m.sentence, range: range)
                continue
            }
            // "<Firm> makes the <Product>", "<Firm>, which builds the <Product>"
            var v = m.end
            if scan.mark(v, 44), scan.word(v + 1, is: .which) { v += 2 }
            if v < range.upperBound, activeMakerVerbs.contains(scan.tokens[v].key) {
                let p = scan.word(v + 1, is: .the) ? v + 2 : v + 1
                if let key = productKey(scan, firms, startingAt: p, range: range) {
                    let end = scan.capitalisedRun(around: p).upperBound
                    add(key, from: p, to: nil, firm: m.firm, noun: nounKey(scan, end, range: range), sentence: m.sentence, range: range)
                    continue
                }
            }
            // "<Product> (a few words) from|offered by <descriptors> <Firm>"
            var k = m.start - 1
            var steps = 0
            while k > range.lowerBound, steps < 5 {
                // "from France's Dassault Aviation", "built by U.S.-based General Atomics": a stated home before the firm.
                if let c = countryBefore(scan, k) { k = c - 1; steps += 1; continue }
                // A nationality or a country name used as one ("US company Lockheed Martin") may describe the firm.
                guard scan.tokens[k].isWord, !scan.word(k, is: .from), !scan.word(k, is: .by),
                      !scan.isRunWord(k) || scan.match(at: k).map({
                          switch $0.target { case .demonym, .country: return true; default: return false }
                      }) == true else { break }
                k -= 1
                steps += 1
            }
            guard k > range.lowerBound, scan.word(k, is: .from) || (scan.word(k, is: .by) && makerVerbs.contains(scan.tokens[k - 1].key)) else { continue }
            var p = scan.word(k, is: .by) ? k - 2 : k - 1
            // "The F-16s, built by Lockheed Martin": a participle set off by a comma.
            if scan.word(k, is: .by), scan.mark(p, 44) { p -= 1 }
            // "F-16s", "F-35A": a model number with letters ends the name.
            var end = p + 1
            if isModelTail(scan, p) { p -= 2 } else {
                steps = 0
                while p > range.lowerBound, steps < 4, scan.tokens[p].isWord, !scan.isRunWord(p) { p -= 1; steps += 1 }
                end = p + 1
            }
            guard p >= range.lowerBound, scan.isRunWord(p), firms.mention(at: p) == nil else { continue }
            let run = scan.capitalisedRun(around: p)
            if let key = productKey(scan, firms, startingAt: run.lowerBound, range: range, end: end) {
                let noun = nounKey(scan, scan.word(k, is: .by) ? k - 2 : k - 1, range: range)
                add(key, from: run.lowerBound, to: end, firm: m.firm, noun: noun, sentence: m.sentence, range: range)
            }
        }
        return cues
    }

    /// The first token of a country name that ends right before `k`, where `k` is a possessive ("France's") or the hyphen
    /// of "-based" ("U.S.-based"); else nil.
    static func countryBefore(_ scan: ArticleScan, _ k: Int) -> Int? {
        let end: Int
        if scan.tokens[k].flags.contains(.possessive) { end = k } else if scan.word(k, is: .based), scan.isInnerHyphen(k - 1) { end = k - 1 } else { return nil }
        guard let c = scan.match(at: end - 1), c.end == end else { return nil }
        switch c.target {
        case .country, .ambiguousCountry: return c.start
        default: return nil
        }
    }

    /// Key of the capitalised product name starting at `i` (up to `end`, or the end of its run), without leading
    /// stop words and numbers; nil where it holds a firm, a country or a government body, or nothing is left.
    /// With `family`, the key of the name without a variant letter after its model number ("F-35" for "F-35A"), or nil if it has none.
    static func productKey(_ scan: ArticleScan, _ firms: ArticleFirms, startingAt i: Int, range: Range<Int>, end: Int? = nil, family: Bool = false) -> UInt64? {
        guard i < range.upperBound, scan.isRunWord(i) else { return nil }
        var stop = end ?? scan.capitalisedRun(around: i).upperBound
        // The run stops before a model number with letters: "F-" of "F-16s", "F-35A".
        if end == nil, stop < range.upperBound, isModelTail(scan, stop) { stop += 1 }
        var a = i
        // Drop "The", "Its" and counts ("24 Bayraktar TB2 drones").
        while a < stop, scan.tokens[a].classes.contains(.nameStop) || !scan.tokens[a].isCapitalised && !scan.tokens[a].flags.contains(.allCaps) { a += 1 }
        guard a < stop else { return nil }
        var h = TokenHash.basis
        for k in a..<stop {
            if firms.mention(at: k) != nil { return nil }
            if let t = scan.match(at: k)?.target {
                switch t {
                case .nonEntity: break
                default: return nil
                }
            }
            if k == stop - 1, family {
                guard let f = familyKey(scan, k) else { return nil }
                h = (h ^ f) &* TokenHash.prime
            } else {
                h = (h ^ (k == stop - 1 ? modelKey(scan, k) : scan.tokens[k].key)) &* TokenHash.prime
            }
        }
        return h
    }

    /// The key of token `k` without one or two capital variant letters after a digit ("35A" → "35", "2A7"? no: "A7" ends in a digit).
    static func familyKey(_ scan: ArticleScan, _ k: Int) -> UInt64? {
        let t = scan.tokens[k]
        var end = Int(t.end)
        let start = Int(t.start)
        var letters = 0
        while end - 1 > start, letters < 2, scan.text[end - 1] >= 65, scan.text[end - 1] <= 90 { end -= 1; letters += 1 }
        guard letters > 0, end > start, scan.text[end - 1] >= 48, scan.text[end - 1] <= 57 else { return nil }
        var h = TokenHash.basis
        for p in start..<end { h = TokenHash.add(h, TokenHash.lower(scan.text[p])) }
        return h
    }

    /// Whether a possessive country ends right before token `k` ("Denmark's").
    static func ownedByState(_ scan: ArticleScan, before k: Int) -> Bool {
        guard k >= 2, scan.tokens[k - 1].flags.contains(.possessive), let c = scan.match(at: k - 2) else { return false }
        switch c.target {
        case .country, .ambiguousCountry: return true
        default: return false
        }
    }

    /// Whether token `k` is a model number glued by a hyphen to a capitalised word that does not read as a name word by
    /// itself: "35A" of "F-35A", "16s" of "F-16s" (a digit first, then letters).
    static func isModelTail(_ scan: ArticleScan, _ k: Int) -> Bool {
        guard k >= 2, k < scan.tokens.count, scan.isInnerHyphen(k - 1), scan.isRunWord(k - 2), scan.tokens[k].isWord, !scan.isRunWord(k) else { return false }
        let first = scan.text[Int(scan.tokens[k].start)]
        return first >= 48 && first <= 57
    }

    /// The key of token `k`, without the plural "s" of a model number ("F-16s", "TB2s", "K9s" → "16", "TB2", "K9").
    static func modelKey(_ scan: ArticleScan, _ k: Int) -> UInt64 {
        let t = scan.tokens[k]
        let end = Int(t.end)
        guard end - Int(t.start) >= 2, scan.text[end - 1] == 115, scan.text[end - 2] >= 48, scan.text[end - 2] <= 57 else { return t.key }
        var h = TokenHash.basis
        for p in Int(t.start)..<(end - 1) { h = TokenHash.add(h, TokenHash.lower(scan.text[p])) }
        return h
    }

    /// Key of the singular of the lower-case noun at `i` ("drones" → "drone"), or 0.
    static func nounKey(_ scan: ArticleScan, _ i: Int, range: Range<Int>) -> UInt64 {
        guard range.contains(i), scan.tokens[i].isWord, !scan.tokens[i].isCapitalised, !scan.tokens[i].flags.contains(.number) else { return 0 }
        var word = scan.string(i, i + 1).lowercased()
        if word.count > 3, word.hasSuffix("s"), !word.hasSuffix("ss") { word.removeLast() }
        return TokenHash.key(word)
    }

    /// The firms whose products are named in `range` by themselves (a capitalised run equal to a product's name, or
    /// "the" and the noun the text gave a product earlier).
    static func firms(named range: Range<Int>, in scan: ArticleScan, firms: ArticleFirms, products: [ProductCue], into out: inout [Int]) {
        var k = range.lowerBound
        while k < range.upperBound {
            guard scan.isRunWord(k), k == range.lowerBound || !scan.isRunWord(k - 1) else { k += 1; continue }
            let run = scan.capitalisedRun(around: k)
            // Not "some of Denmark's F-16s": a state's own aircraft pass from that state, not from their maker.
            if !ownedByState(scan, before: k), let key = productKey(scan, firms, startingAt: k, range: range) {
                for p in products where p.key == key && !out.contains(p.firm) { out.append(p.firm) }
            }
            k = max(k + 1, run.upperBound)
        }
        // "interested in acquiring the drone": the latest product given that noun before this sentence.
        let s = Int(scan.sentenceOf[range.lowerBound])
        for k in range where scan.word(k, is: .the) && k + 1 < range.upperBound {
            // The object of the sentence's act ("interested in acquiring the drone"), not a thing mentioned in passing
            // ("conditions on the use of the jets"): a deal, meeting or interest word within six words before.
            guard (max(range.lowerBound, k - 6)..<k).contains(where: { scan.tokens[$0].classes.contains(.engagementTrigger) }) else { continue }
            let noun = nounKey(scan, k + 1, range: range)
            guard noun != 0, let p = products.last(where: { $0.noun == noun && $0.sentence < s }), !out.contains(p.firm) else { continue }
            out.append(p.firm)
        }
    }
}
