/// General English and defence-trade vocabulary the rules look for. These are word classes of the
/// domain (legal forms, words that head a firm's or an organisation's name, government nouns, deal
/// verbs), not names of particular entities. Each word token gets its classes and its `Word` once,
/// with one table look-up, so the rules test bits instead of hashing.
struct WordClass: OptionSet, Sendable {
    let rawValue: UInt64

    /// Legal-form words that end a firm name ("Moog Inc.", "Leonardo S.p.A.", "Hensoldt AG"). Dotted forms are single tokens.
    static let trailingSuffix = WordClass(rawValue: 1 << 0)
    /// Legal-form words that begin a firm name ("JSC Rosoboronexport", "PT Pindad", "NPO Splav").
    static let leadingSuffix = WordClass(rawValue: 1 << 1)
    /// Words a name may add or drop and still be the same firm ("Kalashnikov Group" / "Kalashnikov").
    static let ignorableInName = WordClass(rawValue: 1 << 2)
    /// Last words that make a capitalised name a firm's ("Selith Avionics", "Hedef Defence"), English and common foreign ones.
    static let firmHead = WordClass(rawValue: 1 << 3)
    /// Words that make a capitalised name an organisation, event, place, publication or title rather than a firm.
    static let nonFirmHead = WordClass(rawValue: 1 << 4)
    /// Nouns for a state's government, armed forces and officials: "the Turkish Defence Ministry", "Mali's army".
    static let governmentNoun = WordClass(rawValue: 1 << 5)
    /// Words that may come between a country word and a government noun ("Defence Ministry", "Air Force", "General Staff").
    static let governmentModifier = WordClass(rawValue: 1 << 6)
    /// Lower-case nouns for a firm: "the Turkish drone maker X", "X, a shipbuilder", "such French firms as".
    static let firmNoun = WordClass(rawValue: 1 << 7)
    /// Firm nouns that can directly follow a firm's name ("Nexter company"): not "group", which names armed groups too.
    static let firmNounAfterName = WordClass(rawValue: 1 << 8)
    /// Words for a firm's staff whose employer follows "at/of/for": "a spokesperson for X", "export director of X".
    static let roleWord = WordClass(rawValue: 1 << 9)
    /// Words before "from <capital>" / "with <capital>" that make the capital a counterparty.
    static let counterpartyCue = WordClass(rawValue: 1 << 10)
    /// Prepositions that make a country mention a place rather than an actor ("in Mali", "across Turkey").
    static let locative = WordClass(rawValue: 1 << 11)
    /// Capitalised words that cannot start or be a firm name (determiners, pronouns, weekdays, months, titles).
    static let nameStop = WordClass(rawValue: 1 << 12)
    /// Deal, meeting and interest words: a sentence needs one of them for an engagement link.
    static let engagementTrigger = WordClass(rawValue: 1 << 13)
    /// Strong act words: enough for engagement with a firm named in an example list ("met with such firms as A, B").
    static let strongAct = WordClass(rawValue: 1 << 14)
    /// Nouns of a meeting a follow-up sentence refers back to ("During the visit, a meeting was held with X").
    static let meetingNoun = WordClass(rawValue: 1 << 15)
    /// Officials who only witness a deal between others.
    static let witness = WordClass(rawValue: 1 << 16)
    /// Commentators, whose sentences state no engagement.
    static let analyst = WordClass(rawValue: 1 << 17)
    /// Titles whose period never ends a sentence ("Mr.", "Gen.").
    static let title = WordClass(rawValue: 1 << 18)
    /// Words that head the name of an event, venue or publication ("Egypt Defence Expo", "Qatar National Convention Centre").
    static let eventHead = WordClass(rawValue: 1 << 19)
    /// Government acts after a capital that stands for the government ("Moscow agreed").
    static let act = WordClass(rawValue: 1 << 20)
    /// Auxiliaries between such a capital and its act ("Ankara has signed").
    static let auxiliary = WordClass(rawValue: 1 << 21)
    /// Plural firm nouns that introduce lists ("companies such as", "British manufacturers A and B").
    static let pluralFirmNoun = WordClass(rawValue: 1 << 22)
    /// Prepositions between a staff role and the employer.
    static let roleLink = WordClass(rawValue: 1 << 23)
    /// Reporting verbs: "…, the company said" is no description of a firm.
    static let reportingVerb = WordClass(rawValue: 1 << 24)
    /// Words after which "of <Country>" belongs to the name ("Defence Industries Corporation of Nigeria").
    static let nameOfWord = WordClass(rawValue: 1 << 25)
    /// Nouns for exhibitors and participants.
    static let exhibitorWord = WordClass(rawValue: 1 << 26)
    /// Verbs and prepositions opening a list ("include", "including", "like").
    static let includeWord = WordClass(rawValue: 1 << 27)
    /// First word of "taking part" / "exhibiting here".
    static let takingPart = WordClass(rawValue: 1 << 28)
    /// Second word of "taking part" / "exhibiting here".
    static let takingPart2 = WordClass(rawValue: 1 << 29)
    /// Forms of "to be" in "Among the companies present are".
    static let areWord = WordClass(rawValue: 1 << 30)
    /// "present", "represented".
    static let presentWord = WordClass(rawValue: 1 << 31)
    /// Words before "with" that open a list of parties met.
    static let meetingListWord = WordClass(rawValue: 1 << 32)
    /// "executives", "representatives", "management" between "with" and a firm.
    static let executivesWord = WordClass(rawValue: 1 << 33)
    /// "from" / "of" after those words.
    static let roleLinkFrom = WordClass(rawValue: 1 << 34)
    /// Capitalised generic words that do not make a name distinctive on their own.
    static let genericWord = WordClass(rawValue: 1 << 35)
    /// Words that open a list of examples after a plural firm noun.
    static let exampleOpener = WordClass(rawValue: 1 << 36)
    /// Prepositions linking a firm to a partner firm ("partnership with", "components for").
    static let firmPartnerLink = WordClass(rawValue: 1 << 37)
    /// Abbreviated legal forms whose period belongs to the name ("Moog Inc.").
    static let abbreviatedSuffix = WordClass(rawValue: 1 << 38)
    /// First words too generic to stand alone for a firm ("Advanced" for "Advanced Electronics Company").
    static let genericStart = WordClass(rawValue: 1 << 39)
    /// Words that end a complete firm name, so a following "and" starts another name.
    static let finalWord = WordClass(rawValue: 1 << 40)
    /// Lower-case words joining the capitalised words of one name ("Corporation of Nigeria", "Corporación de la Industria").
    static let connector = WordClass(rawValue: 1 << 41)
    /// Words between a plural firm noun and its list.
    static let openerWord = WordClass(rawValue: 1 << 42)
    /// Plural nouns for the firms of an article-level statement ("the only companies").
    static let groupNoun = WordClass(rawValue: 1 << 43)
    /// Words that continue a firm name after "and" ("Research and Production Enterprise", "Defence and Security Technologies").
    static let compoundWord = WordClass(rawValue: 1 << 44)
    /// Nouns before "of" that make the firm after them a parent named in a description ("part of X", "a subsidiary of X").
    static let parentLink = WordClass(rawValue: 1 << 45)
    /// Nouns for a government's purchase competition: "Australia's Land 400 program".
    static let tenderNoun = WordClass(rawValue: 1 << 46)
    /// Words that make a sentence about competing offers: "competing", "offered", "bid".
    static let competitionWord = WordClass(rawValue: 1 << 47)
    /// Delivery words: alone and planned ("will deliver radars to Egypt") they state no act of the receiving state.
    static let deliveryWord = WordClass(rawValue: 1 << 48)
    /// Words of a plan or expectation before a delivery word.
    static let plannedWord = WordClass(rawValue: 1 << 49)
    /// Nouns of a firm that works for another firm: "a subcontractor to X".
    static let subcontractorNoun = WordClass(rawValue: 1 << 50)
    /// Nouns of a deal a follow-up sentence refers back to: "the deal", "the contract", "the suppliers".
    static let dealNoun = WordClass(rawValue: 1 << 51)
    /// Negations: "not", "never", "no", and contractions the tokenizer keeps whole ("didn't", "hasn’t", "won't").
    static let negation = WordClass(rawValue: 1 << 52)
}

/// Single words the rules name directly.
/// (`as_`, `in_`, `is_`, `for_` are the Swift keywords `as`, `in`, `is`, `for`.)
enum Word: UInt8, Sendable {
    case none = 0, the, a, an, of, and, or, with, from, to, for_, at, by, as_, in_, such, one, which, is_, based, made, headquartered, company, firm, between, been, only, held, well, pavilion, national, presence, participants, together, plc, oo, z, sp, defence, defense
}

enum Lexicon {
    static let possessiveKey = TokenHash.key("'s")

    /// Token key → (classes, word).
    static let table: KeyMap = {
        var entries: [UInt64: (WordClass, Word)] = [:]
        func add(_ words: String, _ c: WordClass) {
            for w in words.split(separator: " ") { entries[TokenHash.key(String(w)), default: ([], .none)].0.formUnion(c) }
        }
        add("oÜ inc inc. ltd ltd. llc l.l.c. plc gmbh ag sa s.a. s.p.a. spa sas s.a.s. corp corp. co co. limited jsc ojsc pjsc cjsc jsco a.ş. a.s. as a/s asa ab oy oyj nv n.v. bv b.v. kg se sarl s.a.r.l. srl s.r.l. s.r.o. sro pte pty bhd sdn tbk lp l.p. fze fzco fz-llc wll w.l.l. a.Ş. pvt pvt. kft zrt o.o. d.o.o. d.d. a.d. j.p. sl s.l. sal s.a.l. spzoo ltda ltda. s.a.u. sau gie ad ood eood", .trailingSuffix)
        add("jsc ojsc pjsc cjsc oao zao pao ao pt npo npp npk kb okb fgup fsue", .leadingSuffix)
        add("group company corporation the", .ignorableInName)
        add("industries industry systems system technologies technology aerospace aeronautics aviation dynamics defence defense electronics electronic shipyard shipyards shipbuilding shipbuilders motors engineering holding holdings group arms armaments munitions munition ordnance optronics optics optical avionics robotics mobility space marine solutions works plant plants factory factories corporation company enterprises enterprise manufacturing machinery vehicles automotive helicopters aircraft missiles missile ammunition instruments photonics communications laboratories labs bureau concern consortium arsenal dockyard dockyards armour armor ballistics precision trucks weapons firearms aerosystems aerostructures composites explosives propulsion sensors radars radar satellites shipbuilder shipbuilding integrators steel metals forge trade trading associates partners dynamik werke werft sanayi sanayii savunma teknoloji teknolojileri sistemleri sistemas sistemi systèmes systemes systemy obronne pertahanan försvar forsvar industri industria industrie industrias industriale aeronáutica aeronautica aeroespacial aérospatiale aerospatiale défense defensa difesa rüstung wehrtechnik zbrojeniowa zbrojovka tecnologia tecnologías technologie technologii tehnologii makina elektronik otomotiv havacılık armamento armamentos", .firmHead)
        add("ministry ministries department agency service council authority institute institution organisation organization directorate presidency office administration committee commission command forces force army navy staff union alliance association federation centre center university academy state front movement party parliament assembly exhibition show fair expo airshow forum conference summit salon week games festival news times post daily journal gazette herald tribune press media television radio nations guard police gendarmerie corps brigade battalion regiment division fleet republic kingdom islands states government cabinet senate congress court fund foundation programme program initiative treaty pact region zone sea ocean gulf peninsula basin valley coast airport base hall palace stadium square street hotel club school college hospital mosque church cathedral minister ministers secretary ambassador embassy league bank corps", .nonFirmHead)
        add("government governments ministry ministries minister ministers military militaries army armies navy navies forces force delegation delegations official officials authorities administration president presidency premier staff guard gendarmerie marines junta cabinet parliament leadership king emir sultan embassy ambassador attache attaché representatives procurement state regime troops commander commanders chief chiefs envoy secretary department defence defense mod mindef council agency directorate service kingdom emirate sultanate side", .governmentNoun)
        add("defence defense air naval national armed land coast border general military special federal state interior foreign", .governmentModifier)
        add("company companies firm firms manufacturer manufacturers maker makers producer producers contractor contractors supplier suppliers exporter exporters shipbuilder shipbuilders conglomerate conglomerates corporation corporations developer developers enterprise enterprises group groups gunmaker gunmakers shipyard shipyards integrator integrators vendor vendors house houses provider providers builder builders subsidiary subsidiaries holding holdings concern concerns exhibitors exhibitor planemaker planemakers automaker automakers carmaker carmakers airline airlines undertaking undertakings venture ventures consortium consortia intermediary intermediaries giant giants major majors specialist", .firmNoun)
        add("company firm corporation concern", .firmNounAfterName)
        add("spokesperson spokesman spokeswoman manager director head ceo cto cfo coo executive executives officer chairman chairwoman specialist representative representatives engineer engineers president vice-president founder owner employee employees marketing sales exports export", .roleWord)
        add("received receives receiving bought buys purchased acquired imported ordered got obtained equipment weapons arms support talks ties relations agreement agreements deal deals contract contracts signed negotiations cooperation", .counterpartyCue)
        add("in at across throughout near around inside within outside into", .locative)
        add("the a an this that these those its it his her their our we they he she i you my your and or but of for in on at to by with from as after before during while when where which who whose what how why there here all some many several other others each every both leading major local foreign meanwhile moreover separately however also earlier later under according among about over since until if than then once according mr mrs ms dr gen lt col maj capt adm sir prof monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december today yesterday last next first second third one two three four five six seven eight nine ten", .nameStop)
        add("met meets meeting meetings talks talked negotiating negotiated negotiation negotiations negotiate negotiates signed signs signing contract contracts order ordered orders bought buy buys buying purchase purchased purchases purchasing procure procured procures procuring procurement acquire acquired acquires acquiring acquisition received receive receives receiving delivery deliveries delivered deliver delivers delivering supplied supply supplies supplying awarded award chose chosen choose chooses selected select selects selection interest interested interests jointly joint co-production coproduction co-produce cooperation agreement agreements agreed deal deals discussed discuss discusses discussion discussions visited visit visits customers customer funded funding financed finances tender bid bids proposal proposals evaluation evaluating evaluate licence license licensed memorandum mou consultations toured commissioned requested request considering considers picked pick picks beating rejected rejecting offered competing compete competes contender contenders shortlisted sold sell sells selling sale sales considered examined examining contracted inducted sign ordering exported secured won", .engagementTrigger)
        add("met meeting meetings talks negotiated negotiations signed ordered bought purchased received selected chose contract contracts agreement awarded discussed deal deals orders agreements delivered supplied sold", .strongAct)
        add("meeting meetings negotiations talks visit consultations discussions", .meetingNoun)
        add("witnessed witnessing welcomed welcoming welcome welcomes attended hailed hailing hail", .witness)
        add("analyst analysts", .analyst)
        add("mr mrs ms dr gen lt col maj capt cpt adm sgt st no nos vs jr sr prof rep sen gov brig cmdr cdr fig approx est", .title)
        add("exhibition exhibitions show airshow air-show expo fair forum conference summit salon week games festival congress symposium news times post daily journal gazette herald tribune press media television tv radio centre center hall palace stadium arena airport university institute academy club cup championship prize award awards war wars", .eventHead)
        add("agreed signed ordered approved decided bought purchased procured acquired received chose selected refused rejected cancelled canceled awarded funded negotiated agree sign order buy purchase acquire receive choose select announced contracted", .act)
        add("has have had will would is was wants plans intends also then", .auxiliary)
        add("companies firms manufacturers makers producers contractors suppliers exporters shipbuilders conglomerates corporations developers enterprises groups gunmakers shipyards integrators vendors houses providers builders subsidiaries holdings concerns exhibitors planemakers automakers carmakers airlines giants majors", .pluralFirmNoun)
        add("at of for", .roleLink)
        add("said says told added noted reported stated announced explained", .reportingVerb)
        add("corporation company industries industry organisation organization works factory group authority", .nameOfWord)
        add("exhibitors exhibitor participants", .exhibitorWord)
        add("include includes including included like are", .includeWord)
        add("taking exhibiting", .takingPart)
        add("part here", .takingPart2)
        add("are were is", .areWord)
        add("present represented", .presentWord)
        add("meetings meeting talks met", .meetingListWord)
        add("executives representatives management officials", .executivesWord)
        add("from of", .roleLinkFrom)
        add("advanced applied integrated united international national global royal central public special strategic modern aero naval electro tactical unmanned small heavy light air land sea marine joint allied state new", .genericWord)
        add("like including", .exampleOpener)
        add("with for", .firmPartnerLink)
        add("inc ltd corp co jsco bhd ltda", .abbreviatedSuffix)
        add("advanced applied integrated united international national global royal central public special strategic modern aero naval electro tactical unmanned small heavy light air land sea marine joint allied general state federal", .genericStart)
        add("technologies systems industries group corporation company limited ltd inc holdings shipyard shipyards works plant", .finalWord)
        add("of for de du la del des von van ve", .connector)
        add("such as include includes including like taking part exhibiting here are were is brings bring together led by the features feature comprises", .openerWord)
        add("companies firms exhibitors manufacturers participants", .groupNoun)
        entries[TokenHash.key("the"), default: ([], .none)].1 = .the
        entries[TokenHash.key("a"), default: ([], .none)].1 = .a
        entries[TokenHash.key("an"), default: ([], .none)].1 = .an
        entries[TokenHash.key("of"), default: ([], .none)].1 = .of
        entries[TokenHash.key("and"), default: ([], .none)].1 = .and
        entries[TokenHash.key("or"), default: ([], .none)].1 = .or
        entries[TokenHash.key("with"), default: ([], .none)].1 = .with
        entries[TokenHash.key("from"), default: ([], .none)].1 = .from
        entries[TokenHash.key("to"), default: ([], .none)].1 = .to
        entries[TokenHash.key("for"), default: ([], .none)].1 = .for_
        entries[TokenHash.key("at"), default: ([], .none)].1 = .at
        entries[TokenHash.key("by"), default: ([], .none)].1 = .by
        entries[TokenHash.key("as"), default: ([], .none)].1 = .as_
        entries[TokenHash.key("in"), default: ([], .none)].1 = .in_
        entries[TokenHash.key("such"), default: ([], .none)].1 = .such
        entries[TokenHash.key("one"), default: ([], .none)].1 = .one
        entries[TokenHash.key("which"), default: ([], .none)].1 = .which
        entries[TokenHash.key("is"), default: ([], .none)].1 = .is_
        entries[TokenHash.key("based"), default: ([], .none)].1 = .based
        entries[TokenHash.key("made"), default: ([], .none)].1 = .made
        entries[TokenHash.key("headquartered"), default: ([], .none)].1 = .headquartered
        entries[TokenHash.key("company"), default: ([], .none)].1 = .company
        entries[TokenHash.key("between"), default: ([], .none)].1 = .between
        entries[TokenHash.key("been"), default: ([], .none)].1 = .been
        entries[TokenHash.key("firm"), default: ([], .none)].1 = .firm
        entries[TokenHash.key("only"), default: ([], .none)].1 = .only
        entries[TokenHash.key("held"), default: ([], .none)].1 = .held
        entries[TokenHash.key("well"), default: ([], .none)].1 = .well
        entries[TokenHash.key("pavilion"), default: ([], .none)].1 = .pavilion
        entries[TokenHash.key("national"), default: ([], .none)].1 = .national
        entries[TokenHash.key("presence"), default: ([], .none)].1 = .presence
        entries[TokenHash.key("participants"), default: ([], .none)].1 = .participants
        entries[TokenHash.key("together"), default: ([], .none)].1 = .together
        entries[TokenHash.key("plc"), default: ([], .none)].1 = .plc
        entries[TokenHash.key("o.o."), default: ([], .none)].1 = .oo
        entries[TokenHash.key("z"), default: ([], .none)].1 = .z
        entries[TokenHash.key("sp"), default: ([], .none)].1 = .sp
        entries[TokenHash.key("defence"), default: ([], .none)].1 = .defence
        entries[TokenHash.key("defense"), default: ([], .none)].1 = .defense
        add("production development research design services repair maintenance security technology engineering", .compoundWord)
        add("part subsidiary subsidiaries unit arm division affiliate daughter owned controlled entities venture", .parentLink)
        add("tender tenders competition competitions procurement programme program requirement contest", .tenderNoun)
        add("delivery deliveries deliver delivers delivering delivered supply supplies supplying supplied", .deliveryWord)
        add("will would shall plans planned plan planning expected expects scheduled intends", .plannedWord)
        add("subcontractor subcontractors sub-contractor supplier suppliers partner partners subcontracted", .subcontractorNoun)
        add("deal deals contract contracts order orders agreement agreements tender purchase purchases sale acquisition supplier suppliers bidders contenders buyers buyer customers award awards", .dealNoun)
        add("competing compete competes competed competitor competitors contender contenders bid bids bidding offered offering shortlisted tender bidder bidders rival rivals beating proposed", .competitionWord)
        add("not never no cannot didn't doesn't don't hasn't haven't hadn't won't wouldn't isn't aren't wasn't weren't can't couldn't shouldn't", .negation)
        return KeyMap(entries)
    }()
}
