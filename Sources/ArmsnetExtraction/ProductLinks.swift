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

/// The product statements of an article, with filters that rule out most sentences naming none of the products cheaply.
struct Products {
    var cues: [ProductCue] = []
    /// The `TokenHash.filterBit`s of the token keys the words of the products' names may be written with: as written, as model
    /// keys ("16" of "F-16s") and in the plural ("16s" of "F-16").
    var nameWords: UInt64 = 0

    /// The filter bits of a word's key and of its plural with "s".
    static func bits(_ key: UInt64) -> UInt64 { TokenHash.filterBit(key) | TokenHash.filterBit(TokenHash.add(key, 115)) }
    /// Whether a product was given a noun ("24 TB2 armed drones", "drone maker X").
    var hasNouns = false

    var isEmpty: Bool { cues.isEmpty }

    /// Whether a word of the sentence could be a word of a product's name, or (with `nouns`) the sentence says "the" and could
    /// name a product's noun.
    func mayBeNamed(in range: Range<Int>, _ scan: ArticleScan, nouns: Bool) -> Bool {
        let theNoun = nouns && hasNouns
        for k in range {
            let t = scan.tokens[k]
            if theNoun, t.word == .the { return true }
            // (Capitalised words and numbers first: only they can be words of a name.)
            if scan.isRunWord(k), nameWords & TokenHash.filterBit(t.key) != 0 { return true }
        }
        return false
    }
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
    static func find(_ scan: ArticleScan, firms: ArticleFirms) -> Products {
        var sink = CueSink()
        func add(_ key: UInt64, from start: Int, to end: Int?, runEnd: Int? = nil, firm: Int, noun: UInt64, sentence: Int, range: Range<Int>) {
            sink.add(scan, firms, key, from: start, to: end, runEnd: runEnd, firm: firm, noun: noun, sentence: sentence, range: range)
        }
        let w = words  // read once, not once per mention
        for (mi, m) in firms.mentions.enumerated() {
            let range = scan.sentenceRange(of: m.start)
            // "<Firm>'s <Product>"
            if scan.mark(m.end, 39) || (m.end < scan.tokens.count && scan.tokens[m.end].flags.contains(.possessive)),
               m.end + 1 < range.upperBound, let key = productKey(scan, firms, startingAt: m.end + 1, range: range) {
                let end = scan.capitalisedRun(around: m.end + 1).upperBound
                add(key, from: m.end + 1, to: nil, runEnd: end, firm: m.firm, noun: nounKey(scan, end, range: range), sentence: m.sentence, range: range)
                continue
            }
            // "<Firm> makes the <Product>", "<Firm>, which builds the <Product>", "<Firm>, the company that develops and markets the <Product>"
            var v = m.end
            if scan.mark(v, 44), scan.word(v + 1, is: .which) { v += 2 }
            else if scan.mark(v, 44), scan.word(v + 1, is: .the), scan.word(v + 2, in: .firmNoun), scan.word(v + 3, is: .which) || scan.tokens[min(v + 3, scan.tokens.count - 1)].key == w.that {
                v += 4
            }
            if v < range.upperBound, activeMakerVerbs.contains(scan.tokens[v].key) {
                var p = v + 1
                // "develops and markets the NH90"
                if scan.word(p, is: .and), p + 1 < range.upperBound, scan.tokens[p + 1].isWord, !scan.tokens[p + 1].isCapitalised { p += 2 }
                if scan.word(p, is: .the) { p += 1 }
                if let key = productKey(scan, firms, startingAt: p, range: range) {
                    let end = scan.capitalisedRun(around: p).upperBound
                    add(key, from: p, to: nil, runEnd: end, firm: m.firm, noun: nounKey(scan, end, range: range), sentence: m.sentence, range: range)
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
            // Cues from a firm's own product, a relative clause, its maker noun or what it supplies (kept out of this loop).
            otherCues(scan, firms, m, mi, range: range, words: w, into: &sink)
            guard k > range.lowerBound, scan.word(k, is: .from) || (scan.word(k, is: .by) && makerVerbs.contains(scan.tokens[k - 1].key)) else { continue }
            var p = scan.word(k, is: .by) ? k - 2 : k - 1
            // "The F-16s, built by Lockheed Martin": a participle set off by a comma.
            if scan.word(k, is: .by), scan.mark(p, 44) { p -= 1 }
            // "F-16s", "F-35A": a model number with letters ends the name.
            var end = p + 1
            if isModelTail(scan, p) { p -= 2 } else {
                steps = 0
                // Not "met with executives from X": people or a meeting come from the firm, not a product.
                while p > range.lowerBound, steps < 4, scan.tokens[p].isWord, !scan.isRunWord(p),
                      scan.tokens[p].classes.isDisjoint(with: [.roleWord, .executivesWord, .meetingNoun, .meetingListWord]) { p -= 1; steps += 1 }
                end = p + 1
            }
            guard p >= range.lowerBound, scan.isRunWord(p), firms.mention(at: p) == nil else {
                // "Bayraktar TB2 unmanned combat aerial vehicles (UCAVs) it ordered from Baykar": a model named further back,
                // with what was bought from the firm in between.
                if scan.word(k, is: .from), let unit = modelBefore(scan, firms, buyingFrom: k, range: range) {
                    let run = scan.capitalisedRun(around: unit.lowerBound)
                    let stop = max(unit.upperBound, run.upperBound)
                    if let key = productKey(scan, firms, startingAt: run.lowerBound, range: range, end: stop) {
                        add(key, from: run.lowerBound, to: stop, firm: m.firm, noun: headNounKey(scan, from: stop, range: range), sentence: m.sentence, range: range)
                    }
                }
                continue
            }
            let run = scan.capitalisedRun(around: p)
            if let key = productKey(scan, firms, startingAt: run.lowerBound, range: range, end: end) {
                let noun = nounKey(scan, scan.word(k, is: .by) ? k - 2 : k - 1, range: range)
                add(key, from: run.lowerBound, to: end, firm: m.firm, noun: noun, sentence: m.sentence, range: range)
            }
        }
        return Products(cues: sink.cues, nameWords: sink.nameWords, hasNouns: sink.cues.contains { $0.noun != 0 })
    }

    /// The cues of a mention that are rarer: "AVIC also presented its Wing Loong", "the K9, which Hanwha builds", "drone maker
    /// Baykar", "Hanwha … signed a deal to supply K9 howitzers".
    @inline(never)
    static func otherCues(_ scan: ArticleScan, _ firms: ArticleFirms, _ m: FirmMention, _ mi: Int, range: Range<Int>, words w: Words, into sink: inout CueSink) {
        func add(_ key: UInt64, from start: Int, to end: Int?, runEnd: Int? = nil, firm: Int, noun: UInt64, sentence: Int, range: Range<Int>) {
            sink.add(scan, firms, key, from: start, to: end, runEnd: runEnd, firm: firm, noun: noun, sentence: sentence, range: range)
        }
            // "AVIC also presented its Wing Loong series", "Navantia is offering a version of its S-80 Plus": the firm's own product.
            if let p = ownProduct(scan, after: m, range: range, its: w.its), let key = productKey(scan, firms, startingAt: p, range: range) {
                let end = scan.capitalisedRun(around: p).upperBound
                add(key, from: p, to: nil, runEnd: end, firm: m.firm, noun: headNounKey(scan, from: end, range: range), sentence: m.sentence, range: range)
            }
            // "the K9, which Hanwha builds under licence", "the Rafale, which Dassault makes": a product before a relative clause
            // whose subject is the firm.
            if m.start >= 3, scan.word(m.start - 1, is: .which), scan.mark(m.start - 2, 44), scan.isRunWord(m.start - 3) {
                var v = m.end
                if scan.word(v, in: .auxiliary) { v += 1 }
                if v < range.upperBound, activeMakerVerbs.contains(scan.tokens[v].key) || w.supplyVerbs.contains(scan.tokens[v].key) {
                    let run = scan.capitalisedRun(around: m.start - 3)
                    if firms.mention(at: m.start - 3) == nil, let key = productKey(scan, firms, startingAt: run.lowerBound, range: range, end: run.upperBound) {
                        add(key, from: run.lowerBound, to: run.upperBound, firm: m.firm, noun: 0, sentence: m.sentence, range: range)
                    }
                }
            }
            // "Turkish drone maker Baykar": the firm makes what the noun before the maker word names ("the drone" later).
            if let noun = makerNoun(scan, before: m.start, range: range, words: w) {
                sink.cues.append(ProductCue(key: 0, firm: m.firm, noun: noun, sentence: m.sentence))
            }
            // "Hanwha said it has signed a deal to supply K9 howitzers to Estonia": the only firm of a sentence supplies a model.
            // (Only for a firm near the start of its sentence, its subject, and where the sentence names no other firm: what is
            // supplied may be the other's.)
            if m.start - range.lowerBound <= 12, onlyFirm(firms, mi), let p = suppliedModel(scan, after: m, range: range, words: w),
               let key = productKey(scan, firms, startingAt: p.lowerBound, range: range, end: p.upperBound) {
                add(key, from: p.lowerBound, to: p.upperBound, firm: m.firm, noun: headNounKey(scan, from: p.upperBound, range: range), sentence: m.sentence, range: range)
            }
    }

    /// The product cues found so far and the filter bits of their names' words.
    struct CueSink {
        var cues: [ProductCue] = []
        var nameWords: UInt64 = 0

        /// A cue, and one for the model family when the name ends in a variant letter ("F-35A" also stands for "F-35", "F-35s").
        /// (`runEnd`: the end of the capitalised run from `start`, where the caller has it.)
        mutating func add(_ scan: ArticleScan, _ firms: ArticleFirms, _ key: UInt64, from start: Int, to end: Int?, runEnd: Int?, firm: Int,
                          noun: UInt64, sentence: Int, range: Range<Int>) {
            cues.append(ProductCue(key: key, firm: firm, noun: noun, sentence: sentence))
            let stop = end ?? runEnd ?? scan.capitalisedRun(around: start).upperBound
            if let family = productKey(scan, firms, startingAt: start, range: range, end: end, family: true) {
                cues.append(ProductCue(key: family, firm: firm, noun: noun, sentence: sentence))
                if let f = familyKey(scan, stop - 1) { nameWords |= Products.bits(f) }
            }
            // "Bayraktar TB2" also stands for "the TB2", "K9 Vidar" for "K9s": the model designation inside a longer name.
            for k in start..<stop where scan.tokens[k].isWord { nameWords |= TokenHash.filterBit(scan.tokens[k].key) | Products.bits(modelKey(scan, k)) }
            if let (unit, unitKey) = modelUnit(scan, firms, in: start..<stop, range: range), unitKey != key {
                cues.append(ProductCue(key: unitKey, firm: firm, noun: noun, sentence: sentence))
                if let family = productKey(scan, firms, startingAt: unit.lowerBound, range: range, end: unit.upperBound, family: true) {
                    cues.append(ProductCue(key: family, firm: firm, noun: noun, sentence: sentence))
                    if let f = familyKey(scan, unit.upperBound - 1) { nameWords |= Products.bits(f) }
                }
            }
        }
    }

    /// The word lists the new cues of `find` test, read once per article (each read of a static is a call to `swift_once`).
    struct Words {
        let makerNouns = KeySet(["maker", "manufacturer", "builder", "producer"])
        /// Nouns too general to stand for a product of the maker ("defence maker", "arms producer").
        let generalGoods = KeySet(["defence", "defense", "arms", "weapons", "weapon", "equipment", "military", "aerospace", "electronics", "systems",
                                   "aircraft", "vehicle", "vehicles", "engine", "engines", "component", "components", "ammunition", "parts"])
        /// Verbs of a firm supplying what a state buys: "to supply K9 howitzers", "will deliver 12 NH90s".
        let supplyVerbs = supplyVerbKeys
        let sales = KeySet(["sale", "sales", "supply", "delivery"])
        let its = TokenHash.key("its")
        let that = TokenHash.key("that")
    }
    static let words = Words()

    /// Whether the sentence of mention `mi` names no other firm.
    static func onlyFirm(_ firms: ArticleFirms, _ mi: Int) -> Bool {
        let s = firms.mentions[mi].sentence, f = firms.mentions[mi].firm
        var i = mi - 1
        while i >= 0, firms.mentions[i].sentence == s { if firms.mentions[i].firm != f { return false }; i -= 1 }
        i = mi + 1
        while i < firms.mentions.count, firms.mentions[i].sentence == s { if firms.mentions[i].firm != f { return false }; i += 1 }
        return true
    }

    /// The start of the capitalised name after "its" within six lower-case words after firm `m` ("AVIC also presented its Wing
    /// Loong"), with no punctuation, name or other firm between; else nil.
    static func ownProduct(_ scan: ArticleScan, after m: FirmMention, range: Range<Int>, its: UInt64) -> Int? {
        var k = m.end
        while k < min(range.upperBound, m.end + 7) {
            let t = scan.tokens[k]
            guard t.isWord, !scan.isRunWord(k) else { return nil }
            if t.key == its { return k + 1 < range.upperBound && scan.isRunWord(k + 1) ? k + 1 : nil }
            k += 1
        }
        return nil
    }

    /// Abbreviations of generic types of weapon, which name no one maker's product ("MRAP vehicles", "tactical UAVs").
    static let genericTypeKeys = KeySet(["uav", "uavs", "uas", "ucav", "ucavs", "mrap", "mraps", "apc", "apcs", "ifv", "ifvs", "mbt", "mbts", "sam", "sams",
                                         "manpads", "sph", "sphs", "mlrs", "ugv", "ugvs", "usv", "usvs", "uuv", "uuvs", "atgm", "atgms", "opv", "opvs",
                                         "lpd", "lhd", "mpa", "rws", "aew", "awacs", "isr", "ew", "shorad", "vshorad", "male", "hale", "vtol", "ciws",
                                         "aesa", "cbrn", "satcom", "c4isr"])

    /// Nouns that head a compound after a product noun ("the radar systems", "the drone programme").
    static let compoundHeadKeys = KeySet(["system", "systems", "vehicle", "vehicles", "programme", "program", "project", "fleet", "fleets", "industry",
                                          "maker", "makers", "market", "technology", "unit", "units", "component", "components"])

    /// The noun right before a maker word right before the firm: "drone" of "Turkish drone maker Baykar" (not "defence" of
    /// "defence maker"), keyed; else nil.
    static func makerNoun(_ scan: ArticleScan, before start: Int, range: Range<Int>, words: Words) -> UInt64? {
        let w = start - 1, n = start - 2
        guard n >= range.lowerBound, words.makerNouns.contains(scan.tokens[w].key), scan.tokens[n].isWord, !scan.tokens[n].isCapitalised,
              !scan.tokens[n].flags.contains(.number), !words.generalGoods.contains(scan.tokens[n].key), !scan.isInnerHyphen(n - 1) else { return nil }
        let key = nounKey(scan, n, range: range)
        return key == 0 ? nil : key
    }

    /// Verbs of a firm supplying what a state buys: "to supply K9 howitzers", "will deliver 12 NH90s".
    static let supplyVerbKeys = KeySet(["supply", "supplies", "supplying", "deliver", "delivers", "delivering", "sell", "sells"])

    /// "X said it has signed a deal to supply K9 howitzers to Estonia", "… for the sale of Akıncı drones": the model designation
    /// (after "the", a count and up to two describing words) that follows the first supply verb after `m`, or any name after
    /// "sale of". The caller makes sure that `m` is the only firm its sentence names.
    static func suppliedModel(_ scan: ArticleScan, after m: FirmMention, range: Range<Int>, words: Words) -> Range<Int>? {
        var v = m.end
        let limit = min(range.upperBound, m.end + 25)
        // (Every supply or sale word is a delivery or deal word: test the class first.)
        while v < limit, scan.tokens[v].classes.isDisjoint(with: [.deliveryWord, .engagementTrigger])
                || (!words.supplyVerbs.contains(scan.tokens[v].key) && !(words.sales.contains(scan.tokens[v].key) && scan.word(v + 1, is: .of))) { v += 1 }
        guard v < limit else { return nil }
        var p = v + 1
        // "for the sale of Akıncı drones": the name after "of".
        let ofSale = scan.word(p, is: .of)
        if ofSale { p += 1 }
        if scan.word(p, is: .the) { p += 1 }
        if p < range.upperBound, scan.tokens[p].flags.contains(.number) { p += 1 }
        var steps = 0
        while steps < 2, p < range.upperBound, scan.tokens[p].isWord, !scan.isRunWord(p), !scan.tokens[p].classes.contains(.nameStop) { p += 1; steps += 1 }
        guard p < range.upperBound, scan.isRunWord(p) else { return nil }
        let run = scan.capitalisedRun(around: p)
        guard run.lowerBound == p else { return nil }
        // A model designation, or after "sale of" any name (a product sold).
        if let end = modelUnitEnd(scan, at: p, limit: range.upperBound) { return p..<max(end, run.upperBound) }
        return ofSale ? run : nil
    }


    /// "Bayraktar TB2 unmanned combat aerial vehicles (UCAVs) it ordered from": a buying verb within three words before "from"
    /// at `k`, and a model designation further back in the same clause (no comma, no other firm), with only words and
    /// brackets between; the model's tokens.
    static func modelBefore(_ scan: ArticleScan, _ firms: ArticleFirms, buyingFrom k: Int, range: Range<Int>) -> Range<Int>? {
        let buyVerbKeys = EngagementLinks.buyVerbKeys  // read once
        guard (max(range.lowerBound, k - 3)..<k).contains(where: { buyVerbKeys.contains(scan.tokens[$0].key) }) else { return nil }
        var q = k - 1
        while q >= max(range.lowerBound, k - 14) {
            let t = scan.tokens[q]
            if t.isPunct, !t.isMark(40), !t.isMark(41), !scan.isInnerHyphen(q) { return nil }
            if firms.mentionAt[q] >= 0 { return nil }
            if let end = modelUnitEnd(scan, at: q, limit: k) { return q..<end }
            q -= 1
        }
        return nil
    }

    /// The end of a model designation starting at `k`: a word that starts with a capital letter and holds a digit ("TB2", "K9s",
    /// "NH90"), or a short capitalised word, an inner hyphen and a number ("F-35A", "FK-3", "MiG-29"); else nil.
    static func modelUnitEnd(_ scan: ArticleScan, at k: Int, limit: Int) -> Int? {
        guard k < limit, k < scan.tokens.count else { return nil }
        let t = scan.tokens[k]
        guard t.isWord else { return nil }
        let a = Int(t.start), e = Int(t.end)
        guard scan.text[a] >= 65, scan.text[a] <= 90 else { return nil }
        var digit = false
        for i in a..<e where scan.text[i] >= 48 && scan.text[i] <= 57 { digit = true; break }
        if digit { return k + 1 }
        guard e - a <= 4, k + 2 < limit, scan.isInnerHyphen(k + 1) else { return nil }
        let d = scan.text[Int(scan.tokens[k + 2].start)]
        return d >= 48 && d <= 57 ? k + 3 : nil
    }

    /// The first model designation inside `span` and its key, if there is one.
    static func modelUnit(_ scan: ArticleScan, _ firms: ArticleFirms, in span: Range<Int>, range: Range<Int>) -> (Range<Int>, UInt64)? {
        for k in span {
            guard let end = modelUnitEnd(scan, at: k, limit: span.upperBound) else { continue }
            guard let key = productKey(scan, firms, startingAt: k, range: range, end: end) else { return nil }
            return (k..<end, key)
        }
        return nil
    }

    /// Key of the singular of the last lower-case word of the noun phrase from `i` ("vehicles" of "unmanned combat aerial
    /// vehicles", "howitzers" of "self-propelled howitzers to"), or 0.
    static func headNounKey(_ scan: ArticleScan, from i: Int, range: Range<Int>) -> UInt64 {
        var k = i
        var last = -1
        var steps = 0
        while k < range.upperBound, steps < 5 {
            if scan.isInnerHyphen(k) { k += 1; continue }
            let t = scan.tokens[k]
            guard t.isWord, !t.isCapitalised, !t.flags.contains(.number), !t.classes.contains(.nameStop) else { break }
            last = k
            k += 1
            steps += 1
        }
        return last < 0 ? 0 : nounKey(scan, last, range: range)
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
        // "MRAP", "UAVs": a generic type of weapon, not one maker's product.
        if stop - a == 1, genericTypeKeys.contains(modelKey(scan, a)) || genericTypeKeys.contains(scan.tokens[a].key) { return nil }
        var h = TokenHash.basis
        for k in a..<stop {
            if firms.mention(at: k) != nil { return nil }
            // "Defense Ministry", "Air Force": a government body, not a product.
            let c = scan.tokens[k].classes
            if c.contains(.governmentNoun), !c.contains(.governmentModifier) { return nil }
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
    /// `positions` gets the token where each added firm's product is named, in the same order.
    /// With `nouns`, "the drone" stands for the last product given that noun too.
    static func firms(named range: Range<Int>, in scan: ArticleScan, firms: ArticleFirms, products all: Products, nouns: Bool, into out: inout [Int], positions: inout [Int]) {
        let products = all.cues
        var k = range.lowerBound
        while k < range.upperBound {
            guard scan.isRunWord(k), k == range.lowerBound || !scan.isRunWord(k - 1) else { k += 1; continue }
            let run = scan.capitalisedRun(around: k)
            // Most runs have no word of a product's name.
            guard run.contains(where: { scan.tokens[$0].isWord && all.nameWords & TokenHash.filterBit(scan.tokens[$0].key) != 0 }) else {
                k = max(k + 1, run.upperBound)
                continue
            }
            // Not "some of Denmark's F-16s": a state's own aircraft pass from that state, not from their maker.
            if !ownedByState(scan, before: k), let key = productKey(scan, firms, startingAt: k, range: range) {
                for p in products where p.key == key && !out.contains(p.firm) { out.append(p.firm); positions.append(k) }
                // "F-16 Block 70 jets": the model designation of a longer name.
                if run.count > 1, let (_, unitKey) = modelUnit(scan, firms, in: run, range: range), unitKey != key {
                    for p in products where p.key == unitKey && !out.contains(p.firm) { out.append(p.firm); positions.append(k) }
                }
            }
            k = max(k + 1, run.upperBound)
        }
        // "interested in acquiring the drone": the latest product given that noun before this sentence (only in a sentence
        // that names no firm, which would be the one meant).
        guard nouns else { return }
        let s = Int(scan.sentenceOf[range.lowerBound])
        for k in range where scan.word(k, is: .the) && k + 1 < range.upperBound {
            // Not "the radar systems": the noun must head its phrase.
            if k + 2 < range.upperBound, compoundHeadKeys.contains(scan.tokens[k + 2].key) { continue }
            // The object of the sentence's act ("interested in acquiring the drone"), not a thing mentioned in passing
            // ("conditions on the use of the jets"): a deal, meeting or interest word within six words before; or the subject
            // opening the sentence, with one within six words after ("The drone has also been exported to Qatar").
            let before = (max(range.lowerBound, k - 6)..<k).contains(where: { scan.tokens[$0].classes.contains(.engagementTrigger) })
            let subject = k == range.lowerBound && (k + 2..<min(range.upperBound, k + 8)).contains(where: { scan.tokens[$0].classes.contains(.engagementTrigger) })
            guard before || subject else { continue }
            let noun = nounKey(scan, k + 1, range: range)
            guard noun != 0, let p = products.last(where: { $0.noun == noun && $0.sentence < s }), !out.contains(p.firm) else { continue }
            out.append(p.firm)
            positions.append(k + 1)
        }
    }
}
