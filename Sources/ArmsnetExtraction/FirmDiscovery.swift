/// How much a textual cue vouches for a name being a firm.
enum CueStrength: Int, Comparable {
    /// A list of participants, or a meeting list: the name must also look like a firm's.
    case weak
    /// A name ending in a firm word ("… Avionics"), or an item in an explicit list of companies.
    case medium
    /// A legal form, "X company", "the Turkish drone maker X", "X, a Turkish drone maker", "Israel-based X", "a spokesperson for X".
    case strong

    static func < (a: CueStrength, b: CueStrength) -> Bool { a.rawValue < b.rawValue }
}

/// Finds firms that are in no list, from textual cues: corporate legal forms, names ending in a firm
/// word, "X company", "the Turkish drone maker X", "X, a Turkish drone maker", "Israel-based X",
/// lists of companies or exhibitors, a firm's staff ("a spokesperson for X") and "Name (ABBR)".
enum FirmDiscovery {
    /// Name spans (token ranges) vouched for by a cue, in text order; may repeat.
    static func candidates(_ scan: ArticleScan) -> [Range<Int>] {
        var found: [Range<Int>] = []
        found.reserveCapacity(32)
        let tokens = scan.tokens
        let n = tokens.count
        func accept(_ span: Range<Int>?, _ strength: CueStrength) {
            guard let span, let name = validated(scan, span, strength) else { return }
            found.append(name)
        }
        let cueClasses = candidateCueClasses  // read once: each read of a static is a call to `swift_once`
        var i = 0
        while i < n {
            let t = tokens[i]
            defer { i += 1 }
            guard t.isWord else {
                // "Israel-based X", "US-based X".
                if t.isMark(45), scan.word(i + 1, is: .based), scan.match(at: i - 1) != nil {
                    accept(forwardName(scan, from: i + 2), .strong)
                }
                continue
            }
            // Every cue below needs one of these classes or a gazetteer name here: most words have neither.
            if t.classes.isDisjoint(with: cueClasses), scan.matchAt[i] < 0 { continue }
            // A legal form ending or starting a capitalised name.
            if t.classes.contains(.trailingSuffix), t.isCapitalised || t.flags.contains(.dotted) || t.word == .plc, i > 0 {
                var a = i - 1
                if t.word == .oo, scan.word(a, is: .z), scan.mark(a - 1, 46), scan.word(a - 2, is: .sp) { a -= 3 }  // "Sp. z o.o."
                if scan.mark(a, 44) { a -= 1 }  // "Turkish Aerospace Industries, Inc."
                if a >= 0, scan.isRunWord(a), scan.sentenceOf[a] == scan.sentenceOf[i] {
                    accept(scan.capitalisedRun(around: a).lowerBound..<(i + 1), .strong)
                }
            }
            if t.classes.contains(.leadingSuffix), t.flags.contains(.allCaps), i + 1 < n, scan.isRunWord(i + 1) {
                let run = scan.capitalisedRun(around: i + 1)
                accept(i..<run.upperBound, .strong)
            } else if t.isCapitalised, scan.isRunWord(i), t.classes.contains(.firmHead), !(i + 1 < n && scan.isRunWord(i + 1)) {
                // A capitalised name ending in a firm word (or followed by "of <Country>": "Kordell Arms of Sweden").
                let run = scan.capitalisedRun(around: i)
                if run.upperBound == i + 1 || (scan.word(i + 1, is: .of) && isCountry(scan, i + 2)) { accept(run.lowerBound..<(i + 1), .medium) }
            }
            // "Hanwha Defense Australia", "Boeing Australia": a listed firm's local subsidiary trading under the firm's name and its country.
            if let f = scan.match(at: i), f.start == i, case .firm = f.target, let c = scan.match(at: f.end), c.start == f.end,
               case .country = c.target, scan.sentenceOf[c.start] == scan.sentenceOf[i],
               !(c.end < n && (scan.isRunWord(c.end) || scan.tokens[c.end].flags.contains(.possessive))) {
                accept(i..<c.end, .strong)
            }
            guard !t.isCapitalised else { continue }
            // "Nexter company", "the Italian Leonardo company".
            if t.classes.contains(.firmNounAfterName), i > 0, scan.isRunWord(i - 1), !scan.word(i + 1, is: .of) {
                accept(stripLeadingCountry(scan, scan.capitalisedRun(around: i - 1)), .strong)
            }
            // "the South African company Milkor", "Romanian aircraft maker X", "state arms exporter X".
            if t.classes.contains(.firmNoun), !isPlural(t), i + 1 < n, scan.isRunWord(i + 1), introducedAsFirm(scan, nounAt: i),
               !(scan.word(i - 1, is: .the) && scan.word(i - 2, is: .of)) {  // not "spokesperson of the company Ahmed …"

                accept(forwardName(scan, from: i + 1), .strong)
            }
            // "a spokesperson for X", "export director of X", "head of marketing at X".
            if t.classes.contains(.roleWord), scan.word(i + 1, in: .roleLink) {
                var j = i + 2
                if scan.word(j, is: .the) { j += 1 }
                if j < n, scan.isRunWord(j), !scan.isSentenceStart(j) { accept(forwardName(scan, from: j), .strong) }
            }
        }
        appositives(scan, into: &found)
        lists(scan, into: &found)
        abbreviationDefinitions(scan, into: &found)
        return found
    }


    /// The word classes the cues of `candidates` start at.
    static let candidateCueClasses: WordClass = [.trailingSuffix, .leadingSuffix, .firmHead, .firmNounAfterName, .firmNoun, .roleWord]

    static func isPlural(_ t: Token) -> Bool { t.classes.contains(.pluralFirmNoun) }

    /// Whether token `k` is two or more capitals and a final lower-case "s" ("OEMs", "SMEs").
    static func isPluralAcronym(_ scan: ArticleScan, _ k: Int) -> Bool {
        let t = scan.tokens[k]
        let a = Int(t.start), e = Int(t.end)
        guard t.isWord, e - a >= 3, scan.text[e - 1] == 115 else { return false }
        for i in a..<(e - 1) where !(scan.text[i] >= 65 && scan.text[i] <= 90) { return false }
        return true
    }

    /// Whether `span` is a listed firm's name and legal forms only, after a nationality at `nationality`.
    static func isListedFirmWithLegalForm(_ scan: ArticleScan, _ span: Range<Int>, after nationality: Int) -> Bool {
        guard case .demonym? = scan.match(at: nationality)?.target,
              let m = scan.match(at: span.lowerBound), m.start == span.lowerBound, case .firm = m.target else { return false }
        return (m.end..<span.upperBound).allSatisfy { !scan.tokens[$0].isWord || scan.tokens[$0].classes.contains(.trailingSuffix) }
    }

    static func isCountry(_ scan: ArticleScan, _ i: Int) -> Bool {
        switch scan.match(at: i)?.target {
        case .country?, .ambiguousCountry?: return true
        default: return false
        }
    }

    /// Whether the firm noun at `i` introduces a name: preceded (within five lower-case words) by "the", "a", a country
    /// adjective or possessive — "the Turkish drone maker X", "Russia's state arms exporter X".
    static func introducedAsFirm(_ scan: ArticleScan, nounAt i: Int) -> Bool {
        var k = i - 1
        let floor = max(scan.sentenceRange(of: i).lowerBound, i - 6)
        while k >= floor {
            let t = scan.tokens[k]
            if let m = scan.match(at: k) {
                switch m.target {
                case .demonym, .country: return true
                default: return false
                }
            }
            if t.flags.contains(.possessive) { k -= 1; continue }
            if t.isWord && (t.word == .the || t.word == .a || t.word == .an) { return true }
            if t.isWord && !t.isCapitalised { k -= 1; continue }
            if t.isMark(45) { k -= 1; continue }
            return false
        }
        return false
    }

    /// The capitalised name starting at `j` (only rightwards), with a trailing legal form.
    static func forwardName(_ scan: ArticleScan, from j: Int) -> Range<Int>? {
        guard j < scan.tokens.count, scan.isRunWord(j) else { return nil }
        let run = scan.capitalisedRun(around: j)
        return j..<run.upperBound
    }

    /// Drops a leading "The" and a leading country adjective or name that is not part of a known firm name.
    static func stripLeadingCountry(_ scan: ArticleScan, _ span: Range<Int>) -> Range<Int> {
        var a = span.lowerBound
        while a < span.upperBound {
            if scan.tokens[a].isWord, scan.tokens[a].classes.contains(.nameStop) { a += 1; continue }
            if let m = scan.match(at: a), m.end < span.upperBound {
                switch m.target {
                case .demonym, .country, .ambiguousCountry: a = m.end; continue
                default: break
                }
            }
            break
        }
        return a..<span.upperBound
    }

    /// "X, a Turkish drone maker", "X, one of South Korea's largest defence companies", "X [Croatia's armoured vehicle manufacturer]".
    static func appositives(_ scan: ArticleScan, into found: inout [Range<Int>]) {
        for i in scan.marks where scan.mark(i, 44) || scan.mark(i, 91) || scan.mark(i, 40) {
            guard i > 0, scan.isRunWord(i - 1), firmDescriptionFollows(scan, from: i + 1) else { continue }
            let run = scan.capitalisedRun(around: i - 1)
            if let span = validated(scan, stripLeadingCountry(scan, run), .strong) { found.append(span) }
        }
        // "a local firm, Automecanica Mediaș, which …": a name set off after "a/the … firm noun,".
        for i in scan.marks where i >= 1 && i < scan.tokens.count - 1 && scan.mark(i, 44) {
            guard scan.word(i - 1, in: .firmNoun), !isPlural(scan.tokens[i - 1]), scan.isRunWord(i + 1),
                  (2...4).contains(where: { i - $0 >= 0 && (scan.word(i - $0, is: .a) || scan.word(i - $0, is: .an)) }) else { continue }
            let run = scan.capitalisedRun(around: i + 1)
            guard run.lowerBound == i + 1, scan.mark(run.upperBound, 44) || scan.mark(run.upperBound, 46) || scan.mark(run.upperBound, 40) else { continue }
            if let span = validated(scan, run, .strong) { found.append(span) }
        }
    }

    /// Whether tokens from `j` read "a/an/one of … <firm noun>" (or "Russia's state arms exporter") before any comma or bracket.
    static func firmDescriptionFollows(_ scan: ArticleScan, from j: Int) -> Bool {
        guard j < scan.tokens.count else { return false }
        let first = scan.tokens[j]
        let opens = first.isWord && (first.word == .a || first.word == .an || first.word == .one || first.word == .the)
            || (scan.match(at: j).map { if case .country = $0.target { return true } else { return false } } ?? false)
        guard opens else { return false }
        let range = scan.sentenceRange(of: j)
        var k = j + 1
        // Eight tokens, a multi-word country name counting as one ("one of the United Arab Emirates' largest defence companies").
        var end = j + 9
        while k < min(range.upperBound, end) {
            let t = scan.tokens[k]
            if t.isPunct && !t.flags.contains(.possessive) && !t.isMark(45) { return false }
            if t.isWord, t.classes.contains(.firmNoun), !t.classes.contains(.firmNounAfterName) || k + 1 >= range.upperBound || !scan.isRunWord(k + 1) {
                // Not "…in Kielce, the company said", nor "Selim Aras, the company's chief engineer" (a person).
                return !scan.word(k + 1, in: .reportingVerb) && !(k + 1 < range.upperBound && scan.tokens[k + 1].flags.contains(.possessive))
            }
            // "the export director" and "an export specialist" are persons ("specialist" is a role as well as a firm noun);
            // "Ukraine's arms export company" is not.
            if t.isWord, t.classes.contains(.analyst) || t.classes.contains(.roleWord) && (!scan.word(k + 1, in: .firmNoun) || scan.word(k + 1, in: .roleWord)) {
                return false
            }
            if t.isCapitalised, let m = scan.match(at: k), m.start == k {
                switch m.target {
                case .country, .ambiguousCountry, .demonym:
                    // "the United States' Lockheed Martin and …": a name after the country's possessive is no description
                    // ("the US's UAV manufacturer" is: a firm noun follows the capitalised words).
                    let after = m.end < range.upperBound && scan.tokens[m.end].flags.contains(.possessive) ? m.end + 1 : m.end
                    if after > m.end, after < range.upperBound, scan.isRunWord(after), !scan.tokens[after].classes.contains(.firmNoun),
                       !scan.word(scan.capitalisedRun(around: after).upperBound, in: .firmNoun) { return false }
                    end += m.end - m.start - 1
                    k = m.end
                    continue
                default: break
                }
            }
            k += 1
        }
        return false
    }



    /// Items of explicit lists of companies: "companies such as A, B and C", "such French companies as A, B",
    /// "Exhibitors include A, B", "British manufacturers A and B", "major Russian companies (A, B and C)",
    /// "the Polish national pavilion brings together A, B", meetings "with A, B and C".
    static func lists(_ scan: ArticleScan, into found: inout [Range<Int>]) {
        for s in scan.sentences.indices {
            for (start, strength) in listStarts(scan, sentence: s) {
                for item in listItems(scan, from: start, strength: strength) {
                    if let span = validated(scan, item, strength) { found.append(span) }
                }
            }
        }
    }

    /// Where firm lists start in a sentence, with how much the context vouches for the items.
    static func listStarts(_ scan: ArticleScan, sentence s: Int) -> [(Int, CueStrength)] {
        let range = scan.sentences[s].tokenStart..<scan.sentences[s].tokenEnd
        var starts: [(Int, CueStrength)] = []
        var i = range.lowerBound
        while i < range.upperBound {
            let t = scan.tokens[i]
            defer { i += 1 }
            guard t.isWord else {
                // "major Russian companies (A, B and C)"
                if t.isMark(40), i > range.lowerBound, scan.word(i - 1, in: .pluralFirmNoun) { starts.append((i + 1, .medium)) }
                continue
            }
            if t.classes.contains(.pluralFirmNoun) || t.classes.contains(.exhibitorWord) {
                // "companies such as", "firms including", "exhibitors include", "manufacturers A and B", "such French companies as"
                var j = i + 1
                if scan.word(j, is: .such), scan.word(j + 1, is: .as_) { j += 2 }
                else if scan.word(j, is: .as_), hasSuchBefore(scan, i) { j += 1 }
                else if scan.word(j, in: .includeWord) { j += 1 }
                else if scan.word(j, in: .takingPart), scan.word(j + 1, in: .takingPart2), scan.word(j + 2, in: .includeWord) { j += 3 }
                else if scan.word(j, in: .areWord), scan.word(j + 1, in: .presentWord) { j += 2 }
                else if t.classes.contains(.exhibitorWord), scan.word(j, in: .areWord) { j += 1 }
                else if j < range.upperBound, scan.isRunWord(j), demonymBefore(scan, i) { }
                else { continue }
                if scan.word(j, is: .the) { j += 1 }
                starts.append((j, .medium))
            } else if t.word == .pavilion {
                var j = i + 1
                while j < min(range.upperBound, i + 4), scan.tokens[j].isWord, !scan.tokens[j].isCapitalised { j += 1 }
                starts.append((j, .medium))
            } else if t.word == .participants || t.word == .together && !scan.word(i + 1, is: .with) {  // not "together with President X"
                var j = i + 1
                while j < min(range.upperBound, i + 4), scan.tokens[j].isWord, !scan.tokens[j].isCapitalised { j += 1 }
                starts.append((j, .medium))
            } else if t.classes.contains(.meetingListWord), scan.word(i + 1, is: .with) {
                var j = i + 2
                var strength = CueStrength.weak
                // "met with executives from A and B": the list names organisations.
                if scan.word(j, in: .executivesWord), scan.word(j + 1, in: .roleLinkFrom) { j += 2; strength = .medium }
                starts.append((j, strength))
            }
        }
        return starts
    }


    static func hasSuchBefore(_ scan: ArticleScan, _ i: Int) -> Bool {
        let floor = max(scan.sentenceRange(of: i).lowerBound, i - 4)
        var k = i - 1
        while k >= floor { if scan.word(k, is: .such) { return true }; k -= 1 }
        return false
    }

    /// "British manufacturers A and B": a country adjective right before the plural firm noun (allowing "defence", "arms").
    static func demonymBefore(_ scan: ArticleScan, _ i: Int) -> Bool {
        var k = i - 1
        while k >= max(0, i - 3) {
            if let m = scan.match(at: k) { if case .demonym = m.target { return true } else { return false } }
            guard scan.tokens[k].isWord, !scan.tokens[k].isCapitalised else { return false }
            k -= 1
        }
        return false
    }

    /// Name spans of list items from `start`: comma, "and", "as well as" separated capitalised names, skipping
    /// leading "the" and country possessives, and a "(Country)" or "(ABBR)" after an item.
    static func listItems(_ scan: ArticleScan, from start: Int, strength: CueStrength) -> [Range<Int>] {
        var items: [Range<Int>] = []
        let range = scan.sentenceRange(of: max(0, min(start, scan.tokens.count - 1)))
        var j = start
        while j < range.upperBound {
            let t = scan.tokens[j]
            // "the state-owned repair plant VOP CZ": a lower-case description after "the" before the name.
            if t.isWord, t.word == .the, let name = nameAfterDescription(scan, from: j + 1, limit: range.upperBound) { j = name; continue }
            if t.isWord && (t.word == .the || t.word == .and) { j += 1; continue }
            if t.isMark(44) { j += 1; continue }
            // "engine maker Safran and electronics group Thales": a description ending in a firm noun before the name.
            if t.isWord, !t.isCapitalised, let name = nameAfterDescription(scan, from: j, limit: range.upperBound), scan.word(name - 1, in: .firmNoun) {
                j = name
                continue
            }
            if scan.word(j, is: .as_), scan.word(j + 1, is: .well), scan.word(j + 2, is: .as_) { j += 3; continue }
            // "Serbia's X", "France’s X"
            if let m = scan.match(at: j), m.end < range.upperBound, scan.tokens[m.end].flags.contains(.possessive) {
                switch m.target {
                case .country, .ambiguousCountry: j = m.end + 1; continue
                default: break
                }
            }
            guard scan.isRunWord(j) else { break }
            let run = scan.capitalisedRun(around: j)
            var end = run.upperBound
            // "Turkish Aerospace Industries, Inc.", "ERA a.s."
            if scan.mark(end, 44), end + 1 < range.upperBound, scan.tokens[end + 1].isWord, scan.tokens[end + 1].classes.contains(.trailingSuffix) {
                end += 2
            } else if end < range.upperBound, scan.tokens[end].classes.contains(.trailingSuffix), scan.tokens[end].flags.contains(.dotted) {
                end += 1
            }
            // "brings together Britain's Tempest project": a name before a programme noun names the programme.
            if end < range.upperBound, programmeNounKeys.contains(scan.tokens[end].key) { break }
            items.append(j..<end)
            j = end
            // "(Pakistan)", "(TAI)"
            if scan.mark(j, 40) {
                var k = j + 1
                while k < range.upperBound, !scan.mark(k, 41) { k += 1 }
                j = k + 1
            }
            if scan.mark(j, 41) { break }
        }
        return items
    }

    /// Nouns after a capitalised name that make it a programme's or project's name.
    static let programmeNounKeys: [UInt64] = (["project", "projects", "programme", "programmes", "program", "programs", "initiative"].map { TokenHash.key($0) })

    /// The start of a capitalised name after at most four lower-case describing words (hyphenated ones too) from `j`, if
    /// there is such a description ("state-owned repair plant VOP CZ").
    static func nameAfterDescription(_ scan: ArticleScan, from j: Int, limit: Int) -> Int? {
        var k = j
        var words = 0
        while k < limit, words <= 4 {
            if scan.isInnerHyphen(k) { k += 1; continue }
            let t = scan.tokens[k]
            guard t.isWord else { return nil }
            if scan.isRunWord(k) { return words > 0 ? k : nil }
            if t.classes.contains(.nameStop) || t.classes.contains(.engagementTrigger) { return nil }
            k += 1
            words += 1
        }
        return nil
    }

    /// "Name (ABBR)" where the name ends in a firm word and the abbreviation is all capitals.
    static func abbreviationDefinitions(_ scan: ArticleScan, into found: inout [Range<Int>]) {
        for i in scan.marks where i >= 1 && scan.mark(i, 40) && scan.isRunWord(i - 1) {
            guard i + 2 < scan.tokens.count, scan.tokens[i + 1].flags.contains(.allCaps), scan.mark(i + 2, 41) || scan.isInnerHyphen(i + 2) else { continue }
            let run = scan.capitalisedRun(around: i - 1)
            guard let last = run.last, scan.tokens[last].classes.contains(.firmHead) else { continue }
            // "Committee on Defence (JSCD)": one word that does not start the abbreviation is only the end of a longer name.
            if run.count == 1, scan.text[Int(scan.tokens[run.lowerBound].start)] != scan.text[Int(scan.tokens[i + 1].start)] { continue }
            if let span = validated(scan, stripLeadingCountry(scan, run), .medium, requireDistinctive: false) { found.append(span) }
        }
    }

    /// Last words of a navy-run yard's name, after "Naval" / "Navy".
    static let navalYardHeads = KeySet(["shipyard", "shipyards", "dockyard", "dockyards", "yard", "base"])
    static let navalWords = KeySet(["naval", "navy"])

    static let defenceWords = KeySet(["defence", "defense"])
    /// Words before "Defence" that name what is defended against, so the name is a capability ("Air Defense", "Missile Defence").
    static let capabilityWords = KeySet(["air", "missile", "ballistic", "coastal", "cruise", "area", "theater", "theatre"])

    /// `span` trimmed and checked as a firm name for a cue of `strength`, or nil.
    static func validated(_ scan: ArticleScan, _ span: Range<Int>?, _ strength: CueStrength, requireDistinctive: Bool = true) -> Range<Int>? {
        guard var span else { return nil }
        // Trim leading stop words ("The", "Meanwhile").
        while span.lowerBound < span.upperBound, scan.tokens[span.lowerBound].isWord, scan.tokens[span.lowerBound].classes.contains(.nameStop) {
            span = (span.lowerBound + 1)..<span.upperBound
        }
        while span.lowerBound < span.upperBound, !scan.tokens[span.upperBound - 1].isWord, !scan.tokens[span.upperBound - 1].flags.contains(.dotted) {
            span = span.lowerBound..<(span.upperBound - 1)
        }
        guard !span.isEmpty, span.count <= 8 else { return nil }
        // "Komsomolsk-on-Amur", "Surface-to-Air Missile": the end of a hyphenated place or phrase, not a name of its own.
        let h = scan.isInnerHyphen(span.lowerBound) ? span.lowerBound : span.lowerBound - 1
        if h >= 1, scan.isInnerHyphen(h), scan.tokens[h - 1].isWord, !scan.isRunWord(h - 1) { return nil }
        // "OEMs", "SMEs": the abbreviation of a plural common noun.
        if span.count == 1, isPluralAcronym(scan, span.lowerBound) { return nil }
        // "the Turkish Navy's Istanbul Naval Shipyard": a facility the armed forces run, not a firm.
        if span.lowerBound >= 2, scan.tokens[span.lowerBound - 1].flags.contains(.possessive), scan.word(span.lowerBound - 2, in: .governmentNoun),
           !scan.word(span.lowerBound - 2, in: .governmentModifier), scan.match(at: span.lowerBound - 2) == nil {
            return nil
        }
        // "Istanbul Naval Shipyard", "Norfolk Naval Shipyard": a yard the navy runs.
        if span.count >= 2, navalYardHeads.contains(scan.tokens[span.upperBound - 1].key), navalWords.contains(scan.tokens[span.upperBound - 2].key) {
            return nil
        }
        // "Interim Maneuver Short-Range Air Defense", "Integrated Air and Missile Defense": a programme or capability, not a firm.
        if span.count >= 2, defenceWords.contains(scan.tokens[span.upperBound - 1].key), capabilityWords.contains(scan.tokens[span.upperBound - 2].key),
           !span.contains(where: { scan.tokens[$0].classes.contains(.trailingSuffix) || scan.match(at: $0) != nil }) {
            return nil
        }
        // "the Italian Leonardo company": a leading nationality is not part of a name that has no firm word, nor of a
        // listed firm's name with only legal forms after it ("the German Krauss-Maffei Wegmann GmbH & Co. KG"; not
        // "American Rheinmetall Vehicles", a subsidiary's own name).
        let stripped = stripLeadingCountry(scan, span)
        if stripped.lowerBound > span.lowerBound, !stripped.isEmpty,
           !stripped.contains(where: { scan.tokens[$0].classes.contains(.firmHead) || scan.tokens[$0].classes.contains(.trailingSuffix) })
            || isListedFirmWithLegalForm(scan, stripped, after: span.lowerBound) {
            span = stripped
        }
        // "NPO Mashinostroyeniya of Russia": a trailing "of <Country>" states the home unless the name before it
        // ends in a word such as "Corporation" ("Defence Industries Corporation of Nigeria").
        if span.count >= 3, let m = scan.match(at: span.upperBound - 1), m.end == span.upperBound, m.start - 1 > span.lowerBound,
           scan.word(m.start - 1, is: .of), !scan.word(m.start - 2, in: .nameOfWord) {
            switch m.target {
            case .country, .ambiguousCountry: span = span.lowerBound..<(m.start - 1)
            default: break
            }
        }
        let hasLegalForm = span.contains { scan.tokens[$0].classes.contains(.trailingSuffix) && $0 > span.lowerBound }
            || (scan.tokens[span.lowerBound].classes.contains(.leadingSuffix) && scan.tokens[span.lowerBound].flags.contains(.allCaps))
        var distinctive = false
        var heads = 0
        var coveredByCountry = 0
        for k in span {
            let t = scan.tokens[k]
            if let m = scan.match(at: k) {
                switch m.target {
                case .nonEntity: return nil
                case .country, .demonym, .ambiguousCountry, .capital: coveredByCountry += 1; continue
                case .firm: distinctive = true; continue
                }
            }
            guard t.isWord else { continue }
            if t.classes.contains(.nonFirmHead), !hasLegalForm { return nil }
            if t.classes.contains(.firmHead) || t.classes.contains(.trailingSuffix) || t.classes.contains(.leadingSuffix) { heads += 1; continue }
            if t.classes.contains(.governmentModifier) || t.classes.contains(.governmentNoun) || t.classes.contains(.genericWord) { continue }
            if t.classes.contains(.nameStop) || t.flags.contains(.number) { continue }
            if t.isCapitalised || t.flags.contains(.allCaps) { distinctive = true }
        }
        if coveredByCountry == span.count { return nil }
        // "Thai Aviation Industries", "Emirates Defense Industries Company": a nationality and firm words.
        if coveredByCountry > 0, heads >= 1, span.count >= 3 { distinctive = true }
        if let m = scan.match(at: span.lowerBound), m.start == span.lowerBound, m.end == span.upperBound, case .firm = m.target { return span }
        if requireDistinctive && !distinctive { return nil }
        switch strength {
        case .strong: return span
        case .medium:
            return span
        case .weak:
            if heads > 0 || (span.count == 1 && !scan.isSentenceStart(span.lowerBound)) { return span }
            return nil
        }
    }

    /// Capitalised generic words that do not make a name distinctive on their own.
}
