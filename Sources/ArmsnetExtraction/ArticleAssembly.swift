import ArmsnetCorpus

/// Turns the mentions and cues of one article into its `ArticleExtraction`: countries and firms in
/// order of first mention, each firm's stated home, and the typed pairs with their evidence sentences.
enum ArticleAssembly {
    /// One statement of a link, before grouping: relation, firm, country, sentence.
    private struct Link: Comparable {
        var relation: Int  // 0 home, 1 engagement
        var firmRank: Int
        var countryRank: Int
        var country: Int32
        var firm: Int
        var sentence: Int

        static func < (a: Link, b: Link) -> Bool {
            (a.relation, a.firmRank, a.countryRank, a.sentence) < (b.relation, b.firmRank, b.countryRank, b.sentence)
        }
    }

    static func assemble(article: Article, scan: ArticleScan, extractor: Extractor, countries: [CountryMention],
                         firms: ArticleFirms, homes: [HomeCue], engagements: [EngagementCue]) -> ArticleExtraction {
        // First mention of each firm; the nationality inside a firm's name counts as a country mention there.
        var firstMention = [Int](repeating: Int.max, count: firms.firms.count)
        var firstSentence = [Int](repeating: 0, count: firms.firms.count)
        for m in firms.mentions where m.start < firstMention[m.firm] {
            firstMention[m.firm] = m.start
            firstSentence[m.firm] = m.sentence
        }
        // A country word inside a firm's name counts only as that firm's nationality ("Bharat Forge" names no country).
        var seen: [(token: Int, country: Int32)] = []
        seen.reserveCapacity(countries.count + 2 * firms.firms.count)
        for c in countries where firms.mention(at: c.start) == nil { seen.append((c.start, c.country)) }
        for (f, firm) in firms.firms.enumerated() {
            if let c = firm.nameCountry { seen.append((firstMention[f], c)) }
            if let c = firm.nameCountry2 { seen.append((firstMention[f], c)) }
        }
        seen.sort { $0.token < $1.token }
        var countryOrder: [Int32] = []
        countryOrder.reserveCapacity(seen.count)
        for (_, c) in seen where !countryOrder.contains(c) { countryOrder.append(c) }
        func countryRank(_ c: Int32) -> Int { countryOrder.firstIndex(of: c) ?? countryOrder.count }

        let order = firms.firms.indices.sorted { firstMention[$0] < firstMention[$1] }
        var firmRank = [Int](repeating: 0, count: firms.firms.count)
        for (rank, f) in order.enumerated() { firmRank[f] = rank }

        // Homes: the nationality in the firm's own name outranks a list's or the article's nationality.
        var links: [Link] = []
        links.reserveCapacity(homes.count + 2 * firms.firms.count + engagements.count)
        // A home stated for the firm itself ("the French manufacturer Arquus") also outranks its parent's or its list's.
        var statedHome = [Bool](repeating: false, count: firms.firms.count)
        for cue in homes where !cue.fromGroup { statedHome[cue.firm] = true }
        for cue in homes where !(cue.fromGroup && (firms.firms[cue.firm].nameCountry != nil || statedHome[cue.firm])) {
            links.append(Link(relation: 0, firmRank: firmRank[cue.firm], countryRank: countryRank(cue.country), country: cue.country, firm: cue.firm, sentence: cue.sentence))
        }
        func nameHome(_ c: Int32, firm f: Int) -> Link {
            Link(relation: 0, firmRank: firmRank[f], countryRank: countryRank(c), country: c, firm: f, sentence: firstSentence[f])
        }
        // (A second name country is only ever set with a first.)
        for (f, firm) in firms.firms.enumerated() {
            guard let c = firm.nameCountry else { continue }
            links.append(nameHome(c, firm: f))
            if let c2 = firm.nameCountry2 { links.append(nameHome(c2, firm: f)) }
        }
        for cue in engagements {
            links.append(Link(relation: 1, firmRank: firmRank[cue.firm], countryRank: countryRank(cue.country), country: cue.country, firm: cue.firm, sentence: cue.sentence))
        }
        links.sort()

        let g = extractor.gazetteer
        // Per firm: the one country its home links name, `noHome` or `severalHomes`.
        let noHome: Int32 = -1, severalHomes: Int32 = -2
        var home = [Int32](repeating: noHome, count: firms.firms.count)
        for l in links where l.relation == 0 && home[l.firm] != l.country { home[l.firm] = home[l.firm] == noHome ? l.country : severalHomes }

        var outFirms: [ExtractedFirm] = []
        outFirms.reserveCapacity(order.count)
        for f in order {
            let firm = firms.firms[f]
            let nameIndex = firm.forms.firstIndex { !$0.isAbbreviation } ?? 0
            let name = firm.forms[nameIndex].text
            var aliases: [String] = []
            for (k, form) in firm.forms.enumerated() where k != nameIndex { aliases.append(form.text) }
            if let short = firm.withoutCommaSuffix, !aliases.contains(short), short != name { aliases.append(short) }
            let listed = firm.gazetteerIndex.map { Int($0) }  // an index: copying the entry retained all its fields
            outFirms.append(ExtractedFirm(
                name: name, aliases: aliases,
                country: home[f] >= 0 ? extractor.iso[Int(home[f])] : nil,
                canonical: listed.map { g.firms[$0].name } ?? firm.coreText, listedHome: listed.flatMap { g.firms[$0].country }))
        }

        var pairs: [ExtractedPair] = []
        pairs.reserveCapacity(links.count)
        var sentenceTexts = [String?](repeating: nil, count: scan.sentences.count)
        var k = 0
        while k < links.count {
            let l = links[k]
            var evidence: [String] = []
            var lastSentence = -1
            while k < links.count, links[k].relation == l.relation, links[k].firm == l.firm, links[k].country == l.country {
                let s = links[k].sentence
                if s != lastSentence {
                    if let text = sentenceTexts[s] { evidence.append(text) } else {
                        let text = scan.sentenceText(s)
                        sentenceTexts[s] = text
                        evidence.append(text)
                    }
                    lastSentence = s
                }
                k += 1
            }
            // `outFirms` is in first-mention order: a firm's rank is its place there.
            let rank = firmRank[l.firm]
            pairs.append(ExtractedPair(country: extractor.iso[Int(l.country)], firm: outFirms[rank].name, firmID: outFirms[rank].canonical,
                                       relation: l.relation == 0 ? .home : .engagement, evidence: evidence))
        }
        return ArticleExtraction(id: article.id, date: article.date, year: article.year, countries: countryOrder.map { extractor.iso[Int($0)] },
                                 firms: outFirms, pairs: pairs, source: article.source, url: article.url)
    }
}
