/// General English and defence-trade vocabulary the rules look for, as sets of token keys.
/// These are word classes of the domain (corporate suffixes, words that head a firm's or an
/// organisation's name, government nouns, deal verbs), not names of particular entities.
enum Lexicon {
    static let possessiveKey = TokenHash.key("'s")

    static func keys(_ words: String) -> Set<UInt64> { Set(words.split(separator: " ").map { TokenHash.key(String($0)) }) }
    static func key(_ w: String) -> UInt64 { TokenHash.key(w) }

    /// Legal-form words that end a firm name ("Moog Inc.", "Leonardo S.p.A.", "Hensoldt AG"). Dotted forms are single tokens.
    static let trailingSuffixes = keys("""
        inc inc. ltd ltd. llc l.l.c. plc gmbh ag sa s.a. s.p.a. spa sas s.a.s. corp corp. co co. limited jsc ojsc pjsc cjsc jsco \
        a.ş. a.s. as a/s asa ab oy oyj nv n.v. bv b.v. kg se sarl s.a.r.l. srl s.r.l. s.r.o. sro pte pty bhd sdn tbk lp l.p. \
        fze fzco fz-llc wll w.l.l. a.Ş. pvt pvt. kft zrt o.o. d.o.o. d.d. a.d. j.p. sl s.l. sal s.a.l. spzoo ltda ltda. s.a.u. sau gie ad ood eood
        """)
    /// Legal-form words that begin a firm name ("JSC Rosoboronexport", "PT Pindad", "NPO Splav").
    static let leadingSuffixes = keys("jsc ojsc pjsc cjsc oao zao pao ao pt npo npp npk kb okb fgup fsue")
    /// Suffix words the scorer and `canonical` ignore, in addition to the legal forms.
    static let ignorableInNames = keys("group company corporation the")

    /// Last words that make a capitalised name a firm's ("Selith Avionics", "Kestrel Unmanned Systems").
    static let firmHeads = keys("""
        industries industry systems system technologies technology aerospace aeronautics aviation dynamics defence defense \
        electronics electronic shipyard shipyards shipbuilding shipbuilders motors engineering holding holdings group arms \
        armaments munitions munition ordnance optronics optics optical avionics robotics mobility space marine solutions works \
        plant plants factory factories corporation company enterprises enterprise manufacturing machinery vehicles automotive \
        helicopters aircraft missiles missile ammunition instruments photonics communications laboratories labs bureau concern \
        consortium arsenal dockyard dockyards armour armor ballistics precision trucks weapons firearms \
        aerosystems aerostructures composites explosives propulsion sensors radars radar satellites shipbuilder shipbuilding \
        integrators steel metals forge trade trading associates partners \
        dynamik werke werft sanayi sanayii savunma teknoloji teknolojileri sistemleri sistemas sistemi systèmes systemes systemy \
        obronne pertahanan försvar forsvar industri industria industrie industrias industriale aeronáutica aeronautica \
        aeroespacial aérospatiale aerospatiale défense defensa difesa rüstung wehrtechnik zbrojeniowa zbrojovka tecnologia \
        tecnologías technologie technologii tehnologii makina elektronik otomotiv havacılık armamento armamentos
        """)

    /// Words that make a capitalised name an organisation, event, place or publication rather than a firm.
    static let nonFirmHeads = keys("""
        ministry ministries department agency service council authority institute institution organisation organization \
        directorate presidency office administration committee commission command forces force army navy staff union \
        alliance association federation centre center university academy state front movement party parliament assembly \
        exhibition show fair expo airshow forum conference summit salon week games festival news times post daily journal \
        gazette herald tribune press media television radio nations guard police gendarmerie corps brigade battalion regiment \
        division fleet republic kingdom islands states government cabinet senate congress court fund foundation programme \
        program initiative treaty pact region zone sea ocean gulf peninsula basin valley coast airport base hall palace \
        stadium square street hotel club school college hospital mosque church cathedral minister ministers secretary \
        ambassador embassy league bank corps
        """)

    /// Nouns for a state's government, armed forces and officials: "the Turkish Defence Ministry", "Mali's army".
    static let governmentNouns = keys("""
        government governments ministry ministries minister ministers military militaries army armies navy navies \
        forces force delegation delegations official officials authorities administration president presidency \
        premier staff guard gendarmerie marines junta cabinet parliament leadership king emir sultan embassy ambassador \
        attache attaché representatives procurement state regime troops commander commanders chief chiefs envoy \
        secretary department defence defense mod mindef council agency directorate
        """)
    /// Government nouns that also begin a multi-word title ("Defence Ministry", "Air Force", "General Staff").
    static let governmentModifiers = keys("defence defense air naval national armed land coast border general military special federal state interior foreign")

    /// Lower-case nouns for a firm: "X company", "the Turkish drone maker X", "such French firms as".
    static let firmNouns = keys("""
        company companies firm firms manufacturer manufacturers maker makers producer producers contractor contractors \
        supplier suppliers exporter exporters shipbuilder shipbuilders conglomerate conglomerates corporation corporations \
        developer developers enterprise enterprises group groups gunmaker gunmakers shipyard shipyards integrator integrators \
        vendor vendors house houses provider providers builder builders subsidiary subsidiaries \
        holding holdings concern concerns exhibitors exhibitor
        """)
    /// Firm nouns that can directly follow a firm's name ("Nexter company"): not "group", which names armed groups too.
    static let firmNounsAfterName = keys("company firm corporation concern")

    /// Words for a firm's staff whose employer follows "at/of/for": "a spokesperson for X", "export director of X".
    static let roleWords = keys("""
        spokesperson spokesman spokeswoman manager director head ceo cto cfo coo executive executives officer chairman \
        chairwoman specialist representative representatives engineer engineers president vice-president founder owner \
        employee employees marketing sales exports export
        """)

    /// Words that open a list of firms named as examples or exhibitors.
    static let listOpeners = keys("including include includes included such like among are is as")

    /// Words after a capital that show it is the actor of a government act ("Moscow agreed").
    static let governmentActVerbs = keys("""
        agreed signed ordered approved decided bought purchased procured acquired received chose selected announced \
        has have had will would wants plans intends is was refused rejected cancelled canceled awarded funded negotiated
        """)
    /// Words before "from <capital>" / "with <capital>" that make the capital a counterparty.
    static let counterpartyCues = keys("""
        received receives receiving bought buys purchased acquired imported ordered got obtained equipment weapons arms \
        support talks ties relations agreement agreements deal deals contract contracts signed negotiations cooperation
        """)

    /// Prepositions that make a country mention a place rather than an actor ("in Mali", "across Turkey").
    static let locativePrepositions = keys("in at across throughout near around inside within outside into")

    /// Tokens that cannot start or be a firm name even when capitalised.
    static let nameStopWords = keys("""
        the a an this that these those its it his her their our we they he she i you my your and or but of for in on at to by \
        with from as after before during while when where which who whose what how why there here all some many several \
        other others each every both leading major local foreign \
        meanwhile moreover separately however also earlier later under according among about over since until if than then \
        once according mr mrs ms dr gen lt col maj capt adm sir prof monday tuesday wednesday thursday friday saturday sunday \
        january february march april may june july august september october november december today yesterday last next \
        first second third one two three four five six seven eight nine ten
        """)

    /// Deal, meeting and interest words: a sentence needs one of them for an engagement link.
    static let engagementTriggers = keys("""
        met meets meeting meetings talks talked negotiating negotiated negotiation negotiations negotiate negotiates \
        signed signs signing contract contracts order ordered orders bought buy buys buying purchase purchased purchases \
        purchasing procure procured procures procuring procurement acquire acquired acquires acquiring acquisition received \
        receive receives receiving delivery deliveries delivered deliver delivers delivering supplied supply supplies supplying \
        awarded award chose chosen choose chooses selected select selects selection interest interested interests jointly \
        joint co-production coproduction co-produce cooperation agreement agreements agreed deal deals discussed discuss \
        discusses discussion discussions visited visit visits briefed customers customer funded funding financed finances \
        tender bid bids proposal proposals evaluation evaluating evaluate licence license licensed memorandum mou \
        consultations toured commissioned requested request considering considers
        """)
    /// Strong act words: enough for engagement with a firm named in an example list ("met with such firms as A, B").
    static let strongActs = keys("""
        met meeting meetings talks negotiated negotiations signed ordered bought purchased received selected chose contract \
        contracts agreement awarded discussed
        """)
    /// Words that mark sentence-initial or standalone coreference to an earlier meeting ("During the meeting, …").
    static let meetingNouns = keys("meeting meetings negotiations talks visit consultations discussions")

    static let theKey = key("the")
    static let aKey = key("a")
    static let anKey = key("an")
    static let ofKey = key("of")
    static let andKey = key("and")
    static let orKey = key("or")
    static let withKey = key("with")
    static let fromKey = key("from")
    static let toKey = key("to")
    static let forKey = key("for")
    static let atKey = key("at")
    static let byKey = key("by")
    static let asKey = key("as")
    static let inKey = key("in")
    static let suchKey = key("such")
    static let oneKey = key("one")
    static let whichKey = key("which")
    static let isKey = key("is")
    static let basedKey = key("based")
    static let madeKey = key("made")
    static let headquarteredKey = key("headquartered")
    static let companyKey = key("company")
    static let firmKey = key("firm")
    static let onlyKey = key("only")
    static let heldKey = key("held")
    static let duringKey = key("during")
    static let wellKey = key("well")
    static let usKey = key("us")
    static let ourKey = key("our")
    static let weKey = key("we")
    static let pavilionKey = key("pavilion")
    static let nationalKey = key("national")
    static let presenceKey = key("presence")
    static let witnessKeys = keys("witnessed witnessing welcomed welcoming attended")
    static let talkBaseKey = key("talk")
    static let opportunityKey = key("opportunity")
    static let potentialKey = key("potential")
    static let partnersKey = key("partners")
    static let analystKeys = keys("analyst analysts")
    static let operatesKeys = keys("operates operate operated operating uses use used")
}
