/// How a country is referred to.
enum CountryForm {
    /// Its name or an alias ("Turkey", "the UAE").
    case name
    /// A demonym or adjective ("Turkish", "Emirati").
    case demonym
    /// A capital standing for the government ("Moscow agreed").
    case capital
}

/// A country referred to as a nation at tokens `start..<end`.
struct CountryMention {
    var start: Int
    var end: Int
    var country: Int32
    var form: CountryForm
    var sentence: Int
    /// Followed by `'s` / `’s`.
    var possessive: Bool
    /// A combining form glued by a hyphen to the next mention ("Franco" of "Franco-Italian", "Indo" of "Indo-Russian"):
    /// whatever that mention states about a firm, it states for both countries.
    var combining = false
}

/// Finds the countries an article refers to as nations, rejecting names that are part of an event,
/// venue or publication, people named like countries, and capitals that are only places.
enum CountryMentions {
    /// Words that head the name of an event, venue or publication ("Egypt Defence Expo", "Qatar National Convention Centre").

    static func find(_ scan: ArticleScan, extractor: Extractor) -> [CountryMention] {
        var found: [CountryMention] = []
        found.reserveCapacity(scan.matches.count)
        for m in scan.matches {
            let form: CountryForm
            let country: Int32
            var ambiguous = false
            switch m.target {
            case let .country(c): country = c; form = .name
            case let .ambiguousCountry(c): country = c; form = isAdjective(scan, m) ? .demonym : .name; ambiguous = true
            case let .demonym(c): country = c; form = .demonym
            case let .capital(c):
                guard standsForGovernment(scan, m) else { continue }
                country = c; form = .capital
            default: continue
            }
            if insideEventName(scan, m, givenName: form == .name && (ambiguous || extractor.givenName[Int(country)])) { continue }
            if form == .demonym, isSurname(scan, m, extractor: extractor) { continue }
            if form == .name, ambiguous || extractor.givenName[Int(country)], isPersonName(scan, m) || besideGivenName(scan, m, extractor) { continue }
            if ambiguous, m.end < scan.tokens.count, scan.isRunWord(m.end), scan.match(at: m.end) == nil { continue }
            if form == .name, extractor.givenName[Int(country)], afterFortPlace(scan, m) { continue }
            if form == .name, isCurrencyPrefix(scan, m) { continue }
            let possessive = m.end < scan.tokens.count && scan.tokens[m.end].flags.contains(.possessive)
            if form == .demonym, m.start >= 2, scan.isInnerHyphen(m.start - 1), let c = extractor.combiningForm(scan, at: m.start - 2), c != country {
                found.append(CountryMention(start: m.start - 2, end: m.start - 1, country: c, form: .demonym, sentence: Int(scan.sentenceOf[m.start]),
                                            possessive: false, combining: true))
            }
            found.append(CountryMention(start: m.start, end: m.end, country: country, form: form, sentence: Int(scan.sentenceOf[m.start]), possessive: possessive))
        }
        // "Belgian-Dutch", "Franco-Italian": the first of two demonyms joined by a hyphen combines with the second.
        for i in found.indices.dropLast() where found[i].form == .demonym && found[i + 1].form == .demonym
            && found[i].end + 1 == found[i + 1].start && scan.isInnerHyphen(found[i].end) && found[i].country != found[i + 1].country {
            found[i].combining = true
        }
        return found
    }

    /// A country word inside a capitalised name headed by an event, venue or publication word.
    static func insideEventName(_ scan: ArticleScan, _ m: NameMatch, givenName: Bool) -> Bool {
        let run = scan.capitalisedRun(around: m.start, allowAnd: true)
        for i in run where i < m.start || i >= m.end {
            let t = scan.tokens[i]
            guard t.isWord, t.classes.contains(.eventHead) else { continue }
            // "Turkish Defence Ministry's press office": the head must not be inside a government title.
            return true
        }
        // "Aero India", "the Paris Air Show-2019": a country name right after another capitalised word of the same name.
        // "Royal Saudi Naval Forces", "Royal Thai Army": a country word before a government noun is a state's title, not a name.
        if m.start > run.lowerBound, scan.match(at: m.start - 1) == nil, !governmentTitleFollows(scan, m.end) {
            let p = scan.tokens[m.start - 1]
            if p.isWord, p.isCapitalised, givenName || !scan.isSentenceStart(m.start - 1) || p.classes.contains(.eventHead),
               !p.classes.contains(.nameStop), !p.classes.contains(.governmentNoun), !p.classes.contains(.governmentModifier) {
                return true
            }
        }
        return false
    }

    /// "Korean", "Koreans", "Congolese": a one-word ambiguous alias with a nationality ending is an adjective or a people,
    /// not the country's name ("from Korean production", "the Korean company").
    static func isAdjective(_ scan: ArticleScan, _ m: NameMatch) -> Bool {
        guard m.end - m.start == 1 else { return false }
        let t = scan.tokens[m.start]
        let a = Int(t.start), e = Int(t.end)
        func endsWith(_ suffix: [UInt8]) -> Bool {
            guard e - a > suffix.count else { return false }
            for (i, b) in suffix.enumerated() where scan.text[e - suffix.count + i] != b { return false }
            return true
        }
        return endsWith([97, 110]) || endsWith([97, 110, 115]) || endsWith([101, 115, 101])  // "an", "ans", "ese"
    }

    /// "US$41 million", "S$2 billion": a country abbreviation glued to a currency sign names the currency.
    static func isCurrencyPrefix(_ scan: ArticleScan, _ m: NameMatch) -> Bool {
        m.end < scan.tokens.count && scan.tokens[m.end].isMark(36) && scan.tokens[m.end].start == scan.tokens[m.end - 1].end
    }

    static let fortKey = TokenHash.key("fort")
    static let takeKeys = KeySet(["took", "takes", "taken", "taking"])
    static let heldKeys = KeySet(["held", "holds", "hold", "holding"])
    static let deliveryKey = TokenHash.key("delivery")

    /// "Fort Benning, Georgia": a name that is also a US state, after a military post named "Fort …", is the state.
    static func afterFortPlace(_ scan: ArticleScan, _ m: NameMatch) -> Bool {
        guard m.start >= 3, scan.mark(m.start - 1, 44), scan.isRunWord(m.start - 2) else { return false }
        let run = scan.capitalisedRun(around: m.start - 2)
        return scan.tokens[run.lowerBound].key == fortKey
    }

    /// Whether government modifiers and a government noun follow at `j` ("Naval Forces", "Army").
    static func governmentTitleFollows(_ scan: ArticleScan, _ j: Int) -> Bool {
        var k = j
        while k < min(scan.tokens.count, j + 3), scan.tokens[k].isWord, scan.tokens[k].isCapitalised {
            let c = scan.tokens[k].classes
            if c.contains(.governmentNoun), !c.contains(.governmentModifier) { return true }
            if !c.contains(.governmentModifier) { return false }
            k += 1
        }
        return false
    }

    /// "Jordan French", "Chad Evans", "Emma Jordan": a country name used as a person's name.
    static func isPersonName(_ scan: ArticleScan, _ m: NameMatch) -> Bool {
        let n = scan.tokens.count
        if m.end < n, !scan.tokens[m.end].flags.contains(.possessive) {
            let t = scan.tokens[m.end]
            // "Jordan French": a surname that is also a country adjective, alone before a non-name word.
            if let next = scan.match(at: m.end), next.start == m.end, next.end == m.end + 1, case .demonym = next.target,
               !(next.end < n && (scan.tokens[next.end].isCapitalised || scan.tokens[next.end].classes.contains(.governmentNoun)
                   || scan.tokens[next.end].classes.contains(.firmNoun) || scan.mark(next.end, 45))) {
                return true
            }
            if t.isWord, t.isCapitalised, !t.flags.contains(.allCaps), scan.match(at: m.end) == nil, scan.sentenceOf[m.end] == scan.sentenceOf[m.start],
               !t.classes.contains(.nameStop), !t.classes.contains(.governmentNoun), !t.classes.contains(.governmentModifier),
               !t.classes.contains(.firmHead) {
                return true
            }
        }
        return false
    }

    /// "Georgia Jordan": two one-word country names that are both given names, side by side.
    static func besideGivenName(_ scan: ArticleScan, _ m: NameMatch, _ extractor: Extractor) -> Bool {
        guard m.end - m.start == 1 else { return false }
        for other in [scan.match(at: m.start - 1), scan.match(at: m.end)] {
            guard let o = other, o.end - o.start == 1, o.start == m.end || o.end == m.start else { continue }
            if case let .country(c) = o.target, extractor.givenName[Int(c)] { return true }
        }
        return false
    }

    /// "French" in "Jordan French": the surname of a person whose given name is a country's.
    static func isSurname(_ scan: ArticleScan, _ m: NameMatch, extractor: Extractor) -> Bool {
        guard m.start > 0, m.end - m.start == 1 else { return false }
        // "Sarah French, a defence analyst": a given name before, a comma or a reporting verb after.
        let p = scan.tokens[m.start - 1]
        if scan.match(at: m.start - 1) == nil, p.isWord, p.isCapitalised, !p.flags.contains(.allCaps),
           !p.classes.contains(.nameStop), !p.classes.contains(.governmentModifier), !p.classes.contains(.firmHead),
           scan.sentenceOf[m.start - 1] == scan.sentenceOf[m.start], scan.mark(m.end, 44) || scan.word(m.end, in: .reportingVerb) {
            return true
        }
        guard let p = scan.match(at: m.start - 1), p.end == m.start, p.start == m.start - 1 else { return false }
        switch p.target {
        case let .country(c), let .ambiguousCountry(c): return extractor.givenName[Int(c)] && isPersonName(scan, p)
        default: return false
        }
    }

    /// A capital is the government only as the actor or counterparty of a government act:
    /// "Moscow agreed", "Ankara has signed", "equipment from Moscow", "talks with Ankara".
    static func standsForGovernment(_ scan: ArticleScan, _ m: NameMatch) -> Bool {
        let n = scan.tokens.count
        let sentence = scan.sentenceRange(of: m.start)
        if m.end < n, scan.mark(m.end, 44) { return false }  // "Baku, Azerbaijan": a dateline or a place
        if m.end < sentence.upperBound {
            if scan.word(m.end, in: .act) { return true }
            if scan.word(m.end, in: .auxiliary), m.end + 1 < sentence.upperBound, scan.word(m.end + 1, in: .act) || scan.word(m.end + 1, is: .to) {
                return true
            }
            // "Jakarta had also held talks with Tokyo": after an auxiliary and an adverb.
            var h = m.end
            if scan.word(h, in: .auxiliary) { h += 1 }
            if h < sentence.upperBound, scan.tokens[h].isWord, !scan.tokens[h].isCapitalised, !heldKeys.contains(scan.tokens[h].key) { h += 1 }
            if h + 1 < sentence.upperBound, heldKeys.contains(scan.tokens[h].key), scan.word(h + 1, in: .meetingNoun) { return true }
            // "Belgrade took delivery of", "Doha has taken delivery of".
            let take = scan.word(m.end, in: .auxiliary) ? m.end + 1 : m.end
            if take + 1 < sentence.upperBound, takeKeys.contains(scan.tokens[take].key), scan.tokens[take + 1].key == deliveryKey { return true }
            // "Berlin has since contracted", "Ankara has already signed": one adverb between.
            if scan.word(m.end, in: .auxiliary), m.end + 2 < sentence.upperBound, scan.tokens[m.end + 1].isWord, !scan.tokens[m.end + 1].isCapitalised,
               scan.word(m.end + 2, in: .act) {
                return true
            }
        }
        let p = m.start - 1
        guard p >= sentence.lowerBound, scan.word(p, is: .from) || scan.word(p, is: .with) else { return false }
        var k = p - 1
        while k >= max(sentence.lowerBound, p - 8) {
            if scan.word(k, in: .counterpartyCue) { return true }
            k -= 1
        }
        return false
    }

}
