/// The members of a group of firms whose nationality the text states once for all: "four Indian shipyards …: A, B,
/// C and a consortium of D and E", "500 French companies, including engine maker Safran and electronics group Thales",
/// "Safran and Thales, among 500 French companies", "American firms formed the largest contingent. Among them, X".
extension HomeLinks {
    static let amongKey = TokenHash.key("among")
    static let formerlyKeys = KeySet(["formerly", "previously", "ex"])
    static let groupOfKeys = KeySet(["consortium", "venture", "team", "partnership"])
    static let referringKeys = KeySet(["them", "these", "those"])
    static let includeKeys = KeySet(["include", "includes", "included"])

    /// Firms named in a list from `start` to the end of the list: items separated by commas, "and" and "as well as",
    /// each a firm name after an optional "the" and lower-case description ending in a firm noun or holding a hyphenated
    /// word ("engine maker Safran", "state-owned Mazagon Dock"), with its "(ABBR)" and a former name ("formerly X")
    /// after it; "a consortium of A and B" lists both.
    /// - Complexity: O(length of the list).
    static func groupMembers(_ scan: ArticleScan, _ firms: ArticleFirms, from start: Int, limit: Int) -> [Int] {
        var found: [Int] = []
        var k = start
        var expectItem = true
        while k < limit {
            let t = scan.tokens[k]
            if t.isMark(44) || t.isMark(59) { expectItem = true; k += 1; continue }
            if scan.word(k, is: .and) { expectItem = true; k += 1; continue }
            if scan.word(k, is: .as_), scan.word(k + 1, is: .well), scan.word(k + 2, is: .as_) { expectItem = true; k += 3; continue }
            guard expectItem else { break }
            // "formerly Mazagon Dock Limited", "formerly Pipavav Defence and Offshore Engineering": a former name, up to the
            // next comma, belongs to the item before it.
            if t.isWord, formerlyKeys.contains(t.key) {
                k += 1
                while k < limit, !scan.mark(k, 44), !scan.mark(k, 59) { k += 1 }
                continue
            }
            // "a consortium of A and B", "a joint venture of A and B": the item is its members.
            if scan.word(k, is: .a) || scan.word(k, is: .an) {
                var g = k + 1
                if g < limit, scan.tokens[g].isWord, !scan.tokens[g].isCapitalised, !groupOfKeys.contains(scan.tokens[g].key) { g += 1 }
                if g < limit, groupOfKeys.contains(scan.tokens[g].key), scan.word(g + 1, is: .of) || scan.word(g + 1, is: .between) {
                    k = g + 2
                    continue
                }
            }
            guard let at = memberName(scan, firms, from: k, limit: limit), let f = firms.mention(at: at) else { break }
            if !found.contains(f.firm) { found.append(f.firm) }
            k = f.end
            // "(MDL)", "(India)"
            if scan.mark(k, 40) {
                var p = k + 1
                while p < limit, !scan.mark(p, 41) { p += 1 }
                k = p + 1
            }
            expectItem = false
        }
        return found
    }

    /// The token where a list item's firm name starts, after "the" and a lower-case description: "engine maker Safran",
    /// "the state-run Hindustan Shipyard". Nil when no firm name follows such a description.
    static func memberName(_ scan: ArticleScan, _ firms: ArticleFirms, from start: Int, limit: Int) -> Int? {
        var k = start
        if scan.word(k, is: .the) { k += 1 }
        var words = 0
        var hyphenated = false
        var endsInFirmNoun = false
        while k < limit, firms.mention(at: k) == nil {
            if scan.isInnerHyphen(k) { hyphenated = true; k += 1; continue }
            let t = scan.tokens[k]
            guard words < 4, t.isWord, !t.isCapitalised, !t.classes.contains(.nameStop) || headBeforeName.contains(t.key) || t.key == leadingKey,
                  !t.classes.contains(.reportingVerb), !t.classes.contains(.engagementTrigger) else { return nil }
            endsInFirmNoun = t.classes.contains(.firmNoun) || headBeforeName.contains(t.key)
            words += 1
            k += 1
        }
        guard k < limit, let f = firms.mention(at: k), f.start == k, words == 0 || endsInFirmNoun || hyphenated else { return nil }
        return k
    }

    /// Where the list of a plural firm noun at `noun` starts: after "such as", "including", "like" or a comma, or after a
    /// colon that ends the group's description ("four Indian shipyards seeking to be the strategic partner: A, B").
    static func groupListStart(_ scan: ArticleScan, _ firms: ArticleFirms, afterNoun noun: Int, limit: Int) -> Int? {
        var j = noun + 1
        while j < limit, j <= noun + 4, !scan.isRunWord(j), firms.mention(at: j) == nil {
            let t = scan.tokens[j]
            if t.isWord, !t.isCapitalised, !t.classes.contains(.openerWord) { break }
            if t.isPunct, !t.isMark(44), !t.isMark(40), !t.isMark(58) { return nil }
            j += 1
        }
        guard j < limit else { return nil }
        if firms.mention(at: j) != nil || !scan.tokens[j].isWord || scan.tokens[j].isCapitalised { return j }
        if scan.word(j, is: .the) || memberName(scan, firms, from: j, limit: limit) != nil { return j }
        // A colon closing a short lower-case description of the group.
        var c = j
        while c < min(limit, j + 12) {
            let t = scan.tokens[c]
            if t.isMark(58) { return c + 1 }
            if firms.mention(at: c) != nil || scan.match(at: c) != nil || (t.isPunct && !scan.isInnerHyphen(c)) { return nil }
            c += 1
        }
        return nil
    }

    /// "Safran and Thales, among 500 French companies": the firms listed right before "among" when the group noun phrase
    /// of the nationality at `c` follows it (after a number, "the", "other" or "some").
    static func firmsBeforeAmong(_ scan: ArticleScan, _ firms: ArticleFirms, nationality c: CountryMention) -> [Int] {
        let range = scan.sentenceRange(of: c.start)
        var a = c.start - 1
        var skipped = 0
        while skipped < 2, a > range.lowerBound, scan.tokens[a].isWord, scan.tokens[a].key != amongKey,
              scan.tokens[a].flags.contains(.number) || !scan.tokens[a].isCapitalised { a -= 1; skipped += 1 }
        guard a > range.lowerBound, scan.tokens[a].isWord, scan.tokens[a].key == amongKey else { return [] }
        var b = a - 1
        if scan.mark(b, 44) { b -= 1 }
        var found: [Int] = []
        while b >= range.lowerBound {
            // "Mazagon Dock (MDL)"
            if scan.mark(b, 41) {
                var p = b - 1
                while p > range.lowerBound, !scan.mark(p, 40) { p -= 1 }
                b = p - 1
            }
            guard let f = firms.mention(at: b), f.end == b + 1 else { break }
            if !found.contains(f.firm) { found.append(f.firm) }
            b = f.start - 1
            if scan.word(b, is: .and) { b -= 1; if scan.mark(b, 44) { b -= 1 }; continue }
            if scan.mark(b, 44) { b -= 1; continue }
            break
        }
        return found
    }

    /// "American firms formed the largest foreign contingent. Among them, Lockheed Martin …", "… They include A and B":
    /// the firms a sentence right after sentence `s` lists as members of the group `s` names.
    static func namedAmongThem(_ scan: ArticleScan, _ firms: ArticleFirms, after s: Int) -> [Int] {
        guard s + 1 < scan.sentences.count else { return [] }
        let next = scan.sentences[s + 1]
        var k = next.tokenStart
        guard k + 2 < next.tokenEnd, scan.tokens[k].isWord else { return [] }
        let first = scan.tokens[k].key
        if first == amongKey, referringKeys.contains(scan.tokens[k + 1].key) {
            k += 2
            if scan.mark(k, 44) { k += 1 }
            if scan.word(k, in: .areWord) { k += 1 }
        } else if referringKeys.contains(first) || scan.tokens[k].key == theyKey, includeKeys.contains(scan.tokens[k + 1].key) {
            k += 2
        } else {
            return []
        }
        return groupMembers(scan, firms, from: k, limit: next.tokenEnd)
    }

    static let theyKey = TokenHash.key("they")
    static let onKey = TokenHash.key("on")

    /// "Morocco has also turned to Israeli suppliers, ordering 36 howitzers from Elbit Systems": a group with no list of its
    /// own, the object of "to", "on" or "with", and a participle clause right after it that names where the purchase
    /// comes from ("from X"). Not "turned away from American suppliers, buying from X".
    /// - Parameters:
    ///   - c: the group's nationality; `noun`: its plural firm noun.
    static func participleClauseFirms(_ scan: ArticleScan, _ firms: ArticleFirms, nationality c: CountryMention, noun: Int) -> [Int] {
        let range = scan.sentenceRange(of: c.start)
        guard scan.mark(noun + 1, 44), noun + 2 < range.upperBound, endsInIng(scan, noun + 2) else { return [] }
        var b = c.start - 1
        if scan.word(b, is: .the) || (b >= 0 && scan.tokens[b].flags.contains(.number)) { b -= 1 }
        guard scan.word(b, is: .to) || scan.word(b, is: .with) || (b >= 0 && scan.tokens[b].key == onKey) else { return [] }
        var found: [Int] = []
        for k in (noun + 3)..<range.upperBound where scan.word(k, is: .from) {
            if let f = firms.mention(at: k + 1), f.start == k + 1, !found.contains(f.firm) { found.append(f.firm) }
        }
        return found
    }

    /// Whether token `i` is a lower-case word ending in "ing" ("ordering", "buying").
    static func endsInIng(_ scan: ArticleScan, _ i: Int) -> Bool {
        let t = scan.tokens[i]
        guard t.isWord, !t.isCapitalised, t.end - t.start > 4 else { return false }
        let e = Int(t.end)
        return scan.text[e - 3] == 105 && scan.text[e - 2] == 110 && scan.text[e - 1] == 103
    }
}
