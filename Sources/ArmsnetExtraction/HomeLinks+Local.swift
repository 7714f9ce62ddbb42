/// "The country the text is about", which a "local" or "domestic" firm belongs to ("among local companies" at an Emirati
/// fair, the "domestic companies" of Turkey's procurement agency). Read narrowly, in this order:
/// 1. the state whose government acts in the sentence that calls the firm local: a listed agency of a state ("SSB", the
///    "Tawazun Council") or a country named with a government noun ("the UAE Armed Forces", "Turkey's Presidency of
///    Defense Industries", "the Egyptian navy") — only when the sentence has one such state;
/// 2. else the country the article names more often than any other (`mostNamed`) — none when two are named equally
///    often, since then the text is about both.
/// A country named only as a place, a capital that is only a place, or a nationality inside a firm's name counts for
/// neither: `CountryMentions` does not report them, and mentions inside firm names are skipped here.
extension HomeLinks {
    /// Step 1 above: the one state whose government acts in sentence `s`, or nil.
    /// - Complexity: O(tokens of the sentence + log(country mentions)).
    static func governmentActing(_ scan: ArticleScan, extractor: Extractor, countries: [CountryMention], in s: Int) -> Int32? {
        let range = scan.sentences[s].tokenStart..<scan.sentences[s].tokenEnd
        for k in range {
            if case let .nonEntity(e)? = scan.match(at: k)?.target, extractor.governmentBodyCountry[Int(e)] >= 0 { return extractor.governmentBodyCountry[Int(e)] }
        }
        // Country mentions are in text order: find the sentence's first by binary search.
        var lo = 0, hi = countries.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if countries[mid].start < range.lowerBound { lo = mid + 1 } else { hi = mid }
        }
        var state: Int32?
        for c in countries[lo...] {
            guard c.start < range.upperBound else { break }
            let noun = c.possessive ? c.end + 1 : c.end
            // "the UAE Armed Forces", "Turkey's Presidency", "the Egyptian navy": modifiers, then a government noun.
            var k = noun
            while k < min(range.upperBound, noun + 2), scan.word(k, in: .governmentModifier), !scan.word(k, in: .governmentNoun) { k += 1 }
            guard scan.word(k, in: .governmentNoun) else { continue }
            // "defence", "state", "military" also describe other nouns ("Turkish defence firms", "Russian state conglomerate"):
            // as the government only before a government noun ("defence ministry"), a verb or punctuation.
            if scan.word(k, in: .governmentModifier), k + 1 < range.upperBound, scan.tokens[k + 1].isWord,
               !scan.tokens[k + 1].classes.contains(.governmentNoun), scan.tokens[k + 1].classes.isDisjoint(with: [.act, .auxiliary, .reportingVerb]) { continue }
            if let other = state, other != c.country { return nil }
            state = c.country
        }
        return state
    }
}
