import ArmsnetExtraction
import ArmsnetGraph

/// Graphs shared by the render tests.
enum Fixtures {
    /// A small network in the shape of the seed articles: 5 countries, 8 firms, home and engagement links.
    static let seedLike: BipartiteGraph = {
        var builder = GraphBuilder(countryNames: [
            "TUR": "Türkiye", "AZE": "Azerbaijan", "UKR": "Ukraine", "USA": "United States", "ARE": "United Arab Emirates",
        ])
        let links: [(String, String, String?, Relation, Int, String)] = [
            ("TUR", "Baykar", "TUR", .home, 2019, "Baykar of Türkiye showed the TB2."),
            ("AZE", "Baykar", "TUR", .engagement, 2019, "Azerbaijan signed for Bayraktar TB2 drones."),
            ("UKR", "Baykar", "TUR", .engagement, 2021, "Ukraine took delivery of more TB2s."),
            ("TUR", "Aselsan", "TUR", .home, 2019, "Aselsan is a Turkish electronics maker."),
            ("AZE", "Aselsan", "TUR", .engagement, 2021, "The Azerbaijani delegation met Aselsan."),
            ("TUR", "Roketsan", "TUR", .home, 2021, "Roketsan, the Turkish missile maker, exhibited."),
            ("ARE", "Roketsan", "TUR", .engagement, 2021, "Emirati officials visited the Roketsan stand."),
            ("USA", "Lockheed Martin Corporation", "USA", .home, 2019, "Lockheed Martin of the United States."),
            ("ARE", "Lockheed Martin Corporation", "USA", .engagement, 2019, "The UAE met Lockheed Martin."),
            ("UKR", "Lockheed Martin Corporation", "USA", .engagement, 2021, "Ukraine discussed HIMARS with Lockheed Martin."),
            ("ARE", "EDGE Group", "ARE", .home, 2021, "EDGE Group, the Emirati conglomerate, hosted."),
            ("AZE", "EDGE Group", "ARE", .engagement, 2021, "Azerbaijan and EDGE Group signed an MoU."),
            ("UKR", "Ukroboronprom", "UKR", .home, 2019, "Ukroboronprom is Ukraine's state concern."),
            ("AZE", "Ukroboronprom", "UKR", .engagement, 2019, "Azerbaijan met Ukroboronprom at ADEX."),
            ("USA", "Raytheon Technologies", "USA", .home, 2021, "Raytheon is an American firm."),
            ("ARE", "Raytheon Technologies", "USA", .engagement, 2021, "The UAE ordered from Raytheon."),
            ("AZE", "Azersimtel", "AZE", .home, 2021, "Azersimtel of Azerbaijan exhibited."),
            ("TUR", "Azersimtel", "AZE", .engagement, 2021, "Türkiye's delegation met Azersimtel."),
        ]
        for (i, (iso, firm, home, relation, year, sentence)) in links.enumerated() {
            let evidence = Evidence(articleID: "a\(100 + i)", date: "\(year)-02-1\(i % 10)", year: year, sentence: sentence,
                                    source: "seeds/a\(100 + i).txt")
            builder.add(country: CountryNode(iso: iso, name: iso), firm: FirmNode(id: firm, name: firm, listedHome: home),
                        relation: relation, year: year, weight: 1, articles: 1, evidence: [evidence])
        }
        // A heavier edge, so widths differ.
        builder.add(country: CountryNode(iso: "AZE", name: "AZE"), firm: FirmNode(id: "Baykar", name: "Baykar", listedHome: "TUR"),
                    relation: .engagement, year: 2021, weight: 3, articles: 3,
                    evidence: [Evidence(articleID: "a200", date: "2021-06-01", year: 2021, sentence: "Azerbaijan ordered more TB2 drones.",
                                        source: "https://example.org/news/a200?x=1&y=2")])
        return builder.build()
    }()

    /// Texts that break naive DOT or SVG writers.
    static let hostileTexts = [
        "Say \"hi\" Corp",
        "Back\\slash \\N \\G Ltd",
        "Trailing backslash\\",
        "<script>alert(1)</script>",
        "</text><script>alert(2)</script>",
        "Tom &amp; Jerry &foo; &#60;b&#62;",
        "Two\nLines\rCR",
        "Ctl\u{01}\u{0B}\u{1F}\u{7F}\u{85}chars",
        "\"] ; x -> y [label=\"pwned",
        "Emoji 🚀 Drones — ünïcødé",
        "' onmouseover='alert(3)",
        "]]><!-- comment",
    ]

    /// A graph whose firm names, country name and evidence are all hostile text.
    static let hostile: BipartiteGraph = {
        var builder = GraphBuilder()
        for (i, text) in hostileTexts.enumerated() {
            let evidence = Evidence(articleID: "h\(i) \(text)", date: "2020-01-0\(i % 9 + 1)", year: 2020, sentence: "Sentence: \(text)",
                                    source: i % 2 == 0 ? "javascript:alert(\(i))" : "../articles/\(text).txt")
            builder.add(country: CountryNode(iso: i % 2 == 0 ? "XAB" : "Z\"] -> q", name: text), firm: FirmNode(id: text, name: text, listedHome: text),
                        relation: i % 3 == 0 ? .home : .engagement, year: 2020, weight: Double(i + 1), articles: 1, evidence: [evidence])
        }
        return builder.build()
    }()

    /// A deterministic random bipartite graph: `countries` countries, `firms` firms, each firm
    /// linked to 1–3 countries (preferring a block of countries), weights 1–20.
    static func random(countries: Int, firms: Int, seed: UInt64) -> BipartiteGraph {
        var random = SplitMix64(seed: seed)
        var builder = GraphBuilder()
        let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        for f in 0..<firms {
            let name = "Firm \(["Dynamics", "Aerospace", "Systems", "Optronics", "Defence Industries"][f % 5]) \(f)"
            let links = 1 + Int(random.next() % 3)
            for _ in 0..<links {
                let block = f * countries / firms
                let c = random.next() % 4 == 0 ? Int(random.next() % UInt64(countries)) : (block + Int(random.next() % 5)) % countries
                let iso = "\(letters[c / 26 % 26])\(letters[c % 26])X"
                builder.add(country: CountryNode(iso: iso, name: "Country \(iso)"), firm: FirmNode(id: name, name: name, listedHome: nil),
                            relation: random.next() % 5 == 0 ? .home : .engagement, year: 2015 + Int(random.next() % 10),
                            weight: Double(1 + random.next() % 20), articles: 1, evidence: [])
            }
        }
        return builder.build()
    }
}

/// SplitMix64 (Steele, Lea, Flood 2014), as in swift-algorithms' tests: a seeded generator.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
