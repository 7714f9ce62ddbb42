/// The JSON shapes of the gazetteer files in `Resources/gazetteer/` and of a user overlay
/// (`--gazetteer FILE`). An overlay has the same top-level keys; any of them may be missing.
struct GazetteerFile: Decodable {
    var sources: [String]?
    var countries: [CountryEntry]?
    var firms: [FirmEntry]?
    var entries: [NonEntityEntry]?
}

/// A state or territory: `countries.json` → `countries[]`.
public struct CountryEntry: Decodable, Sendable, Hashable {
    public var iso3: String
    public var name: String
    /// `member`, `observer` or `territory`.
    public var status: String?
    public var aliases: [String]
    /// Forms that also name something else ("Georgia", "Korea"); used only where nothing longer matches
    /// and not as a person's given name.
    public var ambiguousAliases: [String]?
    /// Demonyms and adjectives ("Turkish", "Emirati").
    public var demonyms: [String]
    /// Capitals: they stand for the government only as the actor of a government act ("Moscow agreed").
    public var capitals: [String]
    /// The name is also a person's given name ("Jordan", "Chad"): "Jordan French" is then a person.
    public var givenName: Bool?

    public init(iso3: String, name: String, status: String? = nil, aliases: [String] = [], ambiguousAliases: [String]? = nil,
                demonyms: [String] = [], capitals: [String] = [], givenName: Bool? = nil) {
        self.iso3 = iso3
        self.name = name
        self.status = status
        self.aliases = aliases
        self.ambiguousAliases = ambiguousAliases
        self.demonyms = demonyms
        self.capitals = capitals
        self.givenName = givenName
    }

    enum CodingKeys: String, CodingKey { case iso3, name, status, aliases, ambiguousAliases, demonyms, capitals, givenName }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        iso3 = try c.decode(String.self, forKey: .iso3)
        name = try c.decode(String.self, forKey: .name)
        status = try c.decodeIfPresent(String.self, forKey: .status)
        aliases = try c.decodeIfPresent([String].self, forKey: .aliases) ?? []
        ambiguousAliases = try c.decodeIfPresent([String].self, forKey: .ambiguousAliases)
        demonyms = try c.decodeIfPresent([String].self, forKey: .demonyms) ?? []
        capitals = try c.decodeIfPresent([String].self, forKey: .capitals) ?? []
        givenName = try c.decodeIfPresent(Bool.self, forKey: .givenName)
    }
}

/// A firm: `firms.json` → `firms[]`.
public struct FirmEntry: Decodable, Sendable, Hashable {
    public var name: String
    public var aliases: [String]
    /// Home country (ISO3) as the gazetteer knows it; becomes `listedHome`, never a `home` link.
    public var country: String?
    public var multinational: [String]?
    public var parent: String?
    public var kind: String?
    /// The noun for another maker's product that has the same name ("helicopter": "Caracal" is also Airbus's H225M).
    /// Where the text uses the name as that product ("50 Caracal helicopters"), it does not name this firm.
    public var alsoProduct: String?

    public init(name: String, aliases: [String] = [], country: String? = nil, multinational: [String]? = nil, parent: String? = nil, kind: String? = nil,
                alsoProduct: String? = nil) {
        self.name = name
        self.aliases = aliases
        self.country = country
        self.multinational = multinational
        self.parent = parent
        self.kind = kind
        self.alsoProduct = alsoProduct
    }

    enum CodingKeys: String, CodingKey { case name, aliases, country, multinational, parent, kind, alsoProduct }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decode(String.self, forKey: .name)
        aliases = try c.decodeIfPresent([String].self, forKey: .aliases) ?? []
        country = try c.decodeIfPresent(String.self, forKey: .country)
        multinational = try c.decodeIfPresent([String].self, forKey: .multinational)
        parent = try c.decodeIfPresent(String.self, forKey: .parent)
        kind = try c.decodeIfPresent(String.self, forKey: .kind)
        alsoProduct = try c.decodeIfPresent(String.self, forKey: .alsoProduct)
    }
}

/// Something that is neither a country nor a firm although it may look like one (media, agencies,
/// ministries, blocs, regions, armed groups, venues, exhibitions, products): `nonentities.json` → `entries[]`.
public struct NonEntityEntry: Decodable, Sendable, Hashable {
    public var name: String
    /// `media|agency|ministry|international|bloc|region|armed-group|venue|exhibition|product|organisation`.
    public var kind: String
    public var aliases: [String]
    /// The country an agency or ministry belongs to (informational: the entry's own name does not
    /// mention the country, so a match never counts as one).
    public var country: String?

    public init(name: String, kind: String, aliases: [String] = [], country: String? = nil) {
        self.name = name
        self.kind = kind
        self.aliases = aliases
        self.country = country
    }

    enum CodingKeys: String, CodingKey { case name, kind, aliases, country }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decode(String.self, forKey: .name)
        kind = try c.decodeIfPresent(String.self, forKey: .kind) ?? "organisation"
        aliases = try c.decodeIfPresent([String].self, forKey: .aliases) ?? []
        country = try c.decodeIfPresent(String.self, forKey: .country)
    }
}
