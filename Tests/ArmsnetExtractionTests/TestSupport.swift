import ArmsnetCorpus
import Foundation
@testable import ArmsnetExtraction

/// Shared fixtures: the hand-written mini gazetteer (Fixtures/gazetteer-mini.json) and helpers that
/// extract one test sentence or paragraph.
enum Fixture {
    static let mini: Gazetteer = {
        let url = Bundle.module.url(forResource: "gazetteer-mini", withExtension: "json", subdirectory: "Fixtures")!
        return try! Gazetteer().overlaid(with: url)
    }()

    static let extractor = Extractor(gazetteer: mini)

    static func extract(_ text: String, id: String = "t") -> ArticleExtraction {
        extractor.extract(Article(id: id, date: nil, year: nil, text: text, source: "\(id).txt"))
    }

    /// "ISO–firm relation" strings, sorted.
    static func pairs(_ text: String) -> [String] {
        extract(text).pairs.map { "\($0.country)–\($0.firm) \($0.relation.rawValue)" }.sorted()
    }

    static func firmNames(_ text: String) -> [String] { extract(text).firms.map(\.name) }

    static func countries(_ text: String) -> [String] { extract(text).countries.sorted() }

    static func url(_ name: String) -> URL { Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures")! }
}
