/// One firm as this article names it.
struct ArticleFirm {
    /// Index into `Gazetteer.firms` for a listed firm.
    var gazetteerIndex: Int32?
    /// The forms the text writes, in order of first use, without duplicates.
    var forms: [WrittenForm] = []
    /// The country named inside one of the written forms ("Turkish Aerospace Industries" → TUR).
    var nameCountry: Int32?
    /// The other country of a combined nationality in the name ("Indo" of "Indo-Russian Rifles"): a second home.
    var nameCountry2: Int32?
    /// Hash of the first written form's words without legal forms: identity for a discovered firm.
    var core: UInt64 = 0
    /// Number of those words.
    var coreCount = 0
    var coreText: String = ""
    /// The first form without a comma-separated legal form ("Turkish Aerospace Industries" for "…, Inc."), if it has one.
    var withoutCommaSuffix: String?
    /// How many capitalised words the first form has when it has two or more ("Bridgebulwark Defence Systems": 3), else 0.
    var initialCount = 0
    /// Their initials ("BDS"), the first eight packed first initial lowest.
    var initials: UInt64 = 0
}

/// A form of a firm's name as the text writes it.
struct WrittenForm {
    var text: String
    /// All capitals ("TAI"): an abbreviation.
    var isAbbreviation: Bool
}

/// A firm named at tokens `start..<end`.
struct FirmMention {
    var start: Int
    var end: Int
    var firm: Int
    var sentence: Int
}

/// The firms of an article and every place they are named.
struct ArticleFirms {
    var firms: [ArticleFirm] = []
    /// In text order.
    var mentions: [FirmMention] = []
    /// Token index → index into `mentions`, or -1.
    var mentionAt: [Int32] = []

    func mention(at i: Int) -> FirmMention? {
        guard i >= 0 && i < mentionAt.count, mentionAt[i] >= 0 else { return nil }
        return mentions[Int(mentionAt[i])]
    }
}

/// Resolves listed firms, firms found from cues, their shorter forms and in-text abbreviations to
/// one `ArticleFirm` each, and marks every mention.
enum FirmMentions {
    static func find(_ scan: inout ArticleScan, extractor: Extractor, countries: [CountryMention]) -> ArticleFirms {
        let tokens = scan.tokens
        var result = ArticleFirms()
        result.mentionAt = [Int32](repeating: -1, count: tokens.count)
        result.mentions.reserveCapacity(tokens.count / 16 + 1)
        // An article names a handful of firms: a look-up walks them rather than hash into a dictionary.
        let candidates = FirmDiscovery.candidates(scan).sorted { $0.lowerBound != $1.lowerBound ? $0.lowerBound < $1.lowerBound : $0.count > $1.count }
        /// Written token sequences that name a firm, each by a sample occurrence in the text.
        var forms: [Form] = []
        forms.reserveCapacity(2 * candidates.count + 8)
        /// The filter bits (`TokenHash.filterBit`) of the forms' first keys: most words start none.
        var formStarts: UInt64 = 0

        func firmFor(gazetteer g: Int32) -> Int {
            if let f = result.firms.firstIndex(where: { $0.gazetteerIndex == g }) { return f }
            result.firms.append(ArticleFirm(gazetteerIndex: g))
            return result.firms.count - 1
        }
        func register(_ span: Range<Int>, firm: Int, exact: Bool = false, alone: Bool = false) {
            guard !span.isEmpty else { return }
            for form in forms where form.firm == firm && form.count == span.count {
                var same = true
                for k in 0..<span.count where tokens[form.sample + k].key != tokens[span.lowerBound + k].key { same = false; break }
                if same { return }
            }
            forms.append(Form(sample: span.lowerBound, count: span.count, firstKey: tokens[span.lowerBound].key, firm: firm, exact: exact, alone: alone))
            formStarts |= TokenHash.filterBit(tokens[span.lowerBound].key)
        }

        // Discovered names (longest first per start), attached to a listed firm they extend, or new.
        var spanFirm: [(Range<Int>, Int)] = []
        spanFirm.reserveCapacity(candidates.count)
        for span in candidates {
            var listed: Int32?
            var severalListed = false
            var coreListed = true
            var coreFirst = -1
            var coreLast = -1
            var coreCount = 0
            var core = TokenHash.basis
            for k in span {
                let target = scan.match(at: k)?.target
                if case let .firm(g)? = target {
                    if let l = listed, l != g { severalListed = true }
                    listed = g
                }
                guard isCore(tokens[k], at: k, in: span) else { continue }
                if coreFirst < 0 { coreFirst = k }
                coreLast = k
                coreCount += 1
                core = (core ^ tokens[k].key) &* TokenHash.prime
                if case .firm? = target {} else if !tokens[k].classes.contains(.ignorableInName) { coreListed = false }
            }
            guard coreFirst >= 0 else { continue }
            if let g = listed, coreListed, !severalListed {
                let f = firmFor(gazetteer: g)
                register(span, firm: f)
                spanFirm.append((span, f))
                continue
            }
            let f: Int
            if let known = result.firms.firstIndex(where: { $0.gazetteerIndex == nil && $0.core == core }) { f = known } else {
                result.firms.append(ArticleFirm(gazetteerIndex: nil, core: core, coreCount: coreCount, coreText: scan.string(coreFirst, coreLast + 1)))
                f = result.firms.count - 1
            }
            register(span, firm: f)
            register(coreFirst..<(coreLast + 1), firm: f)
            spanFirm.append((span, f))
        }
        // Shorter forms of multi-word discovered names: the first distinctive word alone ("Kalashnikov" for "Kalashnikov Group").
        for f in result.firms.indices where result.firms[f].gazetteerIndex == nil && result.firms[f].coreCount >= 2 {
            if let (span, _) = spanFirm.first(where: { $0.1 == f }), let k = span.first(where: { isCore(tokens[$0], at: $0, in: span) }),
               tokens[k].isCapitalised, !tokens[k].flags.contains(.allCaps), tokens[k].end - tokens[k].start >= 4,
               !tokens[k].classes.contains(.firmHead), !tokens[k].classes.contains(.nameStop),
               !tokens[k].classes.contains(.governmentModifier), !tokens[k].classes.contains(.genericStart), scan.match(at: k) == nil {
                register(k..<(k + 1), firm: f, alone: true)
            }
        }

        // Walk the text: listed firms, discovered forms (longest), "(ABBR)" definitions.
        var i = 0
        let n = tokens.count
        let nameStarts = scan.nameStarts
        var nextStart = 0
        while i < n {
            // On to the next token a name can start at.
            while nextStart < nameStarts.count, Int(nameStarts[nextStart]) < i { nextStart += 1 }
            guard nextStart < nameStarts.count else { break }
            i = Int(nameStarts[nextStart])
            let t = tokens[i]
            var best: (end: Int, firm: Int)?
            // Most words start no form: then the scan of the forms is skipped whole.
            let formsToScan = formStarts & TokenHash.filterBit(t.key) != 0 ? forms.count : 0
            for c in forms.prefix(formsToScan) where c.firstKey == t.key && i + c.count <= n && (best == nil || i + c.count > best!.end) {
                var ok = true
                for k in 0..<c.count where tokens[i + k].key != tokens[c.sample + k].key || (c.exact && !scan.sameBytes(scan.bytes(of: i + k), scan.bytes(of: c.sample + k))) {
                    ok = false
                    break
                }
                // Alone, or before the name of one of its units ("the Kalashnikov Directorate for …").
                if ok, c.alone, i + 1 < n, scan.isRunWord(i + 1) || scan.isInnerHyphen(i + 1),
                   !scan.capitalisedRun(around: i + 1).contains(where: { tokens[$0].classes.contains(.nonFirmHead) }) { ok = false }
                if ok, c.alone, i > 0, scan.isRunWord(i - 1), scan.sentenceOf[i - 1] == scan.sentenceOf[i] { ok = false }
                if ok { best = (i + c.count, c.firm) }
            }
            if let m = scan.match(at: i), m.start == i, case let .firm(g) = m.target, best == nil || m.end >= best!.end,
               !ProductHomonyms.isProductUse(scan, m.start..<m.end, firm: g, extractor: extractor), !GovernmentNameOverlap.continuesIntoBody(scan, nameEnd: m.end) {
                best = (m.end, firmFor(gazetteer: g))
            }
            if best == nil, t.flags.contains(.allCaps), scan.match(at: i) == nil, let f = firmWithInitials(t, scan, result.firms) {
                // "BDS" for "Bridgebulwark Defence Systems", written earlier in the article.
                register(i..<(i + 1), firm: f, exact: true)
                best = (i + 1, f)
            }
            guard let best else {
                if let m = scan.match(at: i), m.start == i { i = m.end } else { i += 1 }
                continue
            }
            var end = best.end
            let f = best.firm
            // A legal form right after the name belongs to it ("Leonardo S.p.A.", "Bombardier Inc.").
            if end < n, tokens[end].isWord, tokens[end].classes.contains(.trailingSuffix), tokens[end].isCapitalised || tokens[end].flags.contains(.dotted) {
                end += 1
            }
            // The period of an abbreviated legal form is part of the name ("Moog Inc.").
            if tokens[end - 1].classes.contains(.abbreviatedSuffix), scan.mark(end, 46), tokens[end].start == tokens[end - 1].end { end += 1 }
            addMention(&result, scan, i..<end, firm: f, extractor: extractor)
            // "Turkish Aerospace Industries (TAI)": the abbreviation is an alias from here on.
            if scan.mark(end, 40), end + 2 < n, tokens[end + 1].flags.contains(.allCaps) || isAbbreviation(scan, end + 1) {
                var close = end + 2
                while close < min(n, end + 5), !scan.mark(close, 41) { close += 1 }
                let abbr = (end + 1)..<close
                let isCountry = scan.match(at: end + 1).map { m -> Bool in
                    switch m.target { case .country, .ambiguousCountry, .demonym, .nonEntity: return true; default: return false }
                } ?? false
                if scan.mark(close, 41), !isCountry, abbr.allSatisfy({ tokens[$0].isWord || scan.isInnerHyphen($0) }) {
                    register(abbr, firm: f, exact: true)
                    addMention(&result, scan, abbr, firm: f, extractor: extractor)
                    i = close + 1
                    continue
                }
            }
            i = end
        }
        mergeShortForms(&result, scan)
        mergeFormerNames(&result, scan)
        resolveShortAliases(&result, scan)
        // Drop firms that ended up never mentioned (a discovered span swallowed by a longer one).
        var used = [Bool](repeating: false, count: result.firms.count)
        for m in result.mentions { used[m.firm] = true }
        if used.contains(false) {
            var remap = [Int](repeating: -1, count: result.firms.count)
            var kept: [ArticleFirm] = []
            for f in result.firms.indices where used[f] {
                remap[f] = kept.count
                kept.append(result.firms[f])
            }
            result.firms = kept
            for k in result.mentions.indices { result.mentions[k].firm = remap[result.mentions[k].firm] }
        }
        return result
    }

    private static func addMention(_ result: inout ArticleFirms, _ scan: ArticleScan, _ span: Range<Int>, firm f: Int, extractor: Extractor) {
        let bytes = Int(scan.tokens[span.lowerBound].start)..<Int(scan.tokens[span.upperBound - 1].end)
        if !result.firms[f].forms.contains(where: { scan.sameBytes(bytes, as: $0.text) }) {
            let isAbbreviation = span.allSatisfy { scan.tokens[$0].flags.contains(.allCaps) || !scan.tokens[$0].isWord }
            result.firms[f].forms.append(WrittenForm(text: scan.string(span.lowerBound, span.upperBound), isAbbreviation: isAbbreviation))
            if result.firms[f].nameCountry == nil {
                result.firms[f].nameCountry = nationality(of: span, scan, listed: result.firms[f].gazetteerIndex, extractor: extractor)
                if result.firms[f].nameCountry != nil, result.firms[f].gazetteerIndex == nil {
                    result.firms[f].nameCountry2 = combinedNationality(of: span, scan, extractor: extractor)
                }
            }
            if result.firms[f].forms.count == 1, let comma = span.first(where: { scan.mark($0, 44) }), comma > span.lowerBound {
                result.firms[f].withoutCommaSuffix = scan.string(span.lowerBound, comma)
            }
            if result.firms[f].initialCount == 0 {
                var count = 0
                var initials: UInt64 = 0
                for k in span where scan.tokens[k].isWord && scan.tokens[k].isCapitalised && !scan.tokens[k].classes.contains(.trailingSuffix) {
                    if count < 8 { initials |= UInt64(scan.text[Int(scan.tokens[k].start)]) << (8 * count) }
                    count += 1
                }
                if count >= 2 {
                    result.firms[f].initialCount = count
                    result.firms[f].initials = initials
                }
            }
        }
        let id = Int32(result.mentions.count)
        result.mentions.append(FirmMention(start: span.lowerBound, end: span.upperBound, firm: f, sentence: Int(scan.sentenceOf[span.lowerBound])))
        for k in span { result.mentionAt[k] = id }
    }

    /// Merges a one-word firm found on its own cue into the longer firm it abbreviates or shortens:
    /// "STB" or "Storm" for "Storm Ballistics" when exactly one firm of the article fits.
    private static func mergeShortForms(_ result: inout ArticleFirms, _ scan: ArticleScan) {
        var firstSpan = [Range<Int>?](repeating: nil, count: result.firms.count)
        for m in result.mentions where firstSpan[m.firm] == nil { firstSpan[m.firm] = m.start..<m.end }
        for x in result.firms.indices where result.firms[x].gazetteerIndex == nil && result.firms[x].coreCount == 1 {
            guard let span = firstSpan[x], let k = span.first(where: { isCore(scan.tokens[$0], at: $0, in: span) }) else { continue }
            let short = scan.tokens[k]
            var target: Int?
            for y in result.firms.indices where y != x {
                guard let ySpan = firstSpan[y] else { continue }
                let words = ySpan.filter { scan.tokens[$0].isWord && scan.tokens[$0].isCapitalised && isCore(scan.tokens[$0], at: $0, in: ySpan) }
                guard words.count >= 2 else { continue }
                let fits = short.key == scan.tokens[words[0]].key || (short.flags.contains(.allCaps) && abbreviates(short, words, scan))
                if fits {
                    if target != nil { target = nil; break }
                    target = y
                }
            }
            guard let y = target else { continue }
            for i in result.mentions.indices where result.mentions[i].firm == x { result.mentions[i].firm = y }
            for form in result.firms[x].forms where !result.firms[y].forms.contains(where: { $0.text == form.text }) {
                result.firms[y].forms.append(form)
            }
        }
    }

    /// "MTU" (listed for MTU Aero Engines) in an article about "MTU Friedrichshafen": a listed firm written only as a one-word
    /// abbreviation that is the first word of another listed firm the article names is that firm. (Where the first firm's longer
    /// name is written too, the abbreviation stays its own.)
    private static func resolveShortAliases(_ result: inout ArticleFirms, _ scan: ArticleScan) {
        // First, in one pass and a 64-bit filter of first words of longer listed names: most articles have no such pair.
        var longFirst: UInt64 = 0, shortFirst: UInt64 = 0
        for m in result.mentions {
            if m.end - m.start == 1 {
                if scan.tokens[m.start].flags.contains(.allCaps) { shortFirst |= TokenHash.filterBit(scan.tokens[m.start].key) }
            } else {
                longFirst |= TokenHash.filterBit(scan.tokens[m.start].key)
            }
        }
        guard longFirst & shortFirst != 0 else { return }
        // Compared by the token keys of first mentions, not by strings.
        var first = [Int](repeating: -1, count: result.firms.count)
        var longest = [Int](repeating: 0, count: result.firms.count)
        for (i, m) in result.mentions.enumerated() {
            if first[m.firm] < 0 { first[m.firm] = i }
            longest[m.firm] = max(longest[m.firm], m.end - m.start)
        }
        for f in result.firms.indices where result.firms[f].gazetteerIndex != nil && longest[f] == 1 && first[f] >= 0 {
            let short = result.mentions[first[f]]
            guard scan.tokens[short.start].flags.contains(.allCaps) else { continue }
            let key = scan.tokens[short.start].key
            var target: Int?
            // (Only another listed firm: a name found from cues may be the listed firm's own longer name written differently.)
            for g in result.firms.indices where g != f && first[g] >= 0 && longest[g] >= 2 && result.firms[g].gazetteerIndex != nil
                && result.firms[g].gazetteerIndex != result.firms[f].gazetteerIndex {
                let m = result.mentions[first[g]]
                guard m.end - m.start >= 2, scan.tokens[m.start].key == key else { continue }
                if target != nil { target = nil; break }  // two candidates: leave it
                target = g
            }
            guard let g = target else { continue }
            for i in result.mentions.indices where result.mentions[i].firm == f { result.mentions[i].firm = g }
            for form in result.firms[f].forms where !result.firms[g].forms.contains(where: { $0.text == form.text }) {
                result.firms[g].forms.append(form)
            }
        }
    }

    static let formerlyKey = TokenHash.key("formerly")
    static let knownKey = TokenHash.key("known")

    /// "Reliance Naval and Engineering Ltd, formerly Pipavav Defence and Offshore Engineering", "Naval Group (formerly DCNS)": the
    /// former name after a firm is the same firm. Its words become one mention of that firm, and a firm found in them is merged into it.
    private static func mergeFormerNames(_ result: inout ArticleFirms, _ scan: ArticleScan) {
        let tokens = scan.tokens
        let formerlyKey = Self.formerlyKey  // read once, not once per mention
        var changed = false
        var i = 0
        while i < result.mentions.count {
            let m = result.mentions[i]
            i += 1
            var k = m.end
            // Most mentions are followed by neither "formerly" nor an abbreviation: one or two compares.
            if k + 2 < tokens.count, tokens[k + 1].key == formerlyKey {
            } else if scan.mark(k, 40), let a = result.mention(at: k + 1), a.firm == m.firm, scan.mark(a.end, 41), a.end + 3 < tokens.count,
                      tokens[a.end + 2].key == formerlyKey {
                k = a.end + 1
            } else { continue }
            guard scan.mark(k, 44) || scan.mark(k, 40) else { continue }
            var start = k + 2
            if tokens[start].key == knownKey, scan.word(start + 1, is: .as_) { start += 2 }
            guard start < tokens.count, scan.isRunWord(start), scan.sentenceOf[start] == scan.sentenceOf[m.start] else { continue }
            let run = scan.capitalisedRun(around: start, allowAnd: true)
            guard run.lowerBound == start, run.count <= 8, !run.contains(where: { k in
                switch scan.match(at: k)?.target { case .country?, .demonym?, .capital?, .nonEntity?: return true; default: return false }
            }) else { continue }
            // The firms found inside the former name become this one.
            let merged = Set(result.mentions.filter { $0.start >= run.lowerBound && $0.end <= run.upperBound && $0.firm != m.firm }.map(\.firm))
            result.mentions.removeAll { $0.start >= run.lowerBound && $0.end <= run.upperBound }
            // (Their forms are the firm's only where the text writes them elsewhere too.)
            var elsewhere = Set<Int>()
            for j in result.mentions.indices where merged.contains(result.mentions[j].firm) {
                elsewhere.insert(result.mentions[j].firm)
                result.mentions[j].firm = m.firm
            }
            for x in elsewhere {
                for form in result.firms[x].forms where !result.firms[m.firm].forms.contains(where: { $0.text == form.text }) {
                    result.firms[m.firm].forms.append(form)
                }
            }
            let form = scan.string(run.lowerBound, run.upperBound)
            if !result.firms[m.firm].forms.contains(where: { $0.text == form }) {
                let isAbbreviation = run.allSatisfy { tokens[$0].flags.contains(.allCaps) || !tokens[$0].isWord }
                result.firms[m.firm].forms.append(WrittenForm(text: form, isAbbreviation: isAbbreviation))
            }
            let at = result.mentions.firstIndex { $0.start > run.lowerBound } ?? result.mentions.count
            result.mentions.insert(FirmMention(start: run.lowerBound, end: run.upperBound, firm: m.firm, sentence: Int(scan.sentenceOf[run.lowerBound])), at: at)
            changed = true
            i = at + 1
        }
        guard changed else { return }
        for k in result.mentionAt.indices { result.mentionAt[k] = -1 }
        for (id, m) in result.mentions.enumerated() { for k in m.start..<m.end { result.mentionAt[k] = Int32(id) } }
    }

    /// Whether the all-capitals `short` abbreviates the words: it starts with the first word's initial,
    /// ends with the last word's, and its letters appear in order in the words (after Schwartz & Hearst,
    /// "A simple algorithm for identifying abbreviation definitions in biomedical text", PSB 2003).
    private static func abbreviates(_ short: Token, _ words: [Int], _ scan: ArticleScan) -> Bool {
        let letters = Array(scan.text[Int(short.start)..<Int(short.end)]).filter { $0 >= 65 && $0 <= 90 }
        guard letters.count >= 2, letters.count == Int(short.end - short.start) else { return false }
        func upper(_ b: UInt8) -> UInt8 { b >= 97 && b <= 122 ? b - 32 : b }
        let firstInitial = upper(scan.text[Int(scan.tokens[words[0]].start)])
        let lastInitial = upper(scan.text[Int(scan.tokens[words[words.count - 1]].start)])
        guard letters[0] == firstInitial, letters[letters.count - 1] == lastInitial else { return false }
        var li = 0
        for w in words {
            for p in Int(scan.tokens[w].start)..<Int(scan.tokens[w].end) where li < letters.count && upper(scan.text[p]) == letters[li] { li += 1 }
        }
        return li == letters.count
    }

    /// The country named inside this written form of the firm's name: a country word the gazetteer
    /// matched inside a discovered name, or a listed firm's form known to contain one.
    private static func nationality(of span: Range<Int>, _ scan: ArticleScan, listed: Int32?, extractor: Extractor) -> Int32? {
        if let g = listed {
            var k = span.lowerBound
            while k < span.upperBound, !(scan.tokens[k].isWord && !scan.tokens[k].classes.contains(.trailingSuffix)) || scan.match(at: k) == nil { k += 1 }
            guard let m = scan.match(at: k), case .firm = m.target else { return nil }
            return extractor.formNationality[Extractor.formKey(g, scan.tokens[m.start..<m.end].lazy.map(\.key))]
        }
        for k in span {
            guard let m = scan.match(at: k) else { continue }
            switch m.target {
            case let .demonym(c): return c
            case let .country(c), let .ambiguousCountry(c):
                let t = scan.tokens[m.start]
                if m.end - m.start > 1 || t.flags.contains(.allCaps) || extractor.countryNameWords[Int(c)].contains(t.key) { return c }
            default: continue
            }
        }
        return nil
    }

    /// "Indo-Russian Rifles": the country of a combining form glued by a hyphen to the first demonym of a discovered name.
    private static func combinedNationality(of span: Range<Int>, _ scan: ArticleScan, extractor: Extractor) -> Int32? {
        for k in span {
            guard let m = scan.match(at: k) else { continue }
            guard case let .demonym(d) = m.target else { return nil }
            guard k - 2 >= span.lowerBound, scan.isInnerHyphen(k - 1), let c = extractor.combiningForm(scan, at: k - 2), c != d else { return nil }
            return c
        }
        return nil
    }

    /// The one firm whose initials are the all-capitals token `t`.
    private static func firmWithInitials(_ t: Token, _ scan: ArticleScan, _ firms: [ArticleFirm]) -> Int? {
        let length = Int(t.end - t.start)
        guard t.flags.contains(.allCaps), !t.flags.contains(.dotted), length >= 2, length <= 5 else { return nil }
        var found: Int?
        for f in firms.indices where firms[f].initialCount == length {
            var same = true
            for k in 0..<length where UInt8(truncatingIfNeeded: firms[f].initials >> (8 * k)) != scan.text[Int(t.start) + k] { same = false; break }
            if same {
                if found != nil { return nil }
                found = f
            }
        }
        return found
    }

    /// "GA-ASI", "MKEK": an abbreviation-like token (capitals, possibly with a hyphenated part).
    private static func isAbbreviation(_ scan: ArticleScan, _ i: Int) -> Bool {
        scan.tokens[i].flags.contains(.allCaps) && scan.isInnerHyphen(i + 1)
    }

    /// Whether token `k` of `span` is part of the firm's identity: a word that is not a legal form.
    static func isCore(_ t: Token, at k: Int, in span: Range<Int>) -> Bool {
        t.isWord && !t.classes.contains(.trailingSuffix) && !(t.classes.contains(.leadingSuffix) && t.flags.contains(.allCaps) && k == span.lowerBound)
    }
}

/// A written form that names a firm, kept as a sample occurrence in the text.
private struct Form {
    var sample: Int
    var count: Int
    var firstKey: UInt64
    var firm: Int
    /// Compare case-sensitively (abbreviations defined in the text).
    var exact: Bool
    /// Only where it stands alone, not inside a longer capitalised name (a shorter form like "Kalashnikov").
    var alone: Bool
}
