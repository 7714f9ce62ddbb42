import Armsnet
import ArmsnetExtraction
import ArmsnetGraph
import Foundation

/// A hand-built two-year network with known answers, made the way the pipeline makes graphs
/// (one `ArticleExtraction` per article into a `GraphBuilder`):
///
///     2019  AZE–Nexter ×2, AZE–TAI, AZE–Thales, MLI–Baykar; FRA–Thales (home)
///     2021  AZE–Thales ×2, AZE–Baykar, IND–Kalashnikov, MLI–Baykar ×3, MLI–Hedef
///     undated  AZE–Thales
enum TwoYearCorpus {
    static let articles: [(id: String, year: Int?, pairs: [(String, String, Relation)])] = [
        ("a19-1", 2019, [("AZE", "Nexter", .engagement), ("AZE", "TAI", .engagement), ("AZE", "Thales", .engagement), ("FRA", "Thales", .home)]),
        ("a19-2", 2019, [("AZE", "Nexter", .engagement), ("MLI", "Baykar", .engagement)]),
        ("a21-1", 2021, [("AZE", "Thales", .engagement), ("AZE", "Baykar", .engagement), ("MLI", "Baykar", .engagement)]),
        ("a21-2", 2021, [("AZE", "Thales", .engagement), ("MLI", "Baykar", .engagement), ("MLI", "Hedef", .engagement)]),
        ("a21-3", 2021, [("IND", "Kalashnikov", .engagement), ("MLI", "Baykar", .engagement)]),
        ("a21-4", 2021, []),
        ("undated", nil, [("AZE", "Thales", .engagement)]),
    ]

    static let countryNames = ["AZE": "Azerbaijan", "FRA": "France", "IND": "India", "MLI": "Mali"]
    static let listedHomes = ["Baykar": "TUR", "Hedef": "TUR", "Kalashnikov": "RUS", "Nexter": "FRA", "TAI": "TUR", "Thales": "FRA"]

    static let graph: BipartiteGraph = {
        var builder = GraphBuilder(countryNames: countryNames)
        for article in articles {
            let firms = Set(article.pairs.map(\.1)).sorted()
            builder.add(ArticleExtraction(
                id: article.id, date: article.year.map { "\($0)-06-01" }, year: article.year,
                countries: Set(article.pairs.map(\.0)).sorted(),
                firms: firms.map { ExtractedFirm(name: $0, aliases: [], country: nil, canonical: $0, listedHome: listedHomes[$0]) },
                pairs: article.pairs.map { ExtractedPair(country: $0.0, firm: $0.1, firmID: $0.1, relation: $0.2, evidence: ["\($0.0) and \($0.1)."]) },
                source: "\(article.id).txt"))
        }
        return builder.build()
    }()

    /// Articles read per year (nil: undated), including the one without links.
    static let articlesPerYear: [Int?: Int] = Dictionary(articles.map { ($0.year, 1) }, uniquingKeysWith: +)

    /// A fresh empty folder under the temporary folder.
    static func scratchFolder() throws -> URL {
        let url = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("armsnet-periods-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

/// The seed articles (2019, 2021, 2025) run through the real extraction pipeline.
enum SeedCorpus {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("seeds").path

    /// The seed network and the articles read per year.
    static func load() throws -> (graph: BipartiteGraph, articlesPerYear: [Int?: Int]) {
        let gazetteer = try Gazetteer.bundled()
        var builder = GraphBuilder(countryNames: gazetteer.countryNames)
        var articles: [Int?: Int] = [:]
        _ = try ExtractionPipeline(extractor: Extractor(gazetteer: gazetteer), jobs: 1).run(paths: [folder], onWarning: { _ in }) {
            builder.add($0)
            articles[$0.year, default: 0] += 1
        }
        return (builder.build(), articles)
    }
}
