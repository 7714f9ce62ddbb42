import Foundation
import ArmsnetCorpus
import Testing
@testable import ArmsnetExtraction

/// Extraction must never trap, whatever the text: every rule looks ahead or behind a few tokens,
/// and an article can end anywhere. Every word-boundary prefix of rich texts is extracted.
@Suite struct RobustnessTests {
    static let texts = [
        "Arquus, the France-based unit of Sweden's Volvo, and Kordell Arms Ltd, a Polish subsidiary of U.S.-based Sikorsky, "
            + "signed with the Egyptian Navy; Azerbaijan's purchases include drones from Baykar, a Turkish drone maker (BYK), "
            + "which Pakistan co-produces with China. With Greece planning to buy, the ministry said the deal with the company stands.",
        "Turkish firms such as Aselsan, Roketsan and Hedef Defence are the only exhibitors. Moscow agreed. The Russian state arms "
            + "exporter Rosoboronexport, a joint venture of A (AA) and B with Russia's C, was selected by the Indian government for the tender of the",
        "Talks were held with Kordell Arms, the. Egypt ordered from Baykar, a. Thales, an. Leonardo, the France-based. Aselsan, the",
    ]

    static let bundled = Extractor(gazetteer: try! Gazetteer.bundled())

    @Test func everyPrefixOfRichTextsIsExtracted() {
        for text in Self.texts {
            let words = text.split(separator: " ", omittingEmptySubsequences: false)
            for end in 1...words.count {
                let prefix = words[..<end].joined(separator: " ")
                for extractor in [Fixture.extractor, Self.bundled] {
                    let extraction = extractor.extract(Article(id: "t", date: nil, year: nil, text: prefix, source: "t"))
                    #expect(extraction.pairs.allSatisfy { pair in extraction.firms.contains { $0.name == pair.firm } })
                }
            }
        }
    }

    @Test func everyPrefixOfTheSeedsIsExtracted() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/seeds")
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            let words = text.split(separator: " ", omittingEmptySubsequences: false)
            for end in stride(from: 1, through: words.count, by: 1) {
                _ = Fixture.extract(words[..<end].joined(separator: " "))
            }
        }
    }
}
