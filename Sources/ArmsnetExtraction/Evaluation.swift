import Foundation

/// One article's expected extraction, read from a gold JSONL line (the shape of `seeds.jsonl`).
public struct GoldArticle: Sendable, Hashable, Decodable {
    public struct Firm: Sendable, Hashable, Decodable {
        public var name: String
        public var aliases: [String]
        public var country: String?

        public init(name: String, aliases: [String] = [], country: String? = nil) {
            self.name = name
            self.aliases = aliases
            self.country = country
        }

        enum CodingKeys: String, CodingKey { case name, aliases, country }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            name = try c.decode(String.self, forKey: .name)
            aliases = try c.decodeIfPresent([String].self, forKey: .aliases) ?? []
            country = try c.decodeIfPresent(String.self, forKey: .country)
        }
    }

    public struct Pair: Sendable, Hashable, Decodable {
        public var country: String
        public var firm: String
        public var relation: String

        public init(country: String, firm: String, relation: String) {
            self.country = country
            self.firm = firm
            self.relation = relation
        }
    }

    public var id: String
    public var countries: [String]
    public var firms: [Firm]
    public var pairs: [Pair]

    public init(id: String, countries: [String], firms: [Firm], pairs: [Pair]) {
        self.id = id
        self.countries = countries
        self.firms = firms
        self.pairs = pairs
    }

    /// Parses one gold JSONL line.
    public static func parse(line: String) throws -> GoldArticle {
        try JSONDecoder().decode(GoldArticle.self, from: Data(line.utf8))
    }
}

/// Micro precision, recall and F1 of extractions against gold labels, over countries, firms, untyped
/// pairs (country + firm) and typed pairs (plus relation), with each article's misses and false hits.
///
/// Matching follows `gold/README.md`: a predicted firm matches an expected one when any of their
/// names or aliases are equal after `Evaluation.normalise` (case, punctuation, diacritics and corporate
/// suffixes ignored); pairs compare the matched firms. Only `home` and `engagement` pairs are scored.
public struct Evaluation: Sendable {
    /// True positives, false positives and false negatives of one measure.
    public struct Score: Sendable, Hashable {
        public var truePositives = 0
        public var falsePositives = 0
        public var falseNegatives = 0

        public init(truePositives: Int = 0, falsePositives: Int = 0, falseNegatives: Int = 0) {
            self.truePositives = truePositives
            self.falsePositives = falsePositives
            self.falseNegatives = falseNegatives
        }

        /// 1 when nothing was predicted.
        public var precision: Double { truePositives + falsePositives == 0 ? 1 : Double(truePositives) / Double(truePositives + falsePositives) }
        /// 1 when nothing was expected.
        public var recall: Double { truePositives + falseNegatives == 0 ? 1 : Double(truePositives) / Double(truePositives + falseNegatives) }
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

        mutating func add(expected: Set<String>, predicted: Set<String>) -> (missed: [String], falseHits: [String]) {
            truePositives += expected.intersection(predicted).count
            let missed = expected.subtracting(predicted).sorted()
            let falseHits = predicted.subtracting(expected).sorted()
            falseNegatives += missed.count
            falsePositives += falseHits.count
            return (missed, falseHits)
        }
    }

    /// What one article got wrong, for `--verbose`.
    public struct ArticleReport: Sendable, Hashable {
        public var id: String
        public var missed: [String: [String]] = [:]
        public var falseHits: [String: [String]] = [:]
        public var isPerfect: Bool { missed.values.allSatisfy(\.isEmpty) && falseHits.values.allSatisfy(\.isEmpty) }
    }

    public private(set) var countries = Score()
    public private(set) var firms = Score()
    public private(set) var pairs = Score()
    public private(set) var typedPairs = Score()
    public private(set) var articles: [ArticleReport] = []
    /// Gold articles with no prediction and predictions with no gold article.
    public private(set) var unmatchedIDs: [String] = []

    public init() {}

    /// Scores one article. Pass `predicted: nil` when the extractor produced nothing for a gold article.
    public mutating func add(predicted: ArticleExtraction?, gold: GoldArticle) {
        var report = ArticleReport(id: gold.id)
        let p = predicted ?? ArticleExtraction(id: gold.id, date: nil, year: nil, countries: [], firms: [], pairs: [], source: "")
        if predicted == nil { unmatchedIDs.append(gold.id) }
        var r = countries.add(expected: Set(gold.countries), predicted: Set(p.countries))
        report.missed["countries"] = r.missed
        report.falseHits["countries"] = r.falseHits

        // Firms: match each predicted firm to an unmatched gold firm sharing a normalised form.
        let goldForms = gold.firms.map { Set(([$0.name] + $0.aliases).map(Self.normalise)) }
        var goldTaken = [Bool](repeating: false, count: gold.firms.count)
        var predictedKey: [String: String] = [:]
        for f in p.firms {
            let forms = Set(([f.name] + f.aliases).map(Self.normalise))
            if let g = goldForms.indices.first(where: { !goldTaken[$0] && !goldForms[$0].isDisjoint(with: forms) }) {
                goldTaken[g] = true
                predictedKey[f.name] = gold.firms[g].name
            } else if let g = goldForms.indices.first(where: { !goldForms[$0].isDisjoint(with: forms) }) {
                predictedKey[f.name] = gold.firms[g].name  // a second prediction of a firm already matched
            } else {
                predictedKey[f.name] = "?" + f.name
            }
        }
        let goldFirmNames = Set(gold.firms.map(\.name))
        let predictedFirmNames = Set(p.firms.compactMap { predictedKey[$0.name] })
        r = firms.add(expected: goldFirmNames, predicted: predictedFirmNames)
        let duplicates = p.firms.count - predictedFirmNames.count
        firms.falsePositives += duplicates
        report.missed["firms"] = r.missed
        report.falseHits["firms"] = r.falseHits.map { $0.hasPrefix("?") ? String($0.dropFirst()) : $0 }

        let scored: Set<String> = ["home", "engagement"]
        let goldPairs = gold.pairs.filter { scored.contains($0.relation) }
        let predictedPairs = p.pairs.filter { scored.contains($0.relation.rawValue) }
        func firmKey(_ name: String) -> String { predictedKey[name] ?? "?" + name }
        r = pairs.add(expected: Set(goldPairs.map { "\($0.country)–\($0.firm)" }), predicted: Set(predictedPairs.map { "\($0.country)–\(firmKey($0.firm))" }))
        report.missed["pairs"] = r.missed
        report.falseHits["pairs"] = r.falseHits
        r = typedPairs.add(expected: Set(goldPairs.map { "\($0.country)–\($0.firm) \($0.relation)" }),
                           predicted: Set(predictedPairs.map { "\($0.country)–\(firmKey($0.firm)) \($0.relation.rawValue)" }))
        report.missed["typed pairs"] = r.missed
        report.falseHits["typed pairs"] = r.falseHits
        articles.append(report)
    }

    /// Records a prediction whose id is in no gold article (it is not scored).
    public mutating func addUnexpected(id: String) { unmatchedIDs.append(id) }

    private static let suffixes: Set<String> = [
        "jsc", "ojsc", "pjsc", "cjsc", "jsco", "inc", "ltd", "llc", "plc", "gmbh", "ag", "sa", "spa", "sas", "corp", "co", "as",
        "group", "company", "corporation", "limited", "the", "nv", "bv", "ab", "oy", "oyj", "asa", "se", "kg", "pte", "pty", "bhd",
        "sdn", "tbk", "srl", "sro", "sp", "z", "oo", "doo", "ad", "jp", "sl", "pt", "holding", "holdings", "incorporated", "ltda", "ou",
    ]

    /// A firm name for matching: lower case, diacritics and punctuation removed, corporate suffixes and "the" dropped.
    public static func normalise(_ name: String) -> String {
        let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
        var words: [String] = []
        var current = ""
        for ch in folded {
            if ch.isLetter || ch.isNumber { current.append(ch) } else if ch == "." || ch == "'" || ch == "’" || ch == "/" {
                continue  // "S.p.A." → "spa", "Lowe's" → "lowes"
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        let kept = words.filter { !suffixes.contains($0) }
        return (kept.isEmpty ? words : kept).joined(separator: " ")
    }
}
