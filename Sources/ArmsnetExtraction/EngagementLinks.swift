/// An engagement of a country's government with a firm, stated in one sentence.
struct EngagementCue {
    var firm: Int
    var country: Int32
    var sentence: Int
}

/// Finds engagements: in a sentence with a deal, meeting or interest word (not denied, not only a planned
/// delivery), every country acting as a state (its government, ministry, military, delegation or officials,
/// a listed agency, a state's tender, or the country named as a party) is engaged with every firm named in
/// the same clause — except firms named only as examples, parents named in a description, firms dealing
/// with firms (partners, subcontractors, firms picked by firms), a firm's home country stated in passing,
/// states that own a place or only report, countries that are places ("in Mali"), deals that officials only
/// witness, a firm speaker's intentions, states that sell or approve another state's purchase and country names used as
/// adjectives (`StateRoles`). Follow-ups borrow from earlier sentences: "the company" is the
/// last firm named, a named product (or "the drone") stands for the firm the text says makes it, "the
/// ministry", "the deal" and "During the visit, a meeting was held with X" have the last acting country.
enum EngagementLinks {
    static func find(_ scan: ArticleScan, extractor: Extractor, countries: [CountryMention], firms: ArticleFirms, homes: [HomeCue]) -> [EngagementCue] {
        var cues: [EngagementCue] = []
        var isHomeCue = [Bool](repeating: false, count: countries.count)
        for h in homes where h.countryMention >= 0 { isHomeCue[h.countryMention] = true }
        var nextCountry = 0
        var nextFirm = 0
        var lastActors: [Int32] = []
        var nounOwners = GovernmentNounOwners()
        var abbreviations = GovernmentAbbreviations()
        var lastActorSentence = -2
        /// Whether the last acting state opened its sentence (its subject): "Doha has ordered … It also added …".
        var lastActorOpened = false
        /// The last sentence with states but no deal word: a chain of follow-ups does not pass it.
        var lastQuietStates = -2
        var lastFirmSentence = -2
        var lastFirm: Int?
        var actors: [Int32] = []
        var engaged: [Int] = []
        var parents: [Int] = []
        var sources: [Int32] = []
        /// Token positions of `actors`, `sources` and the mentioned firms of `engaged` (firms brought back from
        /// earlier sentences come after them and have none).
        var actorAt: [Int] = []
        var sourceAt: [Int] = []
        var engagedAt: [Int] = []
        /// The last sentence whose firms were engaged by a state named before it ("the deal", "the ministry", "X received orders"):
        /// the acting state's context goes on through it.
        var lastCarried = -2
        /// The last sentence that named the last acting states again (without a deal word).
        var lastActorNamed = -10
        /// The states named there (some of the last acting ones).
        var lastNamedActors: [Int32] = []
        /// Per sentence already read: the first state acting in it with a deal word, or -1 (the owner of a competition the
        /// sentence names, for a later sentence's bidders).
        /// (-2: states named but no deal word; -1: no state.)
        var firstActorOf = [Int32](repeating: -1, count: scan.sentences.count)
        let products = ProductLinks.find(scan, firms: firms)
        for s in scan.sentences.indices {
            let range = scan.sentences[s].tokenStart..<scan.sentences[s].tokenEnd
            // Countries and firm mentions are in text order: take this sentence's.
            actors.clear()
            actorAt.clear()
            let firstCountry = nextCountry
            while nextCountry < countries.count, countries[nextCountry].sentence == s {
                let c = countries[nextCountry]
                abbreviations.note(scan, c)
                // "which Pakistan co-produces with China": a state after "with" right after another state's act is
                // that state's partner, not a party to the firm's deal.
                let previous = nextCountry > 0 && countries[nextCountry - 1].sentence == s ? countries[nextCountry - 1] : nil
                let statePartner = (c.form == .name || c.form == .capital) && !c.possessive && scan.word(c.start - 1, is: .with) && previous.map { p in
                    actors.contains(p.country) && c.start - p.end <= 5 && !firms.mentions.contains(where: { $0.start > p.start && $0.start < c.start })
                } == true
                // "With Lithuania planning to acquire artillery, KMW demonstrated …": a circumstance opening the sentence.
                let circumstance = c.start - 1 == range.lowerBound && scan.word(c.start - 1, is: .with) && c.end < range.upperBound
                    && scan.tokens[c.end].isWord && scan.string(c.end, c.end + 1).hasSuffix("ing")
                if !isHomeCue[nextCountry], !statePartner, !circumstance, !actors.contains(c.country), isActor(scan, c, firms: firms, extractor: extractor),
                   !isSeller(scan, c, range: range), !isAdjectivalName(scan, c, firms: firms), !isApprover(scan, phraseEnd: c.end, range: range),
                   !isAdversaryOrDenied(scan, c, range: range), !promotes(scan, phraseEnd: c.end, range: range) {
                    if isReportingSource(scan, c, range: range) { sources.append(c.country); sourceAt.append(c.start) } else { actors.append(c.country); actorAt.append(c.start) }
                    nounOwners.note(scan, c)
                }
                nextCountry += 1
            }
            // "X won a deal to supply Y to Australia, Seoul's presidential office said": the state that only reports is no party.
            if actors.isEmpty { swap(&actors, &sources); swap(&actorAt, &sourceAt) }
            // "the FAR had also agreed to buy": an abbreviation defined for a state's body.
            if actors.isEmpty, !abbreviations.isEmpty { abbreviations.states(in: range, scan, firms: firms, into: &actors) }
            sources.clear()
            sourceAt.clear()
            let firstMention = nextFirm
            while nextFirm < firms.mentions.count, firms.mentions[nextFirm].sentence == s { nextFirm += 1 }
            let mentions = firms.mentions[firstMention..<nextFirm]
            // Only a sentence with a deal, meeting or interest word names an acting state for the next ones:
            // not a list of exhibitors' countries.
            defer {
                if !actors.isEmpty { firstActorOf[s] = -2 }
                if !actors.isEmpty, range.contains(where: { scan.tokens[$0].classes.contains(.engagementTrigger) }) {
                    lastActors = actors
                    lastActorSentence = s
                    lastActorOpened = actorAt.first.map { $0 <= range.lowerBound + 1 } ?? false
                    firstActorOf[s] = actors[0]
                }
                // (A state that acted last, named again without a deal word, keeps the context: "Buhari said at the Nigerian Air Force base".)
                else if !actors.isEmpty, !allAmong(actors, lastActors) { lastQuietStates = s }
                else if !actors.isEmpty { lastActorNamed = s; lastNamedActors = actors }
                if let m = mentions.last { lastFirm = m.firm; lastFirmSentence = s }
            }
            // Without a firm named here, only "the company" or a named product of a firm can bring one back: check that cheaply first.
            guard !mentions.isEmpty || (!products.isEmpty && !actors.isEmpty && products.mayBeNamed(in: range, scan, nouns: true)) || (lastFirm != nil && !actors.isEmpty && lastFirmSentence == s - 1)
                    || (lastFirm != nil && namesTheCompany(scan, range)) else { continue }
            let said = SentenceCues(scan, range)
            // "Thales will deliver radars to Egypt next year": a planned delivery whose receiver is no stated party.
            // (An analyst's comment may still report a state's done act: "analysts said the planes carried the FK-3, which Serbia agreed to buy".)
            // "The planes were built … by X": no deal word, but the maker of what a state just bought (see `makers`).
            let madeBy = actors.isEmpty && !mentions.isEmpty && max(lastActorSentence, lastActorNamed) >= s - 3 && lastActorSentence >= 0
                && madeByOpening(scan, range: range)
            guard said.trigger || madeBy, !said.witnessed, !said.analysis || stateActed(scan, range: range), said.nonDelivery || !said.planned || madeBy else { continue }
            // "X, head of Rostec, told reporters that Russia was ready to discuss sales": a firm's own statement of
            // intent, unless it reports a done act ("Delegations from Egypt have held talks with us").
            if said.strongAct == nil, said.reported, mentions.contains(where: { isFirmSpeaker(scan, $0, range: range) }) { continue }
            engaged.clear()
            engagedAt.clear()
            parents.clear()
            for (i, m) in zip(mentions.indices, mentions) where isParentInDescription(scan, m, range: range) {
                parents.append(m.firm)
                // "a joint venture of Rheinmetall and KNDS": the parents listed together.
                if i + 1 < mentions.endIndex, scan.word(m.end, is: .and), mentions[i + 1].start == m.end + 1 { parents.append(mentions[i + 1].firm) }
            }
            // "a joint venture of A and B with Russia's C and the Russian state arms exporter D": the description goes on
            // through firms joined by "and"/"with" and their descriptions, up to a punctuation mark or an act word.
            if !parents.isEmpty {
                var inDescription = false
                var last = -1
                for m in mentions {
                    // A parent (or its abbreviation in parentheses) opens or carries on the description.
                    if parents.contains(m.firm) && (!inDescription || continuesDescription(scan, from: last, to: m.start, joined: true)) {
                        inDescription = true; last = m.end; continue
                    }
                    guard inDescription else { continue }
                    if continuesDescription(scan, from: last, to: m.start) {
                        if !parents.contains(m.firm) { parents.append(m.firm) }
                        last = m.end
                    } else { inDescription = false }
                }
            }
            for m in mentions where !engaged.contains(m.firm) && !parents.contains(m.firm) {
                if let e = said.examples, m.start > e, !(said.strongAct.map { $0 < e } ?? false) { continue }
                // A firm-to-firm party stays one in its later mentions ("Saudi firm AEC (AEC)").
                if isFirmFirmDeal(scan, m, mentions: mentions, range: range) { parents.append(m.firm); continue }
                engaged.append(m.firm)
                engagedAt.append(m.start)
            }
            if mentions.isEmpty, let f = lastFirm, said.theCompany { engaged.append(f) }
            // "Kazakhstan and Armenia were among the buyers": the firm of the previous sentence's deals, which named no state.
            if mentions.isEmpty, let f = lastFirm, said.buyerReference, lastFirmSentence == s - 1, lastActorSentence != s - 1, !engaged.contains(f) {
                engaged.append(f)
            }
            // "The Bayraktar TB2 has already been bought by Ukraine", "Qatar signed with Leonardo for the NH90": the firm the text
            // says makes a product the sentence names (in a sentence naming firms, only where a state acts in it).
            if !products.isEmpty, mentions.isEmpty || (!actors.isEmpty && products.mayBeNamed(in: range, scan, nouns: false)) {
                addProductMakers(scan, range: range, firms: firms, products: products, mentions: mentions, parents: parents, engaged: &engaged, engagedAt: &engagedAt)
            }
            guard !engaged.isEmpty else { continue }
            // A listed agency of a state the article names ("Armscor", "DE&S") acts for it.
            if actors.isEmpty {
                for k in range {
                    if let m = scan.match(at: k), case let .nonEntity(e) = m.target, m.start == k {
                        let c = extractor.governmentBodyCountry[Int(e)]
                        if c >= 0, countries.contains(where: { $0.country == c }), !actors.contains(c), !isApprover(scan, phraseEnd: m.end, range: range) { actors.append(c) }
                    }
                }
            }
            // "Qatar ordered 24 Rafales. Dassault Aviation said the deal was its biggest.": the previous sentence's acting state.
            // "Finland chose the F-35. The government approved the purchase … The deal is worth …": sentences in between that
            // name no state but refer to the acting state's government or deal carry it on (checked only when needed).
            // A sentence in between with a deal noun and no acting state carries it on too ("… 14 contracts were concluded …").
            let receives = actors.isEmpty && anyReceivesDeal(scan, mentions, range: range)
            if said.dealReference || receives, lastActorSentence >= 0, lastActorSentence < s - 1, lastQuietStates < lastActorSentence {
                lastActorSentence = carriedOn(scan, from: lastActorSentence, to: s, firstActorOf: firstActorOf)
            }
            let followUp = said.dealReference && lastActorSentence == s - 1
            // "Doha has ordered vessels from Fincantieri. It also added 12 more Rafale fighters …": "It" opening a sentence with an
            // act word is the state that opened the sentence before.
            let pronoun = lastActorOpened && lastActorSentence == s - 1 && startsWithItActs(scan, range)
            // "The Russian MoD signed 44 contracts … Among the largest recipients, UAC received orders for …": a firm receiving a deal
            // with no state named receives it from the state acting just before.
            let recipient = receives && lastQuietStates < lastActorSentence && (lastActorSentence >= s - 1 || lastCarried == s - 1)
            // "Nigeria inducted 12 Super Tucanos … The planes were built … by American firm Sierra Nevada Corp.": the makers of what the
            // state acting just before bought.
            let makers = madeBy && lastQuietStates < lastActorSentence
            var parties = actors.isEmpty && ((said.meeting && (said.held || said.meetingWith)) || said.bareGovernment || followUp || pronoun || recipient || makers) ? lastActors : actors
            // "the navy" after "the Royal Thai Navy": the state named with that noun, even if another state acted since.
            if actors.isEmpty, said.bareGovernment, let owner = nounOwners.owner(of: said.bareGovernmentKey) { parties = [owner] }
            // "Norway chose the Type 26 … France had offered Naval Group's FDI": bidders in a competition with no state of its own
            // compete in the one a state named last ran.
            if parties.isEmpty, lastActorSentence >= s - 6, competes(scan, range), let owner = competitionOwner(scan, before: s, firstActorOf: firstActorOf) {
                parties = [owner]
            }
            // "Argentina's air force has had no fighters since 2015 … A planned purchase of FA-50s from KAI fell through, and an earlier
            // interest in the Gripen from Sweden's Saab …": a purchase or interest "from" a firm, no state named, is the state's that
            // acted or was named just before; only those firms.
            if parties.isEmpty, !lastActors.isEmpty, max(lastActorSentence, lastActorNamed) >= s - 2, lastQuietStates < lastActorSentence,
               keepPurchasedFrom(scan, range: range, firms: firms, engaged: &engaged, engagedAt: &engagedAt) {
                // (The states named again since they acted, if any: "Argentina's air force has had no fighters …".)
                parties = lastActorNamed > lastActorSentence ? lastNamedActors : lastActors
            }
            let borrowed = actors.isEmpty
            if borrowed, !parties.isEmpty { lastCarried = s }
            // "Since normalising relations with Israel, Morocco ordered … from Elbit": a state in an opening adverbial clause is no
            // party to the firms of a main clause that names its own.
            let openingEnd = actors.count > 1 ? openingClauseEnd(scan, range: range, actorAt: actorAt) : -1
            for (ci, c) in parties.enumerated() {
                for (fi, f) in engaged.enumerated() {
                    // "Poland will buy helicopters from Boeing, while Australia has asked Lockheed Martin …": one clause each.
                    if !borrowed, fi < engagedAt.count, ci < actorAt.count,
                       separated(scan, actor: actorAt[ci], firm: engagedAt[fi], actorAt: actorAt, openingEnd: openingEnd,
                                 countriesHere: countries[firstCountry..<nextCountry], range: range) {
                        continue
                    }
                    cues.append(EngagementCue(firm: f, country: c, sentence: s))
                }
            }
        }
        return cues
    }

    /// Nouns of a purchase or an interest whose firm follows "from": "a planned purchase of FA-50s from KAI".
    /// (Not "the deal … from X": a deal refers back to one reported, and follows the rules of `continuesActingState`.)
    static let purchaseFromKeys = KeySet(["purchase", "purchases", "order", "orders", "acquisition", "acquisitions", "procurement", "interest"])

    /// Keeps in `engaged` only the firms named after "from" (and a description or a possessive country) with a purchase or
    /// interest noun up to eight words before "from" in the same clause; whether any is left.
    @inline(never)
    static func keepPurchasedFrom(_ scan: ArticleScan, range: Range<Int>, firms: ArticleFirms, engaged: inout [Int], engagedAt: inout [Int]) -> Bool {
        guard engaged.count == engagedAt.count else { return false }
        var keep: [Int] = [], keepAt: [Int] = []
        for (f, at) in zip(engaged, engagedAt) {
            var k = at - 1
            if k > range.lowerBound, scan.tokens[k].flags.contains(.possessive) { k -= 2 }  // "from Sweden's Saab"
            var steps = 0
            while steps < 3, k > range.lowerBound, scan.tokens[k].isWord, !scan.tokens[k].isCapitalised, !scan.word(k, is: .from) { k -= 1; steps += 1 }
            guard scan.word(k, is: .from) else { continue }
            var q = k - 1
            var found = false
            while q >= max(range.lowerBound, k - 8) {
                if scan.tokens[q].isPunct, !scan.isInnerHyphen(q) { break }
                if purchaseFromKeys.contains(scan.tokens[q].key) { found = true; break }
                q -= 1
            }
            if found { keep.append(f); keepAt.append(at) }
        }
        guard !keep.isEmpty else { return false }
        engaged = keep
        engagedAt = keepAt
        return true
    }

    /// Whether every state of `a` is in `b`.
    @inline(never)
    static func allAmong(_ a: [Int32], _ b: [Int32]) -> Bool {
        for x in a where !b.contains(x) { return false }
        return true
    }

    /// Whether a firm of the sentence receives a deal (`receivesDeal`).
    @inline(never)
    static func anyReceivesDeal(_ scan: ArticleScan, _ mentions: ArraySlice<FirmMention>, range: Range<Int>) -> Bool {
        for m in mentions where receivesDeal(scan, m, range: range) { return true }
        return false
    }

    /// The comma that ends an opening adverbial clause ("Since normalising relations with Israel,") when a state acts after it,
    /// else -1.
    @inline(never)
    static func openingClauseEnd(_ scan: ArticleScan, range: Range<Int>, actorAt: [Int]) -> Int {
        guard subordinatorKeys.contains(scan.tokens[range.lowerBound].key) else { return -1 }
        for k in range where scan.mark(k, 44) {
            for a in actorAt where a > k { return k }
            return -1
        }
        return -1
    }

    /// Whether the clauses of the sentence separate the state named at `actor` from the firm named at `firm`.
    @inline(never)
    static func separated(_ scan: ArticleScan, actor: Int, firm: Int, actorAt: [Int], openingEnd: Int, countriesHere: ArraySlice<CountryMention>,
                          range: Range<Int>) -> Bool {
        if opensLaterClause(scan, actor, after: firm) { return true }
        // "Turkey builds the howitzer, and India's L&T is building guns for the Indian Army": a firm in a later ", and" clause with a
        // state of its own is no party of the states before it.
        if firmInLaterClause(scan, firm: firm, actor: actor, actors: actorAt) { return true }
        if openingEnd >= 0, actor < openingEnd, firm > openingEnd { return true }
        // "A second contract was signed with MBDA, while the UAE also ordered …": a clause with a deal word of its own but no state
        // named has the sentence's states, except one in a relative clause ("…, which make them for the Indian Army, while …").
        if clauseBreak(scan, between: actor, and: firm) {
            let clause = clauseAround(scan, firm, range: range)
            for c in countriesHere where clause.contains(c.start) { return true }
            var trigger = false
            for k in clause where scan.tokens[k].classes.contains(.engagementTrigger) { trigger = true; break }
            return !trigger || inRelativeClause(scan, actor, range: range)
        }
        return false
    }

    /// The firms the text says make the products a sentence names, added to `engaged` (and, where firms are named, each at the
    /// place of its product, for the clause rules).
    @inline(never)
    static func addProductMakers(_ scan: ArticleScan, range: Range<Int>, firms: ArticleFirms, products: Products, mentions: ArraySlice<FirmMention>,
                                 parents: [Int], engaged: inout [Int], engagedAt: inout [Int]) {
        var productFirms: [Int] = []
        var productAt: [Int] = []
        ProductLinks.firms(named: range, in: scan, firms: firms, products: products, nouns: mentions.isEmpty, into: &productFirms, positions: &productAt)
        let aligned = !mentions.isEmpty && engaged.count == engagedAt.count
        for (f, at) in zip(productFirms, productAt) where !engaged.contains(f) && !parents.contains(f) {
            // "India's L&T is building 100 K9 guns for the Indian Army": a named firm makes or supplies the product here.
            if !mentions.isEmpty, madeByNamedFirm(scan, product: at, mentions: mentions) { continue }
            engaged.append(f)
            if aligned { engagedAt.append(at) }
        }
    }

    /// The last sentence from `last` on, before `s`, that carries the acting state on: one referring to its government or deal
    /// ("The government approved the purchase"), or one with a deal noun that names no state ("14 contracts were concluded").
    @inline(never)
    static func carriedOn(_ scan: ArticleScan, from last: Int, to s: Int, firstActorOf: [Int32]) -> Int {
        var last = last
        var t = last + 1
        while t < s, continuesActingState(scan, scan.sentences[t].tokenStart..<scan.sentences[t].tokenEnd) || (firstActorOf[t] == -1 && hasDealNoun(scan, t)) {
            last = t
            t += 1
        }
        return last
    }

    /// Whether the sentence says "the company" or "the firm".
    static func namesTheCompany(_ scan: ArticleScan, _ range: Range<Int>) -> Bool {
        for k in range where scan.tokens[k].word == .the && (scan.word(k + 1, is: .company) || scan.word(k + 1, is: .firm)) { return true }
        return false
    }

    static let itKey = TokenHash.key("it")
    static let addedKeys = KeySet(["added", "adds"])

    /// Whether a sentence opens with "It", up to two auxiliaries or adverbs ("also", "has") and a strong act word ("It also
    /// added", "It has ordered").
    static func startsWithItActs(_ scan: ArticleScan, _ range: Range<Int>) -> Bool {
        guard scan.tokens[range.lowerBound].key == itKey else { return false }
        var k = range.lowerBound + 1
        while k < min(range.upperBound, range.lowerBound + 4) {
            let c = scan.tokens[k].classes
            // "It also added 12 more Rafale fighters to an earlier order".
            if c.contains(.strongAct) || c.contains(.act) || addedKeys.contains(scan.tokens[k].key) { return true }
            guard c.contains(.auxiliary) else { return false }
            k += 1
        }
        return false
    }

    /// Whether a sentence without a state of its own has a deal, meeting or interest word and refers to a government
    /// ("the government", "the ministry") or a deal ("the deal", "the contract") of the state acting before it.
    static func continuesActingState(_ scan: ArticleScan, _ range: Range<Int>) -> Bool {
        var trigger = false
        var reference = false
        for k in range {
            let c = scan.tokens[k].classes
            if c.contains(.engagementTrigger) { trigger = true }
            if !reference, scan.tokens[k].word == .the, k + 1 < range.upperBound {
                let next = scan.tokens[k + 1].classes
                if next.contains(.dealNoun) { reference = true; trigger = true }
                else if !next.isDisjoint(with: [.governmentNoun, .governmentModifier]) { reference = governmentPhrase(scan, from: k + 1, limit: range.upperBound) }
            }
        }
        return trigger && reference
    }

    /// What a sentence's words say, gathered in one pass.
    struct SentenceCues {
        /// A deal, meeting or interest word.
        var trigger = false
        /// "witnessed", "in the presence of": officials at a deal between others.
        var witnessed = false
        /// An analyst's comment.
        var analysis = false
        /// The first strong act word ("met", "signed", "ordered").
        var strongAct: Int?
        /// Where a list of firms named as examples starts: "such as", "such … as", "like", "including" after a plural firm noun.
        var examples: Int?
        /// "the company", "the firm": the last firm named.
        var theCompany = false
        /// A meeting noun and "held": "During the visit, a meeting was held with X" (its state party is the last one named).
        var meeting = false
        var held = false
        /// "During a meeting with representatives of X": a meeting noun before "with".
        var meetingWith = false
        /// A reporting verb: "said", "told".
        var reported = false
        /// "among the buyers", "the customers": the buyers of the previous sentence's deals.
        var buyerReference = false
        /// "the deal", "the suppliers": a deal of the previous sentence.
        var dealReference = false
        /// A deal, meeting or interest word other than a delivery word.
        var nonDelivery = false
        /// A plan or expectation word before a delivery word: "will deliver", "plans to supply".
        var planned = false
        var sawPlan = false
        /// A government named without its country ("the ministry", "The Defense Ministry", "the Federal Council"):
        /// the state last named as acting.
        var bareGovernment = false
        /// The key of that government noun ("navy" of "the navy").
        var bareGovernmentKey: UInt64 = 0

        init(_ scan: borrowing ArticleScan, _ range: Range<Int>) {
            // The word lists read once here, not once per word (each read of a static is a call to `swift_once`).
            let anotherKey = EngagementLinks.anotherKey, toldKey = EngagementLinks.toldKey, serviceKey = EngagementLinks.serviceKey
            let briefedKey = EngagementLinks.briefedKey, operatorKeys = EngagementLinks.operatorKeys, buildKeys = EngagementLinks.buildKeys
            let furtherKeys = EngagementLinks.furtherKeys, cueKeyBits = EngagementLinks.sentenceCueKeyBits
            let more = EngagementLinks.moreCueWords
            let cueClasses = EngagementLinks.sentenceCueClasses
            for k in range {
                let t = scan.tokens[k]
                guard t.isWord else { continue }
                let c = t.classes
                // Every test below needs one of these classes, one of these words or one of the keys above: most words have none.
                switch t.word {
                case .the, .a, .an, .held, .presence: break
                // "its use by the Turkish military", "operated by": users of the goods bought them. "the air force's C-130H fleet
                // from Lockheed Martin": a state's own goods from a maker. (Nothing else below looks at "by" or "from".)
                case .by:
                    if k > range.lowerBound, more.isUse(scan.tokens[k - 1].key) { trigger = true; nonDelivery = true }
                    continue
                case .from:
                    if k > range.lowerBound, more.isFleet(scan.tokens[k - 1].key) { trigger = true; nonDelivery = true }
                    continue
                default: if c.isDisjoint(with: cueClasses), cueKeyBits & TokenHash.filterBit(t.key) == 0 { continue }
                }
                // "did not submit a bid", "has not yet signed": a denied act.
                if c.contains(.engagementTrigger), !EngagementLinks.negated(scan, k, range: range) {
                    trigger = true
                    if !c.contains(.deliveryWord) { nonDelivery = true } else if sawPlan { planned = true }
                }
                if c.contains(.plannedWord) { sawPlan = true }
                if c.contains(.reportingVerb) || t.key == toldKey { reported = true }
                // "already in service with Poland, Qatar and Ukraine", "operators include Qatar": the users bought it.
                // "entered service with the Turkish military", "into service with".
                if (t.key == serviceKey && (scan.word(k - 1, is: .in_) || (k > range.lowerBound && more.isEntry(scan.tokens[k - 1].key)))
                    && scan.word(k + 1, is: .with)) || operatorKeys.contains(t.key) {
                    trigger = true
                    nonDelivery = true
                }
                // "the delegation was briefed on the company's radars" (a visit to the firm); not "X executives briefed officials".
                if t.key == briefedKey, k > range.lowerBound, EngagementLinks.passiveAuxiliaries.contains(scan.tokens[k - 1].key) {
                    trigger = true
                    nonDelivery = true
                }
                if c.contains(.witness) || (t.word == .presence && scan.word(k + 1, is: .of)) { witnessed = true }
                if c.contains(.analyst) { analysis = true }
                if strongAct == nil, c.contains(.strongAct) { strongAct = k }
                if c.contains(.meetingNoun) { meeting = true; if scan.word(k + 1, is: .with) { meetingWith = true } }
                if t.word == .held { held = true }
                if t.word == .the, scan.word(k + 1, is: .company) || scan.word(k + 1, is: .firm) { theCompany = true }
                // "The Dutch firm": a nationality before "company"/"firm".
                if t.word == .the, case .demonym? = scan.match(at: k + 1)?.target, let d = scan.match(at: k + 1),
                   scan.word(d.end, is: .company) || scan.word(d.end, is: .firm) { theCompany = true }
                // "is building four frigates for the German Navy": building to a state's order.
                if buildKeys.contains(t.key), EngagementLinks.forAState(scan, after: k, range: range) { trigger = true; nonDelivery = true }
                // "A second contract was signed with MBDA", "a separate agreement", "another deal": more of the same deal.
                let another = (t.word == .a || t.word == .an) && scan.word(k + 2, in: .dealNoun) && furtherKeys.contains(scan.tokens[k + 1].key)
                    || t.key == anotherKey && scan.word(k + 1, in: .dealNoun)
                if another { dealReference = true; trigger = true; nonDelivery = true }
                if t.word == .the, scan.word(k + 1, in: .dealNoun) {
                    dealReference = true
                    trigger = true
                    nonDelivery = true
                    if k + 1 < range.upperBound, EngagementLinks.buyerKeys.contains(scan.tokens[k + 1].key) { buyerReference = true }
                } else if t.word == .the, scan.word(k + 1, in: .engagementTrigger), more.isChosen(scan.tokens[k + 1].key) {
                    // "The shortlisted manufacturers are …", "the selected bidder": those of the deal just reported.
                    dealReference = true
                    trigger = true
                    nonDelivery = true
                } else if t.word == .the, scan.word(k + 2, in: .dealNoun) || scan.word(k + 3, in: .dealNoun), EngagementLinks.describes(scan, k + 1),
                          scan.word(k + 2, in: .dealNoun) || EngagementLinks.describes(scan, k + 2) {
                    // "The largest single award went to …": a deal of the one just reported.
                    dealReference = true
                    trigger = true
                    nonDelivery = true
                }
                // (Not "to manufacture components in the Kingdom": a place.)
                if t.word == .the, !bareGovernment, !scan.word(k - 1, in: .locative), let h = EngagementLinks.governmentPhraseHead(scan, from: k + 1, limit: range.upperBound) {
                    bareGovernment = true
                    bareGovernmentKey = scan.tokens[h].key
                }
                if examples == nil, c.contains(.pluralFirmNoun) {
                    if scan.word(k + 1, is: .such), scan.word(k + 2, is: .as_) { examples = k + 2 }
                    else if scan.word(k + 1, in: .exampleOpener) { examples = k + 1 }
                    // "500 French companies, including Safran"
                    else if scan.mark(k + 1, 44), scan.word(k + 2, in: .exampleOpener) { examples = k + 2 }
                    else if scan.word(k + 1, is: .as_), FirmDiscovery.hasSuchBefore(scan, k) { examples = k + 1 }
                }
            }
        }
    }

    /// The word classes `SentenceCues` looks for.
    static let sentenceCueClasses: WordClass = [.engagementTrigger, .plannedWord, .reportingVerb, .witness, .analyst, .strongAct, .meetingNoun, .pluralFirmNoun]
    /// The filter bits of the keys `SentenceCues` looks for (besides its words and `sentenceCueClasses`).
    static let sentenceCueKeyBits = [anotherKey, toldKey, serviceKey, briefedKey].reduce(operatorKeys.filter | buildKeys.filter) { $0 | TokenHash.filterBit($1) }
    /// Whether token `k` is a lower-case describing word: no stop word, no number ("largest", "single").
    @inline(__always) static func describes(_ scan: ArticleScan, _ k: Int) -> Bool {
        let t = scan.tokens[k]
        return t.isWord && !t.isCapitalised && !t.classes.contains(.nameStop) && !t.flags.contains(.number)
    }

    /// Whether sentence `t` has a deal noun and a deal word ("14 contracts were concluded").
    static func hasDealNoun(_ scan: ArticleScan, _ t: Int) -> Bool {
        let range = scan.sentences[t].tokenStart..<scan.sentences[t].tokenEnd
        return range.contains { scan.tokens[$0].classes.contains(.dealNoun) } && range.contains { scan.tokens[$0].classes.contains(.engagementTrigger) }
    }

    /// Whether a sentence competes: a word of competing ("bid", "rival", "beating") and one of a competition or an offer
    /// ("tender", "programme", "offer", "bidder"), or an offer made ("offered", "put forward").
    static func competes(_ scan: ArticleScan, _ range: Range<Int>) -> Bool {
        // Every competing word is of the class `competitionWord`: most sentences are ruled out by their classes alone.
        var competition = false, tender = false
        for k in range {
            let c = scan.tokens[k].classes
            if c.contains(.competitionWord) { competition = true }
            if c.contains(.tenderNoun) { tender = true }
        }
        guard competition else { return false }
        if tender { return true }
        let offeringKeys = Self.offeringKeys, offerKeys = Self.offerKeys
        return range.contains { offeringKeys.contains(scan.tokens[$0].key) || offerKeys.contains(scan.tokens[$0].key) }
    }

    /// The first acting state of the last of the six sentences before `s` in which states acted with a tender or competition
    /// word: the state that runs the competition ("Norway has chosen the Type 26 …, beating rival offers").
    static func competitionOwner(_ scan: ArticleScan, before s: Int, firstActorOf: [Int32]) -> Int32? {
        let offerKeys = Self.offerKeys
        var t = s - 1
        while t >= max(0, s - 6) {
            if firstActorOf[t] >= 0 {
                let range = scan.sentences[t].tokenStart..<scan.sentences[t].tokenEnd
                if range.contains(where: { !scan.tokens[$0].classes.isDisjoint(with: [.tenderNoun, .competitionWord]) || offerKeys.contains(scan.tokens[$0].key) }) {
                    return firstActorOf[t]
                }
            }
            t -= 1
        }
        return nil
    }
    /// Nouns of an offer in a competition besides `tenderNoun`.
    static let offerKeys = KeySet(["offer", "offers", "proposal", "proposals", "bidder", "bidders", "rival", "rivals", "contender", "contenders"])
    /// Verbs of an offer in a competition: "France had offered the FDI".
    static let offeringKeys = KeySet(["offered", "offering", "proposed", "proposing"])


    /// Nouns for a buyer's own purchases: after a possessive country the country is the buyer.
    static let purchaseNounKeys = KeySet(["purchase", "purchases", "order", "orders", "acquisition", "acquisitions", "imports", "procurement"])
    /// Words that describe a government by its time or politics: "the previous centre-left government".
    static let describingKeys = KeySet(["previous", "former", "new", "current", "incoming", "outgoing", "interim", "centre", "center", "left",
                                        "right", "conservative", "socialist", "military"])

    /// Words that make "a … contract" a further one of the same deal: "a second contract", "a separate agreement".
    static let furtherKeys = KeySet(["second", "third", "separate", "further", "follow-on", "parallel"])
    static let anotherKey = TokenHash.key("another")

    /// Nouns of a state's intention: "Egypt's plan to buy".
    static let planNounKeys = KeySet(["plan", "plans", "decision", "bid", "intention", "request", "effort", "efforts"])
    /// A firm's choice of a partner: "which A has chosen as its partner".
    static let choiceKeys = KeySet(["chosen", "chose", "selected", "picked", "tapped", "appointed"])
    static let briefedKey = TokenHash.key("briefed")
    static let toldKey = TokenHash.key("told")
    /// Making to a state's order: "is building four frigates for the German Navy", "which produce them for the Indian Army".
    static let buildKeys = KeySet(["building", "builds", "build", "built", "produce", "produces", "producing", "manufacture", "manufactures",
                                   "manufacturing"])

    /// Whether "for" and a state (country word within three words) follow within six words of `k`.
    static func forAState(_ scan: ArticleScan, after k: Int, range: Range<Int>) -> Bool {
        guard let f = (k + 1..<min(range.upperBound, k + 7)).first(where: { scan.word($0, is: .for_) }) else { return false }
        return (f + 1..<min(range.upperBound, f + 4)).contains { q in
            switch scan.match(at: q)?.target {
            case .country?, .demonym?: return true
            // "for the Royal Navy": the armed forces of a state, listed as its body (whether a listed name is a state's body
            // is decided where its state is taken as the actor).
            case .nonEntity?: return true
            default: return false
            }
        }
    }
    static let thatKey = TokenHash.key("that")
    /// Words of a firm's stated intention: "it is open to buying", "it hopes to sell".
    static let intentionKeys = KeySet(["open", "hopes", "hoped", "wants", "aims", "seeks", "seeking", "ready", "keen", "interested"])
    static let selfReferenceKeys = KeySet(["it", "they", "its", "we"])
    static let clauseJoinKeys = KeySet(["while", "whereas"])

    /// Whether a clause boundary lies between tokens `a` and `b`: ";" or ", while" / ", whereas".
    static func clauseBreak(_ scan: ArticleScan, between a: Int, and b: Int) -> Bool {
        let (lo, hi) = a < b ? (a, b) : (b, a)
        var k = lo + 1
        while k < hi {
            if scan.mark(k, 59) { return true }
            if scan.mark(k, 44), k + 1 < hi, clauseJoinKeys.contains(scan.tokens[k + 1].key) { return true }
            k += 1
        }
        return false
    }
    static let relativeKeys = KeySet(["which", "who", "whose"])

    /// Whether a ", and" between `actor` and a later `firm` opens a clause that names another acting state after the firm.
    static func firmInLaterClause(_ scan: ArticleScan, firm: Int, actor: Int, actors: [Int]) -> Bool {
        guard actor < firm, firm - actor <= 40, actors.contains(where: { $0 > firm }) else { return false }
        var k = firm - 1
        while k > actor + 1 {
            if scan.word(k, is: .and), scan.mark(k - 1, 44) { return true }
            k -= 1
        }
        return false
    }

    /// Parts of what a state buys, whose makers supply the prime contractor.
    static let componentKeys = KeySet(["engine", "engines", "radar", "radars", "sensor", "sensors", "component", "components", "parts", "turret",
                                       "turrets", "seats", "avionics", "electronics", "subsystems", "munitions", "weapons"])
    /// Passive maker verbs: "were built by", "is made by".
    static let madeKeys = KeySet(["built", "made", "manufactured", "produced", "designed", "developed", "assembled"])
    static let beKeys = KeySet(["were", "was", "are", "is", "be", "been"])

    /// Whether the sentence opens with "The" and a noun phrase of up to three lower-case words or a count ("The planes", "The 12
    /// turboprop aircraft"), then a passive maker verb ("were built", "will be built") and "by" later in the sentence.
    static func madeByOpening(_ scan: ArticleScan, range: Range<Int>) -> Bool {
        guard scan.word(range.lowerBound, is: .the) else { return false }
        var k = range.lowerBound + 1
        var words = 0
        while k < range.upperBound, words < 4, scan.tokens[k].isWord, !scan.isRunWord(k) || scan.tokens[k].flags.contains(.number),
              !beKeys.contains(scan.tokens[k].key), !scan.tokens[k].classes.contains(.auxiliary) { k += 1; words += 1 }
        // Not "The engines are made by LHTEC": the maker of a part supplies the maker of the whole.
        guard words > 0, !componentKeys.contains(scan.tokens[k - 1].key) else { return false }
        if scan.word(k, in: .auxiliary) { k += 1 }
        if k < range.upperBound, beKeys.contains(scan.tokens[k].key) { k += 1 } else { return false }
        guard k < range.upperBound, madeKeys.contains(scan.tokens[k].key) else { return false }
        return (k + 1..<range.upperBound).contains { scan.word($0, is: .by) }
    }

    /// Whether a state's name, capital or government noun in the sentence is followed (after up to two auxiliaries) by a done act:
    /// "Serbia agreed to buy", "the ministry ordered".
    static func stateActed(_ scan: ArticleScan, range: Range<Int>) -> Bool {
        for k in range {
            guard let m = scan.match(at: k), m.start == k else { continue }
            switch m.target {
            case .country, .capital, .demonym: break
            default: continue
            }
            var e = m.end
            if e < range.upperBound, scan.tokens[e].flags.contains(.possessive) { continue }
            // "the Serbian military ordered": past the government noun.
            while e < range.upperBound, scan.word(e, in: .governmentNoun) || scan.word(e, in: .governmentModifier) { e += 1 }
            var aux = 0
            while aux < 2, scan.word(e, in: .auxiliary) { e += 1; aux += 1 }
            guard e < range.upperBound else { continue }
            let t = scan.tokens[e]
            if t.classes.contains(.strongAct) || (t.classes.contains(.act) && scan.string(e, e + 1).hasSuffix("ed")) { return true }
        }
        return false
    }
    static let ventureKey = TokenHash.key("venture")
    /// Words opening an adverbial clause: "Since normalising relations with Israel, …", "Despite talks with Egypt, …".
    static let subordinatorKeys = KeySet(["since", "after", "following", "despite", "amid", "although", "though", "because", "unlike", "besides"])

    /// The clause of token `k`: the tokens between the ";" or ", while" / ", whereas" around it in its sentence.
    static func clauseAround(_ scan: ArticleScan, _ k: Int, range: Range<Int>) -> Range<Int> {
        var a = k
        while a > range.lowerBound, !scan.mark(a - 1, 59), !(scan.mark(a - 1, 44) && clauseJoinKeys.contains(scan.tokens[a].key)) { a -= 1 }
        var b = k + 1
        while b < range.upperBound, !scan.mark(b, 59), !(scan.mark(b, 44) && b + 1 < range.upperBound && clauseJoinKeys.contains(scan.tokens[b + 1].key)) { b += 1 }
        return a..<b
    }

    /// Verbs of a firm receiving a deal: "UAC received orders for", "Kalashnikov signed for", "Nimr secured Dh345 million for".
    static let receiveVerbKeys = KeySet(["received", "receives", "won", "wins", "secured", "secures", "booked", "landed", "bagged", "clinched", "signed", "signs"])
    static let signedKeys = KeySet(["signed", "signs"])

    /// Whether the firm at `m` (after its "(ABBR)" and up to two auxiliaries) receives a deal: a receiving verb, then within three
    /// words a deal noun, "for" or a sum.
    static func receivesDeal(_ scan: ArticleScan, _ m: FirmMention, range: Range<Int>) -> Bool {
        guard m.end + 1 < range.upperBound else { return false }
        var k = afterAbbreviation(scan, m.end, range: range)
        // "Nimr Automotive, whose name means "tiger" in Arabic, secured …": past a relative clause set off by commas.
        if scan.mark(k, 44), k + 1 < range.upperBound, relativeKeys.contains(scan.tokens[k + 1].key),
           let close = (k + 2..<min(range.upperBound, k + 16)).first(where: { scan.mark($0, 44) }) {
            k = close + 1
        }
        var aux = 0
        while aux < 2, scan.word(k, in: .auxiliary) { k += 1; aux += 1 }
        guard k < range.upperBound, receiveVerbKeys.contains(scan.tokens[k].key) else { return false }
        // "signed for", not "signed a deal" (with whom the text may not say).
        if signedKeys.contains(scan.tokens[k].key) { return scan.word(k + 1, is: .for_) }
        for q in (k + 1)..<min(range.upperBound, k + 4) {
            let t = scan.tokens[q]
            if t.isWord, t.classes.contains(.dealNoun) || t.word == .for_ || t.flags.contains(.number) { return true }
            if t.isPunct, !t.isMark(36) { return false }
        }
        return false
    }

    /// Whether a firm named up to eight tokens before the product at `p`, with no punctuation between, builds, makes or supplies
    /// it there: "L&T is building 100 K9 guns", "Hanwha will supply K9 howitzers".
    static func madeByNamedFirm(_ scan: ArticleScan, product p: Int, mentions: ArraySlice<FirmMention>) -> Bool {
        for m in mentions where m.end <= p && p - m.end <= 8 {
            var made = false
            for k in m.end..<p {
                let t = scan.tokens[k]
                if t.isPunct, !t.flags.contains(.possessive), !scan.isInnerHyphen(k) { made = false; break }
                if buildKeys.contains(t.key) || ProductLinks.supplyVerbKeys.contains(t.key) || ProductLinks.activeMakerVerbs.contains(t.key)
                    || t.classes.contains(.deliveryWord) { made = true }
            }
            if made { return true }
        }
        return false
    }

    /// Whether "which", "who" or "whose" comes between token `k` and the comma or semicolon before it in its sentence.
    static func inRelativeClause(_ scan: ArticleScan, _ k: Int, range: Range<Int>) -> Bool {
        var q = k - 1
        while q >= range.lowerBound {
            if scan.mark(q, 44) || scan.mark(q, 59) { return false }
            if relativeKeys.contains(scan.tokens[q].key) { return true }
            q -= 1
        }
        return false
    }

    /// "Berlin has since contracted Rheinmetall …, and Switzerland has likewise blocked …": a state that opens a later clause
    /// (", and" right before it, a verb or auxiliary right after it) is no party to a firm named before that clause.
    static func opensLaterClause(_ scan: ArticleScan, _ actor: Int, after firm: Int) -> Bool {
        guard firm < actor else { return false }
        let start = scan.word(actor - 1, is: .the) ? actor - 1 : actor
        guard start - 2 > firm, scan.word(start - 1, is: .and), scan.mark(start - 2, 44), let c = scan.match(at: actor) else { return false }
        return scan.word(c.end, in: .auxiliary) || scan.word(c.end, in: .act)
    }

    static let buyerKeys = KeySet(["buyers", "buyer", "customers", "customer"])
    /// Whether a negation (`WordClass.negation`: "not", "never", "no", "didn't", "hasn’t", …) comes within the three words before
    /// `k` ("did not submit a formal bid", "has not yet signed").
    static func negated(_ scan: ArticleScan, _ k: Int, range: Range<Int>) -> Bool {
        var q = k - 1
        while q >= max(range.lowerBound, k - 4) {
            let t = scan.tokens[q]
            if t.isPunct { return false }
            if t.classes.contains(.negation) { return true }
            q -= 1
        }
        return false
    }
    static let serviceKey = TokenHash.key("service")
    static let fleetKeys = KeySet(["fleet", "fleets"])

    /// The words `SentenceCues` tests besides its older lists, as plain keys in one value: one read of a static per sentence and
    /// no reference counting.
    struct MoreCueWords {
        let use = TokenHash.key("use"), used = TokenHash.key("used"), operated = TokenHash.key("operated"), flown = TokenHash.key("flown")
        let fleet = TokenHash.key("fleet"), fleets = TokenHash.key("fleets")
        let entered = TokenHash.key("entered"), enters = TokenHash.key("enters"), entering = TokenHash.key("entering"), into = TokenHash.key("into")
        let shortlisted = TokenHash.key("shortlisted"), selected = TokenHash.key("selected"), chosen = TokenHash.key("chosen")
        let competing = TokenHash.key("competing")

        /// "its use by", "operated by", "flown by".
        @inline(__always) func isUse(_ k: UInt64) -> Bool { k == use || k == used || k == operated || k == flown }
        @inline(__always) func isFleet(_ k: UInt64) -> Bool { k == fleet || k == fleets }
        /// "entered service with", "into service with".
        @inline(__always) func isEntry(_ k: UInt64) -> Bool { k == entered || k == enters || k == entering || k == into }
        /// Participles after "the" that refer to the firms of a reported choice: "the shortlisted manufacturers", "the selected
        /// bidder" (all deal words).
        @inline(__always) func isChosen(_ k: UInt64) -> Bool { k == shortlisted || k == selected || k == chosen || k == competing }
    }
    static let moreCueWords = MoreCueWords()

    static let operatorKeys = KeySet(["operators", "operator", "users"])

    /// Whether mention `m` names the employer of a speaker ("head of Russian state conglomerate Rostec", "a spokesperson
    /// for Aselsan", "Baykar CEO") or the firm speaks itself at the start of the sentence ("Rheinmetall has said").
    static func isFirmSpeaker(_ scan: ArticleScan, _ m: FirmMention, range: Range<Int>) -> Bool {
        if m.end < range.upperBound, scan.word(m.end, in: .roleWord), scan.tokens[m.end].isCapitalised || scan.tokens[m.end].flags.contains(.allCaps) { return true }
        // "Rheinmetall has said it is open to buying …": the firm opening the sentence reports its own intention (not "Leonardo
        // said it continued to discuss with the MoD", a done act).
        if m.start == range.lowerBound {
            var k = m.end
            if scan.word(k, in: .auxiliary) { k += 1 }
            if scan.word(k, in: .reportingVerb) {
                k += 1
                if k < range.upperBound, scan.tokens[k].key == thatKey { k += 1 }
                guard k < range.upperBound, selfReferenceKeys.contains(scan.tokens[k].key) else { return false }
                return (k + 1..<min(range.upperBound, k + 4)).contains { scan.word($0, in: .plannedWord) || intentionKeys.contains(scan.tokens[$0].key) }
            }
        }
        var k = m.start - 1
        var steps = 0
        while k > range.lowerBound, steps < 5, scan.tokens[k].isWord, !scan.word(k, in: .roleLink) { k -= 1; steps += 1 }
        return k > range.lowerBound && scan.word(k, in: .roleLink) && scan.word(k - 1, in: .roleWord)
    }
    static let passiveAuxiliaries = KeySet(["was", "were", "been", "being", "is", "are"])
    static let calledKey = TokenHash.key("called")

    /// Whether the state at `c` only reports the sentence: a reporting verb within four words
    /// ("the Swiss Federal Council announced", "Seoul's presidential office said").
    static func isReportingSource(_ scan: ArticleScan, _ c: CountryMention, range: Range<Int>) -> Bool {
        let calledKey = Self.calledKey
        var k = c.end
        while k < min(range.upperBound, c.end + 5) {
            let t = scan.tokens[k]
            // "Poland's Defense Ministry said it will buy …": the speaker is the subject of what it reports.
            // "in what Turkish officials called the largest deal": a state that only names the deal.
            if t.isWord, t.classes.contains(.reportingVerb) || t.key == calledKey { return !(k + 1 < range.upperBound && selfReferenceKeys.contains(scan.tokens[k + 1].key)) }
            if !t.isWord, !t.flags.contains(.possessive) { return false }
            k += 1
        }
        return false
    }

    /// Whether a government noun, after at most two modifiers, starts at `j` and ends the phrase
    /// ("ministry", "Defense Ministry", "Federal Council"; not "state tech corporation", "defence firms").
    static func governmentPhrase(_ scan: ArticleScan, from j: Int, limit: Int) -> Bool { governmentPhraseHead(scan, from: j, limit: limit) != nil }

    /// The government noun that heads such a phrase starting at `j` ("ministry" of "the Defense Ministry"), if any.
    static func governmentPhraseHead(_ scan: ArticleScan, from j: Int, limit: Int) -> Int? {
        var k = j
        // "the previous centre-left government", "the new government": describing words of time or politics first.
        while k < min(limit, j + 4), scan.tokens[k].isWord, describingKeys.contains(scan.tokens[k].key) {
            k += 1
            if scan.isInnerHyphen(k), k + 1 < limit { k += 2 }
        }
        let j = k
        while k < min(limit, j + 3), scan.tokens[k].isWord, scan.match(at: k) == nil {
            let t = scan.tokens[k]
            if t.classes.contains(.governmentNoun), t.word != .defence, t.word != .defense, !t.classes.contains(.governmentModifier) {
                // "the defence ministry of a Middle Eastern country": a state the text does not name.
                // (A lower-case word after "of" opens no name: not "the Ministry of Defense Industry".)
                if scan.word(k + 1, is: .of) {
                    let n = k + 2 < limit && scan.tokens[k + 2].isPunct ? k + 3 : k + 2  // an opening quote
                    if n < limit, scan.tokens[n].isWord, !scan.tokens[n].isCapitalised, scan.match(at: n) == nil { return nil }
                    // "the Defence Ministry of Estonia" names its state.
                    if FirmDiscovery.isCountry(scan, scan.word(n, is: .the) ? n + 1 : n) { return nil }
                }
                return scan.word(k + 1, in: .firmNoun) || (k + 1 < limit && scan.isRunWord(k + 1)) ? nil : k
            }
            if !t.classes.contains(.governmentModifier) { return nil }
            k += 1
        }
        return nil
    }

    /// "the Sukhoi company, part of Russia's United Aircraft Corporation", "a subsidiary of Thales", "an EDGE subsidiary": a parent
    /// firm named only to describe another firm is no party of the sentence's act.
    static func isParentInDescription(_ scan: ArticleScan, _ m: FirmMention, range: Range<Int>) -> Bool {
        // "Halcon, an EDGE subsidiary", "Huta Stalowa Wola, another PGZ firm"
        if m.end < range.upperBound, scan.word(m.start - 1, is: .a) || scan.word(m.start - 1, is: .an) || scan.tokens[max(0, m.start - 1)].key == HomeLinks.anotherKey {
            if scan.word(m.end, in: .parentLink) { return true }
            if scan.mark(m.start - 2, 44), scan.word(m.end, in: .firmNoun), !FirmDiscovery.isPlural(scan.tokens[m.end]) { return true }
        }
        var k = m.start - 1
        // Skip a possessive country ("part of Russia's X") and "the".
        // Skip a possessive country or firm ("part of Russia's X", "part of Rostec's X holding").
        if k >= range.lowerBound, scan.tokens[k].flags.contains(.possessive), let c = scan.match(at: k - 1) {
            switch c.target {
            case .country, .firm: k = c.start - 1
            default: break
            }
        }
        // Skip a description of the parent: "unit of European aerospace giant Airbus", "subsidiary of U.S.-based Sikorsky".
        var skipped = 0
        while skipped < 4, k > range.lowerBound, !scan.word(k, is: .of), !scan.word(k, is: .by), !scan.word(k, is: .the), !scan.word(k, is: .with) {
            let t = scan.tokens[k]
            if t.isWord, !t.isCapitalised, !t.flags.contains(.allCaps), !t.classes.contains(.parentLink) {
                // "U.S.-based": a place glued to "based".
                if t.word == .based, scan.isInnerHyphen(k - 1), let c = scan.match(at: k - 2), case .country? = Optional(c.target) { k = c.start - 1; skipped += 1; continue }
                if t.classes.contains(.engagementTrigger) || t.classes.contains(.strongAct) { return false }
                k -= 1; skipped += 1; continue
            }
            if let c = scan.match(at: k), c.end == k + 1, case .demonym? = Optional(c.target) { k = c.start - 1; skipped += 1; continue }
            // "part of Russia's state tech corporation Rostec": a possessive country before the description.
            if t.flags.contains(.possessive), let c = scan.match(at: k - 1), c.end == k, case .country? = Optional(c.target) { k = c.start - 1; skipped += 1; continue }
            // "European aerospace giant": an unlisted capitalised adjective before a lower-case word.
            if t.isWord, t.isCapitalised, scan.match(at: k) == nil, k + 1 < range.upperBound, scan.tokens[k + 1].isWord, !scan.tokens[k + 1].isCapitalised {
                k -= 1; skipped += 1; continue
            }
            return false
        }
        if scan.word(k, is: .the) { k -= 1 }
        // "an Emirati joint venture with South Africa's Denel Dynamics": the partner of a venture is a parent too.
        if k - 1 >= range.lowerBound, scan.word(k, is: .with), scan.tokens[k - 1].key == ventureKey { return true }
        guard k - 1 >= range.lowerBound, scan.word(k, is: .of) || scan.word(k, is: .by) else { return false }
        return scan.word(k - 1, in: .parentLink)
    }

    /// Whether the words from `a` to `b` only join one more firm to a description of parents: "and", "with", articles,
    /// lower-case nouns and adjectives, nationalities, possessives and parentheses — no other punctuation, no act or deal word.
    static func continuesDescription(_ scan: ArticleScan, from a: Int, to b: Int, joined: Bool = false) -> Bool {
        guard b > a, b - a <= 8 else { return false }
        var joined = joined
        for k in a..<b {
            let t = scan.tokens[k]
            // An abbreviation in parentheses: "A (AWEIL) and B".
            if t.flags.contains(.possessive) || scan.mark(k, 40) || scan.mark(k, 41) { continue }
            guard t.isWord else { return false }
            if t.word == .and || t.word == .with { joined = true; continue }
            if t.classes.contains(.engagementTrigger) || t.classes.contains(.strongAct) || t.classes.contains(.reportingVerb) { return false }
            if t.isCapitalised, scan.match(at: k) == nil { return false }
        }
        return joined
    }

    /// Whether a country mention acts as a state here: a government noun after a country adjective or
    /// possessive ("the Malian military", "Hungary's Defence Minister"), a capital standing for the
    /// government, or the name itself when it is not a place ("in Mali"), a dateline or a product's origin.
    static func isActor(_ scan: ArticleScan, _ c: CountryMention, firms: ArticleFirms, extractor: Extractor) -> Bool {
        if firms.mention(at: c.start) != nil { return false }
        switch c.form {
        case .capital: return true
        case .demonym:
            return (governmentNounFollows(scan, from: c.end, extractor: extractor) && !ownsAFacility(scan, from: c.end)) || tenderFollows(scan, from: c.end)
                || sharedGovernmentNoun(scan, after: c.end, extractor: extractor)
        case .name:
            if c.possessive {
                return (governmentNounFollows(scan, from: c.end + 1, extractor: extractor) && !ownsAFacility(scan, from: c.end + 1))
                    || tenderFollows(scan, from: c.end + 1)
                    // "Azerbaijan's purchases include …", "India's order for …": the state's own buying.
                    || (c.end + 1 < scan.tokens.count && purchaseNounKeys.contains(scan.tokens[c.end + 1].key))
                    // "Finland's Hornet fleet … was bought from McDonnell Douglas": the owner of a fleet bought it.
                    || (c.end + 1..<min(scan.tokens.count, c.end + 4)).contains(where: { fleetKeys.contains(scan.tokens[$0].key) })
                    // "the UAE's plans to acquire 50 F-35s": the state's own plan to buy.
                    || (c.end + 3 < scan.tokens.count && planNounKeys.contains(scan.tokens[c.end + 1].key) && scan.word(c.end + 2, is: .to)
                        && buyVerbKeys.contains(scan.tokens[c.end + 3].key))
            }
            if scan.mark(c.end, 45) { return false }  // "Russian-made", "US-based"
            // "under the threat of US sanctions", "the Turkish market": the name describes a thing of the country.
            if c.end < scan.tokens.count, nonPartyNounKeys.contains(scan.tokens[c.end].key) { return false }
            let p = c.start - 1
            let range = scan.sentenceRange(of: c.start)
            // "a tour that also took him to Qatar", "his visit to India": a place visited.
            if visitedPlace(scan, c, range: range) { return false }
            // "a Korean weapon system": a name used as an adjective.
            if scan.word(p, is: .a) || scan.word(p, is: .an) { return false }
            if p >= range.lowerBound {
                if scan.word(p, in: .locative) { return false }
                if scan.word(p, is: .the), p - 1 >= range.lowerBound, scan.word(p - 1, in: .locative) { return false }
                // "in Syria and Libya": a place listed after a place.
                if scan.word(p, is: .and) || scan.mark(p, 44), let q = scan.match(at: p - 1), q.end == p, case .country = q.target {
                    var b = q.start - 1
                    if scan.word(b, is: .the) { b -= 1 }
                    if scan.word(b, in: .locative) { return false }
                }
                // "in Jakarta, Indonesia", "in Le Bourget, France", "in Washington, the United States": a place after a city.
                let comma = scan.word(p, is: .the) ? p - 1 : p
                // (Not "in October, Indonesia has ordered", "in 2020, Morocco ordered": a month, a weekday or a year is no city.)
                if comma - 1 >= range.lowerBound, scan.mark(comma, 44), scan.isRunWord(comma - 1), firms.mention(at: comma - 1) == nil,
                   !scan.tokens[comma - 1].classes.contains(.nameStop), !scan.tokens[comma - 1].flags.contains(.number) {
                    if let m = scan.match(at: comma - 1), case .capital = m.target { return false }
                    let city = scan.capitalisedRun(around: comma - 1)
                    if city.lowerBound - 1 >= range.lowerBound, scan.word(city.lowerBound - 1, in: .locative) { return false }
                }
            }
            return true
        }
    }

    /// Nouns after a country's name that make it describe a thing of the country, not the state acting: "US sanctions".
    static let nonPartyNounKeys = KeySet(["sanctions", "embargo", "embargoes", "restrictions", "law", "laws", "dollar", "dollars", "market", "markets",
                                          "media", "press", "economy", "election", "elections", "soil", "territory", "airspace", "waters"])
    /// Words of travel before "to" and a country: "a tour that took him to Qatar", "a visit to India".
    static let travelKeys = KeySet(["visit", "visits", "visited", "visiting", "tour", "tours", "toured", "trip", "trips", "travel", "travelled", "traveled",
                                    "travels", "flew", "took", "went", "came", "returned", "journey"])

    /// Whether the country named at `c` follows "to" (or "to the") with a travel word within four words before it.
    static func visitedPlace(_ scan: ArticleScan, _ c: CountryMention, range: Range<Int>) -> Bool {
        var t = c.start - 1
        if scan.word(t, is: .the) { t -= 1 }
        // Most names follow no "to", "and" or comma.
        guard scan.word(t, is: .to) || scan.word(t, is: .and) || scan.mark(t, 44) else { return false }
        // "to Qatar and the United Arab Emirates": back over the places listed before.
        var steps = 0
        while steps < 4, t > range.lowerBound, scan.word(t, is: .and) || scan.mark(t, 44), let p = scan.match(at: t - 1), p.end == t {
            switch p.target {
            case .country: t = scan.word(p.start - 1, is: .the) ? p.start - 2 : p.start - 1
            default: return false
            }
            steps += 1
        }
        guard t > range.lowerBound, scan.word(t, is: .to) else { return false }
        return (max(range.lowerBound, t - 4)..<t).contains { travelKeys.contains(scan.tokens[$0].key) }
    }

    /// "Australia's Land 400 program, in which X's vehicle is competing": the state's purchase competition, in a
    /// sentence about competing offers (a tender noun right away, after a capitalised title or after two words).
    static func tenderFollows(_ scan: ArticleScan, from j: Int) -> Bool {
        guard j < scan.tokens.count, scan.tokens[j].isWord else { return false }
        var k = j
        if scan.isRunWord(j), scan.match(at: j) == nil {
            let run = scan.capitalisedRun(around: j)
            if run.contains(where: { scan.tokens[$0].classes.contains(.tenderNoun) }) { k = run.upperBound - 1 } else { k = run.upperBound }
        }
        // "the Polish radar tender", "the Indian fighter jet competition": up to two words of what is bought.
        var steps = 0
        while steps < 2, k < scan.tokens.count, scan.tokens[k].isWord, !scan.tokens[k].isCapitalised, !scan.word(k, in: .tenderNoun) { k += 1; steps += 1 }
        guard scan.word(k, in: .tenderNoun) else { return false }
        return scan.sentenceRange(of: j).contains { scan.tokens[$0].classes.contains(.competitionWord) }
    }

    /// "the South Korean and Turkish armies", "the British, French and Italian governments": a nationality listed before others
    /// that share the government noun after the last.
    static func sharedGovernmentNoun(_ scan: ArticleScan, after end: Int, extractor: Extractor) -> Bool {
        var k = end
        var steps = 0
        while steps < 4, scan.word(k, is: .and) || scan.word(k, is: .or) || scan.mark(k, 44) {
            var n = k + 1
            if scan.mark(k, 44), scan.word(n, is: .and) { n += 1 }  // ", and"
            guard let d = scan.match(at: n), d.start == n, case .demonym = d.target else { return false }
            if governmentNounFollows(scan, from: d.end, extractor: extractor) { return !ownsAFacility(scan, from: d.end) }
            k = d.end
            steps += 1
        }
        return false
    }

    /// "the Turkish Navy's Istanbul Naval Shipyard", "the Turkish Navy's own corvettes": the armed forces named as
    /// the owner of a place or of goods, not as a party to an act.
    static func ownsAFacility(_ scan: ArticleScan, from j: Int) -> Bool {
        var k = j
        while k < min(scan.tokens.count, j + 4), scan.tokens[k].isWord { k += 1 }
        guard k > j, k < scan.tokens.count, scan.tokens[k].flags.contains(.possessive), scan.word(k - 1, in: .governmentNoun) else { return false }
        let next = k + 1
        guard next < scan.tokens.count, scan.tokens[next].isWord else { return false }
        // (Not "the air force's Falcon fleet from Saab": goods the forces got from a maker.)
        if (next..<min(scan.tokens.count, next + 5)).contains(where: { fleetKeys.contains(scan.tokens[$0].key) && scan.word($0 + 1, is: .from) }) { return false }
        return scan.tokens[next].key == ownKey || (scan.isRunWord(next) && scan.match(at: next) == nil)
    }

    static let ownKey = TokenHash.key("own")

    /// A government noun within three words ("Defence Ministry", "air force", "military officials"), or
    /// anywhere in a capitalised title that follows ("Sweden's Defence Materiel Administration").
    static func governmentNounFollows(_ scan: ArticleScan, from j: Int, extractor: Extractor) -> Bool {
        // "the UAE's Tawazun Council": a listed agency or ministry.
        if case let .nonEntity(e)? = scan.match(at: j)?.target, extractor.isGovernmentBody[Int(e)] { return true }
        if defenceHeadsPhrase(scan, at: j) { return true }
        if j < scan.tokens.count, scan.isRunWord(j), scan.match(at: j) == nil {
            for k in scan.capitalisedRun(around: j) where k >= j {
                let t = scan.tokens[k]
                if t.classes.contains(.governmentNoun) && t.word != .defence && t.word != .defense { return true }
            }
        }
        var k = j
        var end = min(scan.tokens.count, j + 3)
        while k < end, scan.tokens[k].isWord || scan.mark(k, 34) {
            let t = scan.tokens[k]
            if scan.mark(k, 34) { k += 1; end = min(scan.tokens.count, end + 1); continue }  // the “Egyptian” army
            // "the Emirati state-owned conglomerate", "a Chinese state shipbuilder", "Russia's state arms exporter": a firm's
            // ownership, not the state acting.
            if t.classes.contains(.governmentNoun), scan.isInnerHyphen(k + 1) || scan.word(k + 1, in: .firmNoun)
                || (k + 2 < scan.tokens.count && scan.tokens[k + 1].isWord && !scan.tokens[k + 1].isCapitalised
                    && scan.tokens[k + 1].classes.isDisjoint(with: [.nameStop, .governmentNoun]) && scan.word(k + 2, in: .firmNoun)) { return false }
            if t.classes.contains(.governmentNoun) && t.word != .defence && t.word != .defense { return true }
            if !t.classes.contains(.governmentModifier) { return false }
            k += 1
        }
        return false
    }

    /// "Belgian Defence confirmed", "Danish Defence has ordered": a capitalised "Defence" that heads its phrase (no name,
    /// hyphen, firm word or firm noun after it) names the state's defence organisation, as Belgium's and Denmark's armed
    /// forces are called; not "Turkish Defence Industries", "Polish Defence-owned", "Israeli Defense firms".
    static func defenceHeadsPhrase(_ scan: ArticleScan, at j: Int) -> Bool {
        guard scan.word(j, is: .defence) || scan.word(j, is: .defense), scan.tokens[j].isCapitalised, scan.match(at: j) == nil else { return false }
        let n = j + 1
        guard n < scan.tokens.count else { return true }
        if scan.isInnerHyphen(n) || scan.tokens[n].flags.contains(.possessive) { return false }
        let t = scan.tokens[n]
        return !(t.isWord && (scan.isRunWord(n) || t.classes.contains(.firmNoun) || t.classes.contains(.firmHead) || t.classes.contains(.governmentNoun)))
    }

    /// "X and Y signed a memorandum", "an agreement between X and Y", "X, which chose Y", "X is a subcontractor to Y",
    /// "X announced a partnership with Y", "X will supply components for Y's …":
    /// a firm whose partner in the sentence's deal is another firm.
    static func isFirmFirmDeal(_ scan: ArticleScan, _ m: FirmMention, mentions: ArraySlice<FirmMention>, range: Range<Int>) -> Bool {
        guard mentions.contains(where: { $0.firm != m.firm }) else { return false }
        for other in mentions where other.firm != m.firm {
            let (a, b) = other.start < m.start ? (other, m) : (m, other)
            // "an agreement between A and B"
            if scan.word(a.start - 1, is: .between), scan.word(a.end, is: .and), b.start == a.end + 1 { return true }
            // "A, which chose B as a subcontractor": B in a clause about firm A.
            if m.firm == b.firm, scan.mark(a.end, 44), scan.word(a.end + 1, is: .which), !(a.end + 2..<b.start).contains(where: { scan.tokens[$0].isPunct }) {
                return true
            }
            // "A, which B has chosen as its partner": A in a clause where firm B acts on it.
            if m.firm == a.firm, scan.mark(a.end, 44), scan.word(a.end + 1, is: .which), b.start == a.end + 2,
               let act = (b.end..<min(range.upperBound, b.end + 4)).first(where: { choiceKeys.contains(scan.tokens[$0].key) }),
               !(b.end..<act).contains(where: { scan.tokens[$0].isPunct }) {
                return true
            }
            // "A is a subcontractor to B", "A has subcontracted the radar to B": A works for a firm.
            if m.firm == a.firm, b.start - a.end <= 8, (a.end..<b.start).contains(where: { scan.word($0, in: .subcontractorNoun) }),
               !(a.end..<b.start).contains(where: { scan.tokens[$0].isPunct }) {
                return true
            }
            guard isSubject(scan, a, range: range) else { continue }
            // "A and B signed/agreed/announced", "A (ABBR) and British engineering group B signed"; not "A and B were selected by
            // the Turkish government".
            let and = afterAbbreviation(scan, a.end, range: range)
            if scan.word(and, is: .and), b.start == and + 1 || isDescription(scan, from: and + 1, to: b.start), !isPassiveByState(scan, after: b.end, range: range),
               !stateCounterpartyFollows(scan, after: b.end, range: range) { return true }
            // "A … with B" / "A … for B's"
            var k = a.end
            var ok = true
            while k < b.start {
                let t = scan.tokens[k]
                if t.isPunct || (t.isWord && t.isCapitalised) { ok = false; break }
                k += 1
            }
            if ok, b.start - a.end <= 8, scan.word(b.start - 1, in: .firmPartnerLink) { return true }
            // "A picked local firm B as its partner", "A has selected B": B is chosen by a firm.
            if ok, m.firm == b.firm, b.start - a.end <= 6, (a.end..<b.start).contains(where: { scan.word($0, in: .engagementTrigger) }) { return true }
            // "A will build a line in Riyadh with Saudi firm B": "with" and a description of B, after a clause without a state.
            if let w = partnerLinkBefore(scan, b), w > a.end, w - a.end <= 12,
               !(a.end..<w).contains(where: { scan.tokens[$0].isPunct || firmOrStateAt(scan, $0) }) { return true }
        }
        return false
    }

    /// The token after "(ABBR)" right after a name ending before `j`, or `j`.
    static func afterAbbreviation(_ scan: ArticleScan, _ j: Int, range: Range<Int>) -> Int {
        if scan.mark(j, 41) { return j + 1 }
        guard scan.mark(j, 40), let close = (j + 1..<min(range.upperBound, j + 5)).first(where: { scan.mark($0, 41) }) else { return j }
        return close + 1
    }

    /// Whether tokens `a..<b` only describe the firm that follows: up to four nationalities and lower-case words that are no
    /// deal or act words ("British engineering group").
    static func isDescription(_ scan: ArticleScan, from a: Int, to b: Int) -> Bool {
        guard b > a, b - a <= 4 else { return false }
        return (a..<b).allSatisfy { k in
            if case .demonym? = scan.match(at: k)?.target { return true }
            // "Malaysia's": a possessive country.
            if let m = scan.match(at: k), case .country = m.target, m.end < b, scan.tokens[m.end].flags.contains(.possessive) { return true }
            let t = scan.tokens[k]
            if t.flags.contains(.possessive), k > a, case .country? = scan.match(at: k - 1)?.target { return true }
            return t.isWord && !t.isCapitalised && !t.classes.contains(.engagementTrigger) && !t.classes.contains(.strongAct) && t.word != .and
        }
    }

    /// "… signed a deal with the Egyptian Navy", "… will bid for the Egyptian tender", "… were among the bidders in the
    /// Indian Army tender": a state named after a preposition later in the sentence is the firms' counterparty.
    static func stateCounterpartyFollows(_ scan: ArticleScan, after j: Int, range: Range<Int>) -> Bool {
        var k = j
        while k < range.upperBound {
            // "A and B signed a memorandum to offer the T-50 as the trainer for the Royal Air Force": the firms' own plan.
            if scan.word(k, is: .to), k + 1 < range.upperBound, offerVerbKeys.contains(scan.tokens[k + 1].key) { return false }
            let preposition = scan.word(k, is: .with) || scan.word(k, is: .to) || scan.word(k, is: .for_) || scan.word(k, is: .from) || scan.word(k, is: .by)
            let inTender = scan.word(k, is: .in_) && (k + 1..<min(range.upperBound, k + 6)).contains(where: { scan.word($0, in: .tenderNoun) })
            if preposition || inTender {
                for q in (k + 1)..<min(range.upperBound, k + 4) {
                    guard let target = scan.match(at: q)?.target else { continue }
                    switch target {
                    case .country, .demonym, .capital: return true
                    case .nonEntity, .firm, .ambiguousCountry: break
                    }
                }
            }
            k += 1
        }
        return false
    }

    /// Verbs of a firm's offer to a state: "to offer", "to bid", "to market".
    static let offerVerbKeys = KeySet(["offer", "bid", "market", "propose", "pitch", "promote"])

    /// "were selected by", "have been chosen by": a passive verb after the firms, its agent after "by".
    static func isPassiveByState(_ scan: ArticleScan, after j: Int, range: Range<Int>) -> Bool {
        guard j < range.upperBound, passiveAuxiliaries.contains(scan.tokens[j].key) || (scan.word(j, in: .auxiliary) && scan.word(j + 1, is: .been)) else { return false }
        var k = j + 1
        while k < min(range.upperBound, j + 5) {
            if scan.word(k, is: .by) { return true }
            if scan.tokens[k].isPunct { return false }
            k += 1
        }
        return false
    }

    /// The "with"/"for" before firm mention `b`, across a description of up to three words ("with Saudi firm B"), if any.
    static func partnerLinkBefore(_ scan: ArticleScan, _ b: FirmMention) -> Int? {
        var k = b.start - 1
        var steps = 0
        // (A nationality or a country's name describes the firm: "with Saudi firm B", "with US firm B".)
        while k >= 0, steps < 3, scan.tokens[k].isWord, !scan.word(k, in: .firmPartnerLink),
              !scan.tokens[k].isCapitalised || { switch scan.match(at: k)?.target { case .demonym?, .country?: return true; default: return false } }() {
            k -= 1
            steps += 1
        }
        return k >= 0 && scan.word(k, in: .firmPartnerLink) ? k : nil
    }

    /// Whether token `k` is part of a firm name or names a state (not a city that is only a place).
    static func firmOrStateAt(_ scan: ArticleScan, _ k: Int) -> Bool {
        switch scan.match(at: k)?.target {
        case .firm?, .country?, .demonym?, .ambiguousCountry?: return true
        case .nonEntity(let e)?: return e >= 0
        default: return false
        }
    }

    /// Whether a firm opens its sentence (after "The", "Separately," and the like): the subject of the act.
    static func isSubject(_ scan: ArticleScan, _ m: FirmMention, range: Range<Int>) -> Bool {
        var start = range.lowerBound
        // "Under the deals, Thales will …": skip an opening phrase up to its comma.
        if scan.word(start, in: .nameStop), let comma = (start..<m.start).last(where: { scan.mark($0, 44) }),
           !(start..<comma).contains(where: { scan.match(at: $0) != nil }) {
            start = comma + 1
        }
        for k in start..<m.start {
            let t = scan.tokens[k]
            if t.isPunct || (t.isWord && t.classes.contains(.nameStop)) { continue }
            return false
        }
        return true
    }

}
