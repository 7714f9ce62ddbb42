/// Contracts of a government with its own country's industry: "The Russian Ministry of Defense signed 44 state contracts
/// with 27 Russian defense industry enterprises … Among the largest recipients, UAC received …", "Turkey's SSB signed four
/// contracts with domestic companies … with Aselsan, Roketsan, STM and FNSS". The firms that government then engages in
/// the article are among that group, so they take its country — unless the text gives them a home of their own, or the
/// group's sentence also names foreign or international firms. Runs after `EngagementLinks`, whose cues it reads.

/// A group of a state's own firms that its government signs with: "… signed 44 contracts with 27 Russian defense industry
/// enterprises", "SSB signed four contracts with domestic companies". `HomeLinks.find` notes them; `ownIndustryContractors`
/// uses them once the engagements are known.
struct OwnIndustryGroup {
    var country: Int32
    var sentence: Int
}

extension HomeLinks {
    static let foreignKeys = KeySet(["foreign", "international", "overseas", "western", "global"])

    /// Whether the group word at `i` (a nationality, "local", "domestic") is the object of "with", directly or after one
    /// number or lower-case word ("with 27 Russian …", "with some local …").
    static func objectOfWith(_ scan: ArticleScan, at i: Int) -> Bool {
        if scan.word(i - 1, is: .with) { return true }
        guard i >= 2, scan.word(i - 2, is: .with) else { return false }
        let t = scan.tokens[i - 1]
        return t.flags.contains(.number) || (t.isWord && !t.isCapitalised)
    }

    /// The group a plural firm noun phrase names in sentence `s` when the one state whose government acts there
    /// (`governmentActing`) is the group's nationality (`nil` for "local", "domestic") and the sentence speaks of no
    /// foreign or international firms.
    static func ownIndustryGroup(_ scan: ArticleScan, extractor: Extractor, countries: [CountryMention], sentence s: Int, nationality: Int32?) -> OwnIndustryGroup? {
        guard let state = governmentActing(scan, extractor: extractor, countries: countries, in: s), nationality == nil || nationality == state,
              !foreignNamed(scan, in: s) else { return nil }
        return OwnIndustryGroup(country: state, sentence: s)
    }

    /// Home cues for the firms a government engages, in or after the sentence of a group of its own country's firms,
    /// that have no home of their own; and for their subsidiaries (`inherited`). This is an inference, not a statement:
    /// a firm the gazetteer lists with another home ("… also ordered Apaches from Boeing") is taken for a foreign supplier
    /// the text does not place in the group, and gets nothing.
    /// - Complexity: O(engagements × (cues + groups)).
    static func ownIndustryContractors(_ scan: ArticleScan, extractor: Extractor, firms: ArticleFirms, groups: [OwnIndustryGroup], homes: [HomeCue],
                                       engagements: [EngagementCue]) -> [HomeCue] {
        var out: [HomeCue] = []
        for e in engagements where firms.firms[e.firm].nameCountry == nil && !homes.contains(where: { $0.firm == e.firm }) {
            if let listed = firms.firms[e.firm].gazetteerIndex, let home = extractor.gazetteer.firms[Int(listed)].country, home != extractor.iso[Int(e.country)] { continue }
            guard let g = groups.first(where: { $0.country == e.country && $0.sentence <= e.sentence }),
                  !out.contains(where: { $0.firm == e.firm && $0.sentence == e.sentence }) else { continue }
            if !out.contains(where: { $0.firm == e.firm }) {
                out.append(HomeCue(firm: e.firm, country: g.country, sentence: g.sentence, fromGroup: true, countryMention: -1))
            }
            if e.sentence != g.sentence { out.append(HomeCue(firm: e.firm, country: g.country, sentence: e.sentence, fromGroup: true, countryMention: -1)) }
        }
        guard !out.isEmpty else { return [] }
        return out + inherited(scan, firms: firms, cues: homes + out)
    }

    /// Whether sentence `s` speaks of foreign or international firms too ("with local and international companies"); not
    /// the capitalised word of a name ("International Military-Technical Forum").
    static func foreignNamed(_ scan: ArticleScan, in s: Int) -> Bool {
        let keys = foreignKeys
        for k in scan.sentences[s].tokenStart..<scan.sentences[s].tokenEnd where scan.tokens[k].isWord && !scan.tokens[k].isCapitalised && keys.contains(scan.tokens[k].key) { return true }
        return false
    }
}
