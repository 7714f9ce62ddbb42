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
    /// Countries only: finds the nationality inside a firm's name.
    let countryIndex: NameIndex
    /// Per gazetteer firm: the country whose name or adjective is part of the firm's own name
    /// ("Turkish Aerospace Industries" → TUR), if any.
    let firmNameCountry: [Int32?]
    /// Per country: whether its name is also a given name ("Jordan", "Chad").
    let givenName: [Bool]

    public init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
        var index = NameIndex()
        var given: [Bool] = []
        for (i, c) in gazetteer.countries.enumerated() {
            let id = Int32(i)
            index.insert(c.name, .country(id))
            for a in c.aliases { index.insert(a, .country(id)) }
            for a in c.ambiguousAliases ?? [] { index.insert(a, .ambiguousCountry(id)) }
            for d in c.demonyms { index.insert(d, .demonym(id)) }
            for cap in c.capitals { index.insert(cap, .capital(id)) }
            given.append(c.givenName ?? false)
        }
        let countryOnly = index
        for (i, e) in gazetteer.nonEntities.enumerated() {
            let id = Int32(i)
            index.insert(e.name, .nonEntity(id))
            for a in e.aliases { index.insert(a, .nonEntity(id)) }
        }
        var nameCountry: [Int32?] = []
        for (i, f) in gazetteer.firms.enumerated() {
            let id = Int32(i)
            index.insert(f.name, .firm(id))
            for a in f.aliases { index.insert(a, .firm(id)) }
            nameCountry.append(Self.nationality(inName: f.name, countries: countryOnly))
        }
        self.index = index
        self.countryIndex = countryOnly
        self.firmNameCountry = nameCountry
        self.givenName = given
    }

    /// The country named inside an English firm name ("Korea Aerospace Industries", "Elbit Systems of America").
    static func nationality(inName name: String, countries: NameIndex) -> Int32? {
        let bytes = Array(name.utf8)
        return bytes.withUnsafeBufferPointer { buffer -> Int32? in
            let tokens = Tokenizer.tokenize(buffer)
            var i = 0
            while i < tokens.count {
                if tokens[i].isCapitalised || tokens[i].flags.contains(.allCaps), let m = countries.longestMatch(tokens, at: i, limit: tokens.count) {
                    switch m.target {
                    case let .country(c), let .demonym(c), let .ambiguousCountry(c): return c
                    default: break
                    }
                    i = m.end
                } else {
                    i += 1
                }
            }
            return nil
        }
    }

    /// The country named inside a firm's name as the text writes it ("Turkish Aerospace Industries" → TUR).
    func nationality(inWrittenName form: String) -> Int32? { Self.nationality(inName: form, countries: countryIndex) }

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
        var firms = FirmMentions.find(&scan, extractor: self, countries: countries)
        let homes = HomeLinks.find(scan, countries: countries, firms: firms)
        let engagements = EngagementLinks.find(scan, countries: countries, firms: firms, homes: homes)
        return ArticleAssembly.assemble(article: article, scan: scan, extractor: self, countries: countries, firms: &firms, homes: homes, engagements: engagements)
    }

    /// Longest gazetteer matches, starting only at capitalised tokens.
    func matchNames(_ scan: inout ArticleScan) {
        let tokens = scan.tokens
        var i = 0
        let n = tokens.count
        while i < n {
            let t = tokens[i]
            guard t.isWord, t.isCapitalised || t.flags.contains(.allCaps) || t.flags.contains(.number) else { i += 1; continue }
            let limit = scan.sentences[Int(scan.sentenceOf[i])].tokenEnd
            if let m = index.longestMatch(tokens, at: i, limit: limit) {
                let id = Int32(scan.matches.count)
                scan.matches.append(NameMatch(start: i, end: m.end, target: m.target))
                for k in i..<m.end { scan.matchAt[k] = id }
                i = m.end
            } else {
                i += 1
            }
        }
    }
}
