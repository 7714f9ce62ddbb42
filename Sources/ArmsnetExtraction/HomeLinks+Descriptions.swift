/// Nationality descriptions of one firm that the basic patterns of `HomeLinks.find` do not reach: "its Indian partner
/// Tata", "Indian forging major Bharat Forge", "A second American firm, Lockheed Martin, …", "…, Russia's state arms
/// exporter said. Rosoboronexport said …", "France had offered … its state-controlled shipbuilder Naval Group".
extension HomeLinks {
    /// Words that head a firm description only when a name follows right after them ("its Indian partner Tata", "Indian
    /// defence major HAL", "the German giant Rheinmetall"); elsewhere they are other parts of speech.
    static let headBeforeName = KeySet(["partner", "partners", "major", "giant", "champion"])
    static let partnersKey = TokenHash.key("partners")
    static let itsKey = TokenHash.key("its")
    /// Words that make "its … firm noun" a state's own firm.
    static let stateWords = KeySet(["state", "national", "own"])

    /// "…, Russia's state arms exporter said. Rosoboronexport said in a statement …": a singular firm description with a
    /// nationality reporting before the article has named any firm, and the firm that reports at the start of the next
    /// sentence.
    /// - Parameters:
    ///   - c: the nationality; `noun`: the description's firm noun (-1 if none).
    static func cataphoricFirm(_ scan: ArticleScan, _ firms: ArticleFirms, _ c: CountryMention, noun: Int, plural: Bool) -> Int? {
        guard noun >= 0, !plural, c.possessive || c.form == .demonym, scan.word(noun + 1, in: .reportingVerb),
              let first = firms.mentions.first, first.start > c.start, c.sentence + 1 < scan.sentences.count else { return nil }
        let next = scan.sentences[c.sentence + 1]
        guard let f = firms.mention(at: next.tokenStart), f.start == next.tokenStart else { return nil }
        var k = f.end
        if scan.mark(k, 40), let close = (k + 1..<min(next.tokenEnd, k + 4)).first(where: { scan.mark($0, 41) }) { k = close + 1 }
        if scan.word(k, in: .auxiliary) { k += 1 }
        return scan.word(k, in: .reportingVerb) ? f.firm : nil
    }

    /// "A second American firm, Lockheed Martin, received …", "Russia's largest tank maker, Uralvagonzavod, said": the name
    /// set off by commas right after a singular firm description that opens with "a", "an", "the", "another" (and at
    /// most two more words: "a second", "another fellow") or with a country's possessive.
    /// - Parameters:
    ///   - noun: the description's firm noun (-1 if none); `end`: the token after the description.
    static func appositiveAfterDescription(_ scan: ArticleScan, _ firms: ArticleFirms, _ c: CountryMention, noun: Int, plural: Bool,
                                           end: Int, range: Range<Int>) -> Int? {
        guard noun >= 0, !plural, noun == end - 1, scan.mark(end, 44), let f = firms.mention(at: end + 1), f.start == end + 1 else { return nil }
        guard f.end >= range.upperBound || scan.mark(f.end, 44) || scan.mark(f.end, 46) || scan.mark(f.end, 40) || scan.mark(f.end, 41) else { return nil }
        if c.possessive { return f.firm }
        guard c.form == .demonym || c.form == .name else { return nil }
        var k = c.start - 1
        var words = 0
        while words < 2, k > range.lowerBound, scan.tokens[k].isWord, !scan.tokens[k].isCapitalised, !scan.word(k, is: .a), !scan.word(k, is: .an),
              !scan.word(k, is: .the), scan.tokens[k].key != anotherKey { k -= 1; words += 1 }
        guard k >= range.lowerBound, scan.word(k, is: .a) || scan.word(k, is: .an) || scan.word(k, is: .the) || scan.tokens[k].key == anotherKey else { return nil }
        return f.firm
    }

    /// "France had offered the FDI frigate of its state-controlled shipbuilder Naval Group": "its", a state-ownership word
    /// ("state", "national", "own") and a singular firm noun right before mention `m`, in a sentence whose subject is a
    /// country named as such (not an adjective, not a possessive) with no firm named between it and "its". Returns the
    /// subject's index in `countries`.
    static func subjectStatesOwnFirm(_ scan: ArticleScan, _ countries: [CountryMention], _ firms: ArticleFirms, _ m: FirmMention) -> Int? {
        var k = m.start - 1
        guard scan.word(k, in: .firmNoun), !FirmDiscovery.isPlural(scan.tokens[k]) else { return nil }
        let range = scan.sentenceRange(of: m.start)
        var state = false
        var words = 0
        while k > range.lowerBound, words < 5 {
            if scan.isInnerHyphen(k) { k -= 1; continue }
            let t = scan.tokens[k]
            guard t.isWord, !t.isCapitalised else { return nil }
            if t.key == itsKey { break }
            if stateWords.contains(t.key) { state = true }
            words += 1
            k -= 1
        }
        guard state, scan.tokens[k].key == itsKey else { return nil }
        var s = range.lowerBound
        if scan.word(s, is: .the) { s += 1 }
        guard let ci = countryIndex(countries, at: s), countries[ci].form == .name || countries[ci].form == .capital, !countries[ci].possessive else { return nil }
        for i in countries[ci].end..<k where firms.mention(at: i) != nil { return nil }
        return ci
    }

    /// Whether tokens `a..<b` are only lower-case describing words (hyphenated ones too): no preposition, determiner,
    /// verb of a deal or report ("Russia's defence companies", not "Poland bought from companies").
    static func onlyDescribingWords(_ scan: ArticleScan, from a: Int, to b: Int) -> Bool {
        var k = a
        while k < b {
            if scan.isInnerHyphen(k) { k += 1; continue }
            let t = scan.tokens[k]
            guard t.isWord, !t.isCapitalised, t.classes.isDisjoint(with: [.auxiliary, .engagementTrigger, .reportingVerb, .act]) else { return false }
            switch t.word {
            case .the, .a, .an, .of, .and, .or, .with, .from, .to, .for_, .at, .by, .as_, .in_, .which, .between: return false
            default: break
            }
            k += 1
        }
        return true
    }
}
