/// What one article says: its countries, firms and typed links. The JSON form (see
/// `ArticleExtraction+JSON.swift`) has the shape of the gold files: id, date, year, countries,
/// firms[name, aliases, country], pairs[country, firm, relation] plus extra keys on pairs.
public struct ArticleExtraction: Sendable, Hashable {
    public var id: String
    public var date: String?
    public var year: Int?
    /// ISO 3166-1 alpha-3 codes (or `X..` codes for territories without one), in order of first mention.
    public var countries: [String]
    public var firms: [ExtractedFirm]
    public var pairs: [ExtractedPair]
    /// Where the article came from (file path or `FILE.jsonl:LINE`), for messages and evidence links.
    public var source: String
    /// The article's `http(s)` URL when the corpus gives one (JSONL `url`); not part of the JSON line.
    public var url: String?

    public init(id: String, date: String?, year: Int?, countries: [String], firms: [ExtractedFirm], pairs: [ExtractedPair], source: String) {
        self.id = id
        self.date = date
        self.year = year
        self.countries = countries
        self.firms = firms
        self.pairs = pairs
        self.source = source
    }

    public init(id: String, date: String?, year: Int?, countries: [String], firms: [ExtractedFirm], pairs: [ExtractedPair], source: String,
                url: String?) {
        self.init(id: id, date: date, year: year, countries: countries, firms: firms, pairs: pairs, source: source)
        self.url = url
    }
}

/// A firm as one article names it.
public struct ExtractedFirm: Sendable, Hashable {
    /// The first full form written in the text, without a leading "the" or possessive.
    public var name: String
    /// Other forms the same text uses (abbreviation in parentheses, shorter or formal form).
    public var aliases: [String]
    /// The home country this article states (ISO3), nil when it states none or two.
    public var country: String?
    /// The firm's identity across articles: the gazetteer's canonical name, or for a firm found
    /// from textual cues, its name with corporate suffixes removed.
    public var canonical: String
    /// The gazetteer's home country for the firm: a node attribute, never a `home` link.
    public var listedHome: String?

    public init(name: String, aliases: [String], country: String?, canonical: String, listedHome: String?) {
        self.name = name
        self.aliases = aliases
        self.country = country
        self.canonical = canonical
        self.listedHome = listedHome
    }
}

/// A typed country–firm link found in one article.
public struct ExtractedPair: Sendable, Hashable {
    /// ISO3 code.
    public var country: String
    /// The firm's `name` in this article (as in `firms`).
    public var firm: String
    /// The firm's canonical identity (`ExtractedFirm.canonical`).
    public var firmID: String
    public var relation: Relation
    /// The sentences that state it, in text order.
    public var evidence: [String]

    public init(country: String, firm: String, firmID: String, relation: Relation, evidence: [String]) {
        self.country = country
        self.firm = firm
        self.firmID = firmID
        self.relation = relation
        self.evidence = evidence
    }
}
