/// Abbreviations the text defines for a state's government body: "The Royal Moroccan Armed Forces (FAR) ordered 13
/// TB2s … the FAR had also agreed to buy", "the Estonian Centre for Defence Investment (ECDI)". A later use of the
/// abbreviation stands for that state, like a listed agency.
struct GovernmentAbbreviations {
    /// (abbreviation key, country), in order of definition; an article defines few.
    private var defined: [(UInt64, Int32)] = []

    var isEmpty: Bool { defined.isEmpty }

    /// Records "(ABBR)" right after the capitalised government title that follows a nationality or a possessive country
    /// ("Moroccan Armed Forces (FAR)", "Estonia's Centre for Defence Investment (ECDI)").
    mutating func note(_ scan: ArticleScan, _ c: CountryMention) {
        guard c.form == .demonym || c.possessive else { return }
        let j = c.possessive ? c.end + 1 : c.end
        guard j < scan.tokens.count, scan.isRunWord(j), scan.match(at: j) == nil else { return }
        let title = scan.capitalisedRun(around: j)
        guard title.contains(where: { scan.tokens[$0].classes.contains(.governmentNoun) }) else { return }
        let open = title.upperBound
        guard scan.mark(open, 40), open + 2 < scan.tokens.count, scan.mark(open + 2, 41) else { return }
        let abbr = scan.tokens[open + 1]
        guard abbr.isWord, abbr.flags.contains(.allCaps), scan.match(at: open + 1) == nil, !defined.contains(where: { $0.0 == abbr.key }) else { return }
        defined.append((abbr.key, c.country))
    }

    /// The states whose defined abbreviations appear in `range` (not the definitions themselves, nor inside a firm's name).
    func states(in range: Range<Int>, _ scan: ArticleScan, firms: ArticleFirms, into actors: inout [Int32]) {
        for k in range where scan.tokens[k].flags.contains(.allCaps) && !scan.mark(k - 1, 40) && firms.mention(at: k) == nil {
            guard let (_, c) = defined.first(where: { $0.0 == scan.tokens[k].key }), !actors.contains(c) else { continue }
            actors.append(c)
        }
    }
}
