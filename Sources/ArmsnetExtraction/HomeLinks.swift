/// A statement of a firm's home country.
struct HomeCue {
    var firm: Int
    var country: Int32
    var sentence: Int
    /// From the nationality of a list the firm stands in ("such French companies as …") or of an
    /// article-level statement: outranked by a nationality in the firm's own name.
    var fromGroup: Bool
    /// The country mention that states it (-1 for an article-level statement), so it is not also read as an actor.
    var countryMention: Int
}

/// Finds where the text states a firm's home: "Russia's X", "the Italian X company", "Romanian aircraft maker X",
/// "Israel-based X", "X (France)", "X of Sweden", "X, a Turkish drone maker", "X [Croatia's … manufacturer]",
/// "X, which is headquartered in Y", "such French companies as A, B", "British manufacturers A and B",
/// "the Polish national pavilion brings together A, B", and "Turkish firms … are the only companies" for
/// the whole article.
enum HomeLinks {
    static func find(_ scan: ArticleScan, extractor: Extractor, countries: [CountryMention], firms: ArticleFirms) -> [HomeCue] {
        var groups: [OwnIndustryGroup] = []
        return find(scan, extractor: extractor, countries: countries, firms: firms, ownIndustry: &groups)
    }

    /// - Parameter ownIndustry: receives the groups of a state's own firms its government signs with (`ownIndustryContractors`).
    static func find(_ scan: ArticleScan, extractor: Extractor, countries: [CountryMention], firms: ArticleFirms,
                     ownIndustry: inout [OwnIndustryGroup]) -> [HomeCue] {
        var cues: [HomeCue] = []
        let tokens = scan.tokens
        for (ci, c) in countries.enumerated() where firms.mention(at: c.start) == nil {
            let range = scan.sentenceRange(of: c.start)
            // "Israel-based X"
            if scan.mark(c.end, 45), scan.word(c.end + 1, is: .based), let f = firms.mention(at: c.end + 2) {
                cues.append(HomeCue(firm: f.firm, country: c.country, sentence: c.sentence, fromGroup: false, countryMention: ci))
                continue
            }
            var j = c.possessive ? c.end + 1 : c.end
            if c.form == .capital { continue }
            // "Russia's (state arms exporter) X", "the Italian X company", "Romanian aircraft maker X"
            var words = 0
            var sawFirmNoun = false
            var plural = false
            var noun = -1
            var firstNoun = -1  // the description's first firm noun: "Polish firms formed the largest group" reads "firms"
            // Lower-case words and acronyms ("The American UAV manufacturer X", "Polish air defence company X").
            scanWords: while j < range.upperBound, words <= 4, tokens[j].isWord, !tokens[j].isCapitalised || (tokens[j].flags.contains(.allCaps) && scan.match(at: j) == nil),
                  firms.mention(at: j) == nil {
                // "state-owned": a hyphenated lower-case compound is one describing word.
                if scan.isInnerHyphen(j + 1), j + 2 < range.upperBound, tokens[j + 2].isWord, !tokens[j + 2].isCapitalised,
                   !tokens[j + 2].classes.contains(.firmNoun) { j += 3; words += 1; continue }
                let c = tokens[j].classes
                // "the Swedish subsidiary of X": the nationality is the subsidiary's, not X's.
                // A switch, not an array literal's `contains`, which would build the array for every word.
                switch tokens[j].word { case .of, .for_, .by, .with, .to: break scanWords; default: break }
                // "Russia's defence ministry" stops; "Indonesia's state shipbuilder" does not.
                if c.contains(.governmentNoun) && !c.contains(.firmNoun) && tokens[j].word != .defence && tokens[j].word != .defense
                    && !(c.contains(.governmentModifier) && (firmNounFollows(scan, j, range: range) || scan.isInnerHyphen(j + 1))) { break }
                if c.contains(.firmNoun) { sawFirmNoun = true; plural = FirmDiscovery.isPlural(tokens[j]); noun = j; if firstNoun < 0 { firstNoun = j } }
                words += 1
                j += 1
                // The description ends at its firm noun ("American firms formed the largest group": not "group"), but for a
                // lower-case brand before the name ("German shipbuilder thyssenkrupp Marine Systems").
                if c.contains(.firmNoun), !scan.word(j, in: .firmNoun), !(firms.mention(at: j) == nil && firms.mention(at: j + 1) != nil) { break }
            }
            // "its Indian partner Tata", "Indian forging major Bharat Forge": a word that heads a description only right before a name.
            if !sawFirmNoun, words > 0, j < range.upperBound, firms.mention(at: j) != nil, headBeforeName.contains(tokens[j - 1].key) {
                sawFirmNoun = true
                plural = tokens[j - 1].key == partnersKey
                noun = j - 1
            }
            // "…, Russia's state arms exporter said. Rosoboronexport said in a statement": a description reporting before any
            // firm is named, and the firm reporting at the start of the next sentence.
            if noun >= 0, !plural, let f = cataphoricFirm(scan, firms, c, noun: noun, plural: plural) {
                cues.append(HomeCue(firm: f, country: c.country, sentence: c.sentence, fromGroup: false, countryMention: ci))
                continue
            }
            // "A second American firm, Lockheed Martin, received": the name set off after a singular description.
            if noun >= 0, !plural, noun == j - 1, let f = appositiveAfterDescription(scan, firms, c, noun: noun, plural: plural, end: j, range: range) {
                cues.append(HomeCue(firm: f, country: c.country, sentence: c.sentence, fromGroup: false, countryMention: ci))
                continue
            }
            // "US planemaker Boeing", "South Korea defence firm X": a country name used as an adjective before a firm noun.
            // "…ordered from BAE Systems, the British company said", "chose Lockheed Martin's F-35A, the American company's
            // fighter": the last firm named before it. "Saab won an order. The Swedish company also said …": at the start of a
            // sentence, the last firm of the sentence before.
            // "The picture is different at Denel. The state-owned South African defence group posted a loss": a sentence opening
            // with such a description and a verb describes the last firm of the sentence before.
            if c.form == .demonym, sawFirmNoun, !plural, opensSentenceWithDescription(scan, c, range: range),
               let noun = (c.end..<min(range.upperBound, c.end + 3)).first(where: { scan.word($0, in: .firmNoun) }), noun + 1 < range.upperBound,
               tokens[noun + 1].isWord, !tokens[noun + 1].isCapitalised, !tokens[noun + 1].classes.contains(.nameStop),
               let f = firms.mentions.last(where: { $0.sentence == c.sentence - 1 }) {
                cues.append(HomeCue(firm: f.firm, country: c.country, sentence: c.sentence, fromGroup: false, countryMention: ci))
                continue
            }
            if c.form == .demonym, sawFirmNoun, !plural, scan.word(c.start - 1, is: .the),
               let noun = (c.end..<min(range.upperBound, c.end + 3)).first(where: { scan.word($0, in: .firmNoun) }),
               scan.word(noun + 1, in: .reportingVerb) || (scan.word(noun + 1, in: .auxiliary) && scan.word(noun + 2, in: .reportingVerb))
                || (noun + 1 < range.upperBound && tokens[noun + 1].flags.contains(.possessive)),
               let f = firms.mentions.last(where: { $0.sentence == c.sentence && $0.end <= c.start })
                ?? (c.start - 1 == range.lowerBound ? firms.mentions.last(where: { $0.sentence == c.sentence - 1 }) : nil) {
                cues.append(HomeCue(firm: f.firm, country: c.country, sentence: c.sentence, fromGroup: false, countryMention: ci))
                continue
            }
            if c.possessive || c.form == .demonym || (c.form == .name && sawFirmNoun) {
                if !plural, j < range.upperBound, let f = firms.mention(at: j), words == 0 || sawFirmNoun || c.possessive {
                    cues.append(HomeCue(firm: f.firm, country: c.country, sentence: c.sentence, fromGroup: false, countryMention: ci))
                    continue
                }
                // "A second American firm, Lockheed Martin, received …": the firm set off after its description.
                if !plural, sawFirmNoun, scan.mark(j, 44), let f = firms.mention(at: j + 1), scan.mark(f.end, 44) || scan.mark(f.end, 41),
                   opensDescription(scan, before: c.start, range: range) {
                    cues.append(HomeCue(firm: f.firm, country: c.country, sentence: c.sentence, fromGroup: false, countryMention: ci))
                    continue
                }
            }
            // "such French companies as A, B", "British manufacturers A and B", "major Russian companies (A, B)", "Hungarian firms taking part include A",
            // "U.S. defense companies Lockheed Martin and Raytheon", "Safran and Thales, among 500 French companies",
            // "American firms formed the largest contingent. Among them, Lockheed Martin"
            if plural && (c.form == .demonym || c.form == .name && onlyDescribingWords(scan, from: c.possessive ? c.end + 1 : c.end, to: noun)) {
                // "signed 44 contracts with 27 Russian defense industry enterprises"
                if c.form == .demonym, !c.possessive, objectOfWith(scan, at: c.start),
                   let g = ownIndustryGroup(scan, extractor: extractor, countries: countries, sentence: c.sentence, nationality: c.country) { ownIndustry.append(g) }
                var members = listedFirms(scan, firms, afterNounEndingAt: j - 1)
                if noun >= 0, noun != j - 1, let start = groupListStart(scan, firms, afterNoun: noun, limit: range.upperBound) {
                    for f in groupMembers(scan, firms, from: start, limit: range.upperBound) where !members.contains(f) { members.append(f) }
                }
                if members.isEmpty { members = firmsBeforeAmong(scan, firms, nationality: c) }
                if members.isEmpty, noun >= 0 { members = participleClauseFirms(scan, firms, nationality: c, noun: noun) }
                if members.isEmpty, noun >= 0, !firms.mentions.contains(where: { $0.sentence == c.sentence }) { members = namedAmongThem(scan, firms, after: c.sentence) }
                // "signed 44 contracts with 27 Russian defense industry enterprises": the firms later sentences name as receiving them.
                if members.isEmpty, c.form == .demonym || c.possessive, scan.word(c.start - 1, is: .with) || scan.word(c.start - 2, is: .with) {
                    members = recipientsAfter(scan, firms, sentence: c.sentence)
                }
                for f in members {
                    cues.append(HomeCue(firm: f, country: c.country, sentence: c.sentence, fromGroup: true, countryMention: ci))
                }
                continue
            }
            // "Polish firms formed the largest group at the show. Among them, X": a plural group noun right after the nationality
            // that the words after it do not describe.
            if !plural, c.form == .demonym, firstNoun >= 0, firstNoun != noun, FirmDiscovery.isPlural(tokens[firstNoun]),
               onlyDescribingWords(scan, from: c.end, to: firstNoun), !firms.mentions.contains(where: { $0.sentence == c.sentence }) {
                var members = firmsBeforeAmong(scan, firms, nationality: c)
                if members.isEmpty { members = namedAmongThem(scan, firms, after: c.sentence) }
                for f in members {
                    cues.append(HomeCue(firm: f, country: c.country, sentence: c.sentence, fromGroup: true, countryMention: ci))
                }
                if !members.isEmpty { continue }
            }
            // "The Polish national pavilion brings together A, B"
            if c.form == .demonym, scan.word(c.end, is: .national), scan.word(c.end + 1, is: .pavilion) {
                for f in listedFirms(scan, firms, afterNounEndingAt: c.end + 1) {
                    cues.append(HomeCue(firm: f, country: c.country, sentence: c.sentence, fromGroup: true, countryMention: ci))
                }
            }
        }
        for (mi, m) in firms.mentions.enumerated() {
            // An abbreviation in parentheses right after the name: its cues are the name's.
            if mi > 0, firms.mentions[mi - 1].firm == m.firm, firms.mentions[mi - 1].end + 1 == m.start, scan.mark(m.start - 1, 40) { continue }
            let range = scan.sentenceRange(of: m.start)
            // "France had offered … its state-controlled shipbuilder Naval Group"
            if m.start > 1, tokens[m.start - 1].classes.contains(.firmNoun), let ci = subjectStatesOwnFirm(scan, countries, firms, m) {
                cues.append(HomeCue(firm: m.firm, country: countries[ci].country, sentence: m.sentence, fromGroup: false, countryMention: -1))
                continue
            }
            var j = m.end
            // Skip an abbreviation in parentheses right after the name.
            if scan.mark(j, 40), let a = firms.mention(at: j + 1), a.firm == m.firm, scan.mark(a.end, 41) { j = a.end + 1 }
            else if scan.mark(j, 40), countryIndex(countries, at: j + 1) == nil { j = skipAbbreviation(scan, from: j) }
            // "Hanwha Co., Ltd., a South Korean firm": a legal form after a comma belongs to the name.
            if scan.mark(j, 44), scan.word(j + 1, in: .trailingSuffix), scan.tokens[j + 1].isCapitalised {
                j += 2
                if scan.mark(j, 46), scan.tokens[j].start == scan.tokens[j - 1].end { j += 1 }  // "Ltd" "."
            }
            // "X (France)"
            if scan.mark(j, 40), let ci = countryIndex(countries, at: j + 1), scan.mark(countries[ci].end, 41) {
                cues.append(HomeCue(firm: m.firm, country: countries[ci].country, sentence: m.sentence, fromGroup: false, countryMention: ci))
                continue
            }
            // "X of Sweden", "X of the United States"
            let ofCountry = scan.word(j + 1, is: .the) ? j + 2 : j + 1
            if scan.word(j, is: .of), let ci = countryIndex(countries, at: ofCountry), countries[ci].form == .name, !countries[ci].possessive {
                cues.append(HomeCue(firm: m.firm, country: countries[ci].country, sentence: m.sentence, fromGroup: false, countryMention: ci))
                continue
            }
            // "the Sukhoi company, part of Russia's …": the firm noun after the name belongs to it.
            if scan.word(j, in: .firmNounAfterName), scan.mark(j + 1, 44) { j += 1 }
            // "X, a Turkish drone maker", "X, one of South Korea's largest defence companies", "X [Croatia's … manufacturer]"
            if scan.mark(j, 44) || scan.mark(j, 91) || scan.mark(j, 40) {
                if let ci = describedHome(scan, countries, from: j + 1, limit: range.upperBound) {
                    cues.append(HomeCue(firm: m.firm, country: countries[ci].country, sentence: m.sentence, fromGroup: false, countryMention: ci))
                    continue
                }
                // "X, a subsidiary of France's Y", "X, part of Russia's Y": the parent's stated country, outranked
                // by a nationality in X's own name.
                if let ci = parentHome(scan, countries, from: j + 1, limit: range.upperBound) {
                    cues.append(HomeCue(firm: m.firm, country: countries[ci].country, sentence: m.sentence, fromGroup: true, countryMention: ci))
                    continue
                }
                // "X, which is headquartered in South Korea"
                if scan.word(j + 1, is: .which) {
                    var k = j + 2
                    while k < min(range.upperBound, j + 6) {
                        if scan.word(k, is: .headquartered) || scan.word(k, is: .based), scan.word(k + 1, is: .in_),
                           let ci = countryIndex(countries, at: scan.word(k + 2, is: .the) ? k + 3 : k + 2), countries[ci].form == .name {
                            cues.append(HomeCue(firm: m.firm, country: countries[ci].country, sentence: m.sentence, fromGroup: false, countryMention: ci))
                            break
                        }
                        if tokens[k].isPunct { break }
                        k += 1
                    }
                }
            }
        }
        // "the Franco-Italian consortium", "the Indo-Russian joint venture X": both countries are the firm's homes.
        for cue in cues where cue.countryMention >= 0 {
            let ci = cue.countryMention
            for other in [ci - 1, ci + 1] where countries.indices.contains(other) {
                let (a, b) = other < ci ? (other, ci) : (ci, other)
                guard countries[a].combining, countries[a].end + 1 == countries[b].start, !cues.contains(where: { $0.firm == cue.firm && $0.countryMention == other }) else { continue }
                cues.append(HomeCue(firm: cue.firm, country: countries[other].country, sentence: cue.sentence, fromGroup: cue.fromGroup, countryMention: other))
            }
        }
        cues += articleLevel(scan, countries: countries, firms: firms)
        cues += local(scan, extractor: extractor, countries: countries, firms: firms, cues: cues, ownIndustry: &ownIndustry)
        cues += inherited(scan, firms: firms, cues: cues)
        return cues
    }

    /// Whether the sentence opens with "The", lower-case describing words (hyphenated ones too) and the nationality at `c`.
    static func opensSentenceWithDescription(_ scan: ArticleScan, _ c: CountryMention, range: Range<Int>) -> Bool {
        guard scan.word(range.lowerBound, is: .the), c.start > range.lowerBound, c.start - range.lowerBound <= 5 else { return false }
        return (range.lowerBound + 1..<c.start).allSatisfy { scan.isInnerHyphen($0) || (scan.tokens[$0].isWord && !scan.tokens[$0].isCapitalised) }
    }

    static let localKey = TokenHash.key("local")
    /// "domestic companies" like "local firms": firms of the country the article is about.
    static let domesticKey = TokenHash.key("domestic")
    /// Words between "a" and a nationality that keep a description: "a second American firm", "another Turkish company".
    static let ordinalKeys = KeySet(["second", "third", "fourth", "fifth", "fellow", "another", "further", "rival"])

    /// Whether "a", "an", "another" or "the" (after up to one ordinal word) comes right before the nationality at `start`, or the
    /// sentence starts there.
    static func opensDescription(_ scan: ArticleScan, before start: Int, range: Range<Int>) -> Bool {
        var k = start - 1
        if k >= range.lowerBound, ordinalKeys.contains(scan.tokens[k].key) { k -= 1 }
        if k < range.lowerBound { return true }
        return scan.word(k, is: .a) || scan.word(k, is: .an) || scan.word(k, is: .the) || scan.tokens[k].key == anotherKey
    }

    /// The firms the seven sentences after `s` name as receiving deals ("UAC received orders for …, and Russian Helicopters signed
    /// for …"), up to a sentence that names firms but none receiving; the firms of each such sentence, except a parent named to
    /// describe another and a firm with a home of its own there.
    static func recipientsAfter(_ scan: ArticleScan, _ firms: ArticleFirms, sentence s: Int) -> [Int] {
        var found: [Int] = []
        var t = s + 1
        while t < min(scan.sentences.count, s + 8) {
            let range = scan.sentences[t].tokenStart..<scan.sentences[t].tokenEnd
            let here = firms.mentions.filter { $0.sentence == t }
            if !here.isEmpty {
                guard here.contains(where: { EngagementLinks.receivesDeal(scan, $0, range: range) }) else { break }
                for m in here where !found.contains(m.firm) && !EngagementLinks.isParentInDescription(scan, m, range: range) {
                    // "Uralvagonzavod, part of Russia's …": not one whose home the sentence states otherwise.
                    if m.start >= 2, scan.tokens[m.start - 1].flags.contains(.possessive) { continue }
                    found.append(m.firm)
                }
            }
            t += 1
        }
        return found
    }
    static let anotherKey = TokenHash.key("another")

    /// Whether a firm noun follows `j` directly or after one more lower-case word: "state shipbuilder", "state arms exporter".
    static func firmNounFollows(_ scan: ArticleScan, _ j: Int, range: Range<Int>) -> Bool {
        if scan.word(j + 1, in: .firmNoun) { return true }
        guard j + 2 < range.upperBound, scan.tokens[j + 1].isWord, !scan.tokens[j + 1].isCapitalised,
              !scan.tokens[j + 1].classes.contains(.governmentNoun) else { return false }
        return scan.word(j + 2, in: .firmNoun)
    }

    /// "a local firm, Paramount Group", "local companies A and B", "X, a local manufacturer", "domestic companies": the
    /// country the text is about, read narrowly (see HomeLinks+Local.swift): the one state whose government acts in the
    /// sentence, else the country the article names more often than any other.
    static func local(_ scan: ArticleScan, extractor: Extractor, countries: [CountryMention], firms: ArticleFirms, cues: [HomeCue],
                      ownIndustry: inout [OwnIndustryGroup]) -> [HomeCue] {
        var out: [HomeCue] = []
        var articleCountry: Int32??
        let localKey = Self.localKey, domesticKey = Self.domesticKey  // read once, not once per token (each read of a static calls `swift_once`)
        // The positions of "local" and "domestic" first, in one tight pass: most articles have none.
        let positions = scan.tokens.withUnsafeBufferPointer { tokens -> [Int] in
            var found: [Int] = []
            for i in tokens.indices where tokens[i].key == localKey || tokens[i].key == domesticKey { found.append(i) }
            return found
        }
        for i in positions {
            // "local firm", "a local armored vehicle maker": up to two lower-case words may describe the firm noun.
            var n = i + 1
            while n < i + 3, n < scan.tokens.count, !scan.word(n, in: .firmNoun), scan.tokens[n].isWord, !scan.tokens[n].isCapitalised,
                  !scan.tokens[n].flags.contains(.allCaps), firms.mention(at: n) == nil { n += 1 }
            guard scan.word(n, in: .firmNoun) else { continue }
            var local: [Int] = []
            if FirmDiscovery.isPlural(scan.tokens[n]) {
                // "SSB signed four contracts with domestic companies"
                if objectOfWith(scan, at: i), let g = ownIndustryGroup(scan, extractor: extractor, countries: countries, sentence: Int(scan.sentenceOf[i]), nationality: nil) {
                    ownIndustry.append(g)
                }
                local = listedFirms(scan, firms, afterNounEndingAt: n)
                // "SSB signed contracts with local firms. … a contract with ASELSAN, with Roketsan and with MKE": without a list
                // of its own, the firms the next sentence names after "with".
                // "… signed with Aselsan, Roketsan, STM and FNSS": and the list that follows such a firm.
                if local.isEmpty, scan.word(n - 2, is: .with) || scan.word(n - 3, is: .with) || scan.word(n - 1, is: .with) {
                    let next = Int(scan.sentenceOf[i]) + 1
                    for m in firms.mentions where m.sentence == next && scan.word(m.start - 1, is: .with) && !local.contains(m.firm) {
                        let limit = scan.sentences[next].tokenEnd
                        for f in [m.firm] + groupMembers(scan, firms, from: m.start, limit: limit) where !local.contains(f) { local.append(f) }
                    }
                }
            } else if let f = firms.mention(at: scan.mark(n + 1, 44) ? n + 2 : n + 1) {
                local = [f.firm]  // "a local firm, X", "local firm X"
            } else if scan.word(i - 1, is: .a), scan.mark(i - 2, 44), let f = firms.mention(at: i - 3) ?? firms.mentions.last(where: { $0.end == i - 2 }) {
                local = [f.firm]  // "X, a local firm"
            }
            guard !local.isEmpty else { continue }
            var country = governmentActing(scan, extractor: extractor, countries: countries, in: Int(scan.sentenceOf[i]))
            if country == nil {
                if articleCountry == nil { articleCountry = .some(mostNamed(countries, firms: firms)) }
                country = articleCountry!
            }
            guard let c = country else { continue }
            for f in local where !cues.contains(where: { $0.firm == f }) && !out.contains(where: { $0.firm == f }) {
                out.append(HomeCue(firm: f, country: c, sentence: Int(scan.sentenceOf[i]), fromGroup: true, countryMention: -1))
            }
        }
        return out
    }

    /// The country named more often than any other, or nil when two are named equally often. A nationality inside a
    /// firm's name does not count.
    static func mostNamed(_ countries: [CountryMention], firms: ArticleFirms) -> Int32? {
        var counts: [Int32: Int] = [:]
        for c in countries where firms.mention(at: c.start) == nil { counts[c.country, default: 0] += 1 }
        var best: Int32?
        var tie = false
        for (c, n) in counts {
            guard let b = best else { best = c; continue }
            if n > counts[b]! { best = c; tie = false } else if n == counts[b]! { tie = true }
        }
        return tie ? nil : best
    }

    /// "Halcon, an EDGE subsidiary", "ADSB is also part of EDGE", "X, a unit of Y": a subsidiary without a stated home of
    /// its own takes the home the text states for its parent (never the other way round).
    /// Through any number of parents: "Irkut, another UAC subsidiary" where UAC "belongs to the Russian state tech
    /// corporation Rostec". A parent's home from its list or its own parent passes on too ("Kalashnikov's drone subsidiary
    /// ZALA Aero" where Kalashnikov is one of "27 Russian defense industry enterprises").
    /// "a subsidiary of China State Shipbuilding Corporation": the nationality in the parent's own name.
    static func inherited(_ scan: ArticleScan, firms: ArticleFirms, cues: [HomeCue]) -> [HomeCue] {
        // Only firms without a cue can inherit.
        var hasCue = [Bool](repeating: false, count: firms.firms.count)
        for c in cues { hasCue[c.firm] = true }
        var links: [(firm: Int, parent: Int, sentence: Int)] = []
        for m in firms.mentions where !hasCue[m.firm] && !links.contains(where: { $0.firm == m.firm }) {
            guard let parent = namedParent(scan, firms, of: m), parent != m.firm else { continue }
            links.append((m.firm, parent, m.sentence))
        }
        var out: [HomeCue] = []
        var changed = !links.isEmpty
        while changed {
            changed = false
            for l in links where !out.contains(where: { $0.firm == l.firm }) {
                let countries = effectiveHomes(of: l.parent, firms, cues + out)
                for c in countries { out.append(HomeCue(firm: l.firm, country: c, sentence: l.sentence, fromGroup: true, countryMention: -1)) }
                if !countries.isEmpty { changed = true }
            }
        }
        return out
    }

    static let turnKey = TokenHash.key("turn")

    /// The parent firm a description right after mention `m` names: ", an EDGE subsidiary", ", a unit of EDGE", " is also part of EDGE",
    /// ", the defence subsidiary of X".
    static func parentFirm(_ scan: ArticleScan, _ firms: ArticleFirms, of m: FirmMention) -> Int? {
        var j = m.end
        if scan.mark(j, 40), let a = firms.mention(at: j + 1), a.firm == m.firm, scan.mark(a.end, 41) { j = a.end + 1 }
        if scan.word(j, in: .firmNounAfterName) { j += 1 }
        if scan.mark(j, 44) {
            j += 1
            if let p = clauseParent(scan, firms, from: j, limit: scan.sentenceRange(of: m.start).upperBound) { return p }
            if let p = possessiveUnitDescription(scan, firms, at: j) { return p }
        } else if scan.word(j, is: .is_) || scan.word(j, in: .areWord) {
            j += 1
            if scan.word(j, in: .auxiliary) { j += 1 }  // "is also part of"
        } else {
            return nil
        }
        let article = scan.word(j, is: .a) || scan.word(j, is: .an) || (j < scan.tokens.count && scan.tokens[j].key == anotherKey)
        if article || scan.word(j, is: .the) { j += 1 }
        // "an EDGE subsidiary", ", another PGZ firm", ", a Rostec company"
        if let p = firms.mention(at: j), scan.word(p.end, in: .parentLink) || (article && scan.word(p.end, in: .firmNoun) && !FirmDiscovery.isPlural(scan.tokens[p.end])) {
            return p.firm
        }
        // "UAC, which in turn belongs to the Russian state tech corporation Rostec"
        if scan.word(j, is: .which) {
            var k = j + 1
            if scan.word(k, is: .in_), k + 1 < scan.tokens.count, scan.tokens[k + 1].key == turnKey { k += 2 }
            guard k < scan.tokens.count, belongsKeys.contains(scan.tokens[k].key), scan.word(k + 1, is: .to) else { return nil }
            k += 2
            if scan.word(k, is: .the) { k += 1 }
            var steps = 0
            while steps < 5, k < scan.tokens.count, firms.mention(at: k) == nil, scan.tokens[k].isWord,
                  !scan.tokens[k].isCapitalised || { if case .demonym? = scan.match(at: k)?.target { return true } else { return false } }() {
                k += 1
                steps += 1
            }
            return firms.mention(at: k)?.firm
        }
        // "part of EDGE", "a subsidiary of the EDGE Group", "the defense and aerospace arm of Hanwha Group"
        var words = 0
        while words < 3, j < scan.tokens.count, scan.tokens[j].isWord, !scan.tokens[j].isCapitalised, !scan.word(j, in: .parentLink) { j += 1; words += 1 }
        guard scan.word(j, in: .parentLink), scan.word(j + 1, is: .of) else { return nil }
        j += 2
        if scan.word(j, is: .the) { j += 1 }
        if let p = firms.mention(at: j) { return p.firm }
        // "the defence subsidiary of Indian forging major Bharat Forge"
        return parentName(scan, firms, from: j, limit: scan.sentenceRange(of: m.start).upperBound)
    }

    /// After "(KS&EW)" at `j`: an abbreviation in parentheses (capitals and "&" only, at most five tokens) that is not
    /// read as a name of its own; else `j`. The caller rules out a country ("(UAE)").
    static func skipAbbreviation(_ scan: ArticleScan, from j: Int) -> Int {
        var k = j + 1
        while k < min(scan.tokens.count, j + 6), scan.tokens[k].flags.contains(.allCaps) || scan.mark(k, 38) || scan.isInnerHyphen(k)
                || (scan.tokens[k].isCapitalised && scan.tokens[k].end - scan.tokens[k].start == 1) { k += 1 }
        return k > j + 1 && scan.mark(k, 41) ? k + 1 : j
    }

    /// The country mention starting exactly at token `i`.
    static func countryIndex(_ countries: [CountryMention], at i: Int) -> Int? {
        // Mentions are in text order: binary search.
        var lo = 0, hi = countries.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if countries[mid].start < i { lo = mid + 1 } else { hi = mid }
        }
        return lo < countries.count && countries[lo].start == i ? lo : nil
    }

    /// "a Turkish vehicle maker", "one of South Korea's largest defence companies", "Croatia's armoured vehicle manufacturer":
    /// the country of a firm description, up to the firm noun.
    /// "the France-based unit of Y", "a Polish subsidiary of Y": a description naming the firm a part of another.
    static func unitDescriptionFollows(_ scan: ArticleScan, from j: Int, limit: Int) -> Bool {
        guard scan.word(j, is: .the) || scan.word(j, is: .a) || scan.word(j, is: .an) else { return false }
        let end = min(limit, j + 6, scan.tokens.count)
        guard j + 1 < end else { return false }
        for k in (j + 1)..<end {
            let t = scan.tokens[k]
            if t.isPunct && !t.flags.contains(.possessive) && !t.isMark(45) { return false }
            if t.isWord, t.classes.contains(.parentLink), scan.word(k + 1, is: .of) { return true }
        }
        return false
    }

    static func describedHome(_ scan: ArticleScan, _ countries: [CountryMention], from j: Int, limit: Int) -> Int? {
        guard FirmDiscovery.firmDescriptionFollows(scan, from: j) || unitDescriptionFollows(scan, from: j, limit: limit) else { return nil }
        var k = j
        while k < min(limit, j + 9) {
            if let ci = countryIndex(countries, at: k) {
                let c = countries[ci]
                if c.form == .demonym || c.possessive { return ci }
                // "X, the France-based unit of Y"
                if scan.mark(c.end, 45), scan.word(c.end + 1, is: .based) { return ci }
                return nil
            }
            if scan.tokens[k].isWord, scan.tokens[k].classes.contains(.firmNoun) { return ownerState(scan, countries, after: k, limit: limit) }
            // "a branch of Russian aircraft maker Sukhoi": the nationality after "of" is another firm's ("one of South Korea's
            // largest defence companies" is the firm's own).
            if scan.word(k, is: .of), !scan.word(k - 1, is: .one) { return nil }
            k += 1
        }
        return nil
    }

    static let ownedKeys: [UInt64] = ["owned", "controlled"].map { TokenHash.key($0) }

    /// "a new company owned by the Qatari Ministry of Defence": the state whose government owns the firm, after the firm noun at `k`.
    static func ownerState(_ scan: ArticleScan, _ countries: [CountryMention], after k: Int, limit: Int) -> Int? {
        guard k + 2 < limit, ownedKeys.contains(scan.tokens[k + 1].key), scan.word(k + 2, is: .by) else { return nil }
        let at = scan.word(k + 3, is: .the) ? k + 4 : k + 3
        guard let ci = countryIndex(countries, at: at) else { return nil }
        let c = countries[ci]
        let noun = c.possessive ? c.end + 1 : c.end
        // The state itself or its government: "owned by the Qatari Ministry of Defence", "owned by Qatar's government".
        guard c.form == .name && !c.possessive || (noun < limit && scan.tokens[noun].isWord && scan.tokens[noun].classes.contains(.governmentNoun)) else { return nil }
        return ci
    }

    /// "a subsidiary of France's", "part of the Russian": the country of the parent in a description starting at `j`.
    static func parentHome(_ scan: ArticleScan, _ countries: [CountryMention], from j: Int, limit: Int) -> Int? {
        var k = j
        if scan.word(k, is: .a) || scan.word(k, is: .an) || scan.word(k, is: .the) { k += 1 }
        guard k + 1 < limit, scan.word(k, in: .parentLink), scan.word(k + 1, is: .of) else { return nil }
        k += 2
        if scan.word(k, is: .the) { k += 1 }
        guard let ci = countryIndex(countries, at: k), countries[ci].possessive || countries[ci].form == .demonym else { return nil }
        return ci
    }

    /// The start of a name after a lower-case description from `j` that ends in a firm noun ("engine maker Safran",
    /// "electronics group Thales"), if there is one.
    static func describedName(_ scan: ArticleScan, from j: Int, limit: Int) -> Int? {
        guard let name = FirmDiscovery.nameAfterDescription(scan, from: j, limit: limit), scan.word(name - 1, in: .firmNoun) else { return nil }
        return name
    }

    /// Firms named in the list that follows a plural firm noun at `i` (same sentence): the list items
    /// `FirmDiscovery` reads, and the firms `groupMembers` reads after descriptions ("including engine maker Safran").
    static func listedFirms(_ scan: ArticleScan, _ firms: ArticleFirms, afterNounEndingAt i: Int) -> [Int] {
        var found = listItemFirms(scan, firms, afterNounEndingAt: i)
        let limit = scan.sentenceRange(of: i).upperBound
        if let start = groupListStart(scan, firms, afterNoun: i, limit: limit) {
            for f in groupMembers(scan, firms, from: start, limit: limit) where !found.contains(f) { found.append(f) }
        }
        return found
    }

    static func listItemFirms(_ scan: ArticleScan, _ firms: ArticleFirms, afterNounEndingAt i: Int) -> [Int] {
        let range = scan.sentenceRange(of: i)
        var j = i + 1
        // Skip the list opener: "such as", "as", "include", "taking part include", "brings together", "is led by", "(".
        while j < range.upperBound, j <= i + 4, !scan.isRunWord(j), firms.mention(at: j) == nil {
            // "including engine maker Safran": a description of the first item.
            if scan.tokens[j].isWord, j > i + 1, describedName(scan, from: j, limit: range.upperBound) != nil { break }
            if scan.tokens[j].isWord, !scan.tokens[j].isCapitalised, !scan.tokens[j].classes.contains(.openerWord) {
                // "four Indian shipyards seeking to be the strategic partner: A, B and C": every firm after the colon.
                if let colon = (j..<min(range.upperBound, i + 12)).first(where: { scan.mark($0, 58) }),
                   (j..<colon).allSatisfy({ scan.tokens[$0].isWord && !scan.isRunWord($0) || scan.isInnerHyphen($0) }) {
                    var found: [Int] = []
                    for k in (colon + 1)..<range.upperBound { if let f = firms.mention(at: k), !found.contains(f.firm) { found.append(f.firm) } }
                    return found
                }
                return []
            }
            // "including the state-owned repair plant X": the list reads its own "the" and description.
            if scan.word(j, is: .the), FirmDiscovery.nameAfterDescription(scan, from: j + 1, limit: range.upperBound) != nil { break }
            j += 1
        }
        // "… to Thai companies." ends the sentence: no list.
        guard j < range.upperBound else { return [] }
        var found: [Int] = []
        if scan.mark(j - 1, 40) {
            // "major Russian companies (A, the B and the C defense manufacturer integrated into D)": all up to ")".
            var k = j
            var depth = 1
            while k < range.upperBound {
                if scan.mark(k, 40) { depth += 1 } else if scan.mark(k, 41) { depth -= 1; if depth == 0 { break } }
                if let f = firms.mention(at: k), !found.contains(f.firm) { found.append(f.firm) }
                k += 1
            }
            return found
        }
        for item in FirmDiscovery.listItems(scan, from: j, strength: .medium) {
            if let f = firms.mention(at: item.lowerBound), !found.contains(f.firm) { found.append(f.firm) }
        }
        return found
    }


    /// "Turkish defence firms are showcasing … They are the only companies taking part": every firm of the article.
    static func articleLevel(_ scan: ArticleScan, countries: [CountryMention], firms: ArticleFirms) -> [HomeCue] {
        // Most articles have no "only": one tight pass over the tokens rules them out.
        guard scan.tokens.contains(where: { $0.word == .only }) else { return [] }
        for s in scan.sentences.indices {
            let r = scan.sentences[s].tokenStart..<scan.sentences[s].tokenEnd
            var onlyGroup = false
            for k in r where scan.word(k, is: .only) && (scan.word(k + 1, in: .groupNoun) || scan.word(k + 2, in: .groupNoun)) {
                if k > r.lowerBound, scan.word(k - 1, is: .the) { onlyGroup = true }
            }
            guard onlyGroup else { continue }
            // The nationality of "<Demonym> (defence) firms" in this or the previous sentence.
            for s2 in [s, s - 1] where s2 >= 0 {
                for c in countries where c.sentence == s2 && c.form == .demonym {
                    var k = c.end
                    var steps = 0
                    while steps < 3, scan.tokens.indices.contains(k), scan.tokens[k].isWord, !scan.tokens[k].isCapitalised {
                        if scan.tokens[k].classes.contains(.groupNoun) {
                            var seen = Set<Int>()
                            return firms.mentions.compactMap { m in
                                seen.insert(m.firm).inserted ? HomeCue(firm: m.firm, country: c.country, sentence: c.sentence, fromGroup: true, countryMention: -1) : nil
                            }
                        }
                        k += 1
                        steps += 1
                    }
                }
            }
        }
        return []
    }

}
