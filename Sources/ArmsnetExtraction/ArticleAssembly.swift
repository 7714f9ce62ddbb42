import ArmsnetCorpus

/// Turns the mentions and cues of one article into its `ArticleExtraction`: countries and firms in
/// order of first mention, each firm's stated home, and the typed pairs with their evidence sentences.
enum ArticleAssembly {
    static func assemble(article: Article, scan: ArticleScan, extractor: Extractor, countries: [CountryMention],
                         firms: inout ArticleFirms, homes: [HomeCue], engagements: [EngagementCue]) -> ArticleExtraction {
        let g = extractor.gazetteer
        // Countries: every mention, plus the nationality inside a firm's name, at its first mention.
        var firstSeen: [(token: Int, iso: String)] = countries.map { ($0.start, g.countries[Int($0.country)].iso3) }
        var firstMention = [Int](repeating: Int.max, count: firms.firms.count)
        var firstSentence = [Int](repeating: 0, count: firms.firms.count)
        for m in firms.mentions where m.start < firstMention[m.firm] {
            firstMention[m.firm] = m.start
            firstSentence[m.firm] = m.sentence
        }
        for (f, firm) in firms.firms.enumerated() {
            if let c = firm.nameCountry { firstSeen.append((firstMention[f], g.countries[Int(c)].iso3)) }
        }
        firstSeen.sort { $0.token < $1.token }
        var isoList: [String] = []
        for (_, iso) in firstSeen where !isoList.contains(iso) { isoList.append(iso) }

        // Homes: the nationality in the firm's own name outranks a list's or the article's nationality.
        var homeSentences: [[Int32: [Int]]] = Array(repeating: [:], count: firms.firms.count)
        for cue in homes where !(cue.fromGroup && firms.firms[cue.firm].nameCountry != nil) {
            homeSentences[cue.firm][cue.country, default: []].append(cue.sentence)
        }
        for (f, firm) in firms.firms.enumerated() {
            if let c = firm.nameCountry { homeSentences[f][c, default: []].append(firstSentence[f]) }
        }
        var engagementSentences: [[Int32: [Int]]] = Array(repeating: [:], count: firms.firms.count)
        for cue in engagements { engagementSentences[cue.firm][cue.country, default: []].append(cue.sentence) }

        let order = firms.firms.indices.sorted { firstMention[$0] < firstMention[$1] }
        var outFirms: [ExtractedFirm] = []
        var names = [String](repeating: "", count: firms.firms.count)
        for f in order {
            let firm = firms.firms[f]
            let nameIndex = firm.formIsAbbreviation.firstIndex(of: false) ?? 0
            let name = firm.forms[nameIndex]
            var aliases = firm.forms.enumerated().filter { $0.offset != nameIndex }.map(\.element)
            if let short = firm.withoutCommaSuffix, !aliases.contains(short), short != name { aliases.append(short) }
            names[f] = name
            let homesOfFirm = homeSentences[f].keys.sorted()
            let listed = firm.gazetteerIndex.map { g.firms[Int($0)] }
            outFirms.append(ExtractedFirm(
                name: name, aliases: aliases,
                country: homesOfFirm.count == 1 ? g.countries[Int(homesOfFirm[0])].iso3 : nil,
                canonical: listed?.name ?? firm.coreText,
                listedHome: listed?.country))
        }

        var pairs: [ExtractedPair] = []
        var sentenceTexts: [Int: String] = [:]
        for (relation, table) in [(Relation.home, homeSentences), (Relation.engagement, engagementSentences)] {
            for f in order {
                let byCountry = table[f].sorted { isoList.firstIndex(of: g.countries[Int($0.key)].iso3) ?? 0 < isoList.firstIndex(of: g.countries[Int($1.key)].iso3) ?? 0 }
                for (c, sentences) in byCountry {
                    let iso = g.countries[Int(c)].iso3
                    if !isoList.contains(iso) { isoList.append(iso) }
                    let evidence = Array(Set(sentences)).sorted().map { s in
                        if let text = sentenceTexts[s] { return text }
                        let text = scan.sentenceText(s)
                        sentenceTexts[s] = text
                        return text
                    }
                    pairs.append(ExtractedPair(country: iso, firm: names[f], firmID: outFirms[order.firstIndex(of: f)!].canonical,
                                               relation: relation, evidence: evidence))
                }
            }
        }
        return ArticleExtraction(id: article.id, date: article.date, year: article.year, countries: isoList,
                                 firms: outFirms, pairs: pairs, source: article.source)
    }
}
