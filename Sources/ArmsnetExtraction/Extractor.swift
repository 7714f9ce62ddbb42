import ArmsnetCorpus

/// Turns an article into countries, firms and typed country–firm links with evidence.
///
/// Pure and thread-safe: all look-up structures are built once in `init` and only read afterwards,
/// so one `Extractor` can be shared by many threads.
///
/// Complexity: one tokenising pass over the UTF-8 bytes, then a few linear passes over the tokens;
/// look-ups are hashed token keys walked through a token trie (`NameIndex`).
public struct Extractor: Sendable {
    let gazetteer: Gazetteer
    let index: NameIndex
    /// For a listed firm's name or alias that contains a country's name or adjective ("Turkish Aerospace
    /// Industries" → TUR): `formKey(firm, token keys)` → country.
    let formNationality: [UInt64: Int32]
    /// Per non-entity: whether it is a government body (agency or ministry), which acts for its state.
    let isGovernmentBody: [Bool]
    /// Per non-entity: the country of a government body that names its country in the gazetteer ("Armscor" → ZAF), or -1.
    let governmentBodyCountry: [Int32]
    /// Per country: its ISO3 code.
    let iso: [String]
    /// Per country: the token keys of the words of its English name and multi-word aliases, for nationality inside discovered names.
    let countryNameWords: [[UInt64]]
    /// Per country: whether its name is also a given name ("Jordan", "Chad").
    let givenName: [Bool]

    public init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
        var index = NameIndex()
        var given: [Bool] = []
        // Nationality inside a firm's English name: names, demonyms and English multi-word or abbreviated
        // aliases, not one-word endonyms ("Bharat Electronics", "Polska Grupa Zbrojeniowa").
        var nationalities = NameIndex()
        var nameWords: [[UInt64]] = []
        for (i, c) in gazetteer.countries.enumerated() {
            let id = Int32(i)
            // Words of the English name and multi-word aliases: a one-word alias counts inside a firm name
            // only if it is one of them ("Korea" of "South Korea", "Emirates"; not "Bharat", "Polska").
            let words = ([c.name] + c.aliases.filter { $0.contains(" ") }).flatMap { $0.split(separator: " ").map { TokenHash.key(String($0)) } }
            nameWords.append(words)
            nationalities.insert(c.name, .country(id))
            for a in c.aliases + (c.ambiguousAliases ?? []) where Self.isEnglishStyleAlias(a) || words.contains(TokenHash.key(a)) {
                nationalities.insert(a, .country(id))
            }
            for d in c.demonyms { nationalities.insert(d, .demonym(id)) }
            index.insert(c.name, .country(id))
            for a in c.aliases { index.insert(a, .country(id)) }
            for a in c.ambiguousAliases ?? [] { index.insert(a, .ambiguousCountry(id)) }
            for d in c.demonyms { index.insert(d, .demonym(id)) }
            for cap in c.capitals { index.insert(cap, .capital(id)) }
            given.append(c.givenName ?? false)
        }
        for (i, e) in gazetteer.nonEntities.enumerated() {
            let id = Int32(i)
            index.insert(e.name, .nonEntity(id))
            for a in e.aliases { index.insert(a, .nonEntity(id)) }
        }
        var formNationality: [UInt64: Int32] = [:]
        for (i, f) in gazetteer.firms.enumerated() {
            let id = Int32(i)
            for form in [f.name] + f.aliases {
                index.insert(form, .firm(id))
                let (keys, country) = Self.nationality(inName: form, countries: nationalities)
                if let country { formNationality[Self.formKey(id, keys)] = country }
            }
        }
        self.index = index
        self.iso = gazetteer.countries.map(\.iso3)
        self.isGovernmentBody = gazetteer.nonEntities.map { $0.kind == "agency" || $0.kind == "ministry" }
        let isoIndex = Dictionary(gazetteer.countries.enumerated().map { ($1.iso3, Int32($0)) }, uniquingKeysWith: { a, _ in a })
        self.governmentBodyCountry = gazetteer.nonEntities.map { e in
            guard e.kind == "agency" || e.kind == "ministry", let c = e.country, let id = isoIndex[c] else { return -1 }
            return id
        }
        self.countryNameWords = nameWords
        self.formNationality = formNationality
        self.givenName = given
    }

    /// The token keys of a firm name and the country named inside it ("Korea Aerospace Industries", "Elbit Systems of America").
    static func nationality(inName name: String, countries: NameIndex) -> (keys: [UInt64], country: Int32?) {
        let bytes = Array(name.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            let tokens = Tokenizer.tokenize(buffer)
            var i = 0
            while i < tokens.count {
                if tokens[i].isCapitalised || tokens[i].flags.contains(.allCaps), let m = countries.longestMatch(tokens, in: buffer, at: i, limit: tokens.count) {
                    switch m.target {
                    case let .country(c), let .demonym(c), let .ambiguousCountry(c): return (tokens.map(\.key), c)
                    default: break
                    }
                    i = m.end
                } else {
                    i += 1
                }
            }
            return (tokens.map(\.key), nil)
        }
    }

    /// The country of a combining form before a hyphen and a demonym ("Franco-Italian", "Indo-Russian", "Austro-Hungarian"):
    /// a capitalised word ending in "o" whose stem (at least four letters, or three plus "ia") begins exactly one shortest
    /// country name or demonym. Not "Indo-Pacific" (no demonym follows), not "Sino" (no such stem).
    func combiningForm(_ scan: ArticleScan, at i: Int) -> Int32? {
        let t = scan.tokens[i]
        guard t.isWord, t.isCapitalised, scan.match(at: i) == nil else { return nil }
        let word = scan.string(i, i + 1)
        guard word.count >= 4, word.hasSuffix("o") else { return nil }
        let stem = String(word.dropLast())
        var best: (Int32, Int)?
        for (c, entry) in gazetteer.countries.enumerated() where entry.status == "member" {
            for form in [entry.name] + entry.demonyms where form.hasPrefix(stem) && !form.contains(" ") {
                guard stem.count >= 4 || form == stem + "ia" else { continue }
                if best == nil || form.count < best!.1 { best = (Int32(c), form.count) }
            }
        }
        return best?.0
    }

    /// A multi-word or all-capitals alias ("Republic of Korea", "UAE"), not a one-word endonym ("Bharat", "Polska").
    static func isEnglishStyleAlias(_ alias: String) -> Bool {
        alias.contains(" ") || (alias.count <= 5 && alias.allSatisfy { $0.isUppercase || $0 == "." })
    }

    /// Key of a listed firm's written form: the firm and the form's token keys.
    static func formKey<S: Sequence>(_ firm: Int32, _ keys: S) -> UInt64 where S.Element == UInt64 {
        var h = TokenHash.add(TokenHash.basis, UInt8(truncatingIfNeeded: firm)) ^ UInt64(UInt32(bitPattern: firm)) << 32
        for k in keys { h = (h ^ k) &* TokenHash.prime }
        return h
    }

    /// Everything the article states: see the gold README for the rules.
    public func extract(_ article: Article) -> ArticleExtraction {
        var text = article.text
        if let result = text.utf8.withContiguousStorageIfAvailable({ extract(article, bytes: $0) }) { return result }
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable { extract(article, bytes: $0) }!
    }

    private func extract(_ article: Article, bytes: UnsafeBufferPointer<UInt8>) -> ArticleExtraction {
        var scan = ArticleScan(text: bytes)
        matchNames(&scan)
        let countries = CountryMentions.find(scan, extractor: self)
        let firms = FirmMentions.find(&scan, extractor: self, countries: countries)
        var ownIndustry: [OwnIndustryGroup] = []
        var homes = HomeLinks.find(scan, extractor: self, countries: countries, firms: firms, ownIndustry: &ownIndustry)
        let engagements = EngagementLinks.find(scan, extractor: self, countries: countries, firms: firms, homes: homes)
        if !ownIndustry.isEmpty { homes += HomeLinks.ownIndustryContractors(scan, extractor: self, firms: firms, groups: ownIndustry, homes: homes, engagements: engagements) }
        return ArticleAssembly.assemble(article: article, scan: scan, extractor: self, countries: countries, firms: firms, homes: homes, engagements: engagements)
    }

    /// Longest gazetteer matches, starting only where a name can (`ArticleScan.nameStarts`).
    func matchNames(_ scan: inout ArticleScan) {
        let tokens = scan.tokens
        var next = 0
        for start in scan.nameStarts where start >= next {
            let i = Int(start)
            let limit = scan.sentences[Int(scan.sentenceOf[i])].tokenEnd
            if let m = index.longestMatch(tokens, in: scan.text, at: i, limit: limit) {
                let id = Int32(scan.matches.count)
                scan.matches.append(NameMatch(start: i, end: m.end, target: m.target))
                for k in i..<m.end { scan.matchAt[k] = id }
                next = m.end
            }
        }
    }
}
