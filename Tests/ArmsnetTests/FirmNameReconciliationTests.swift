import ArmsnetExtraction
import ArmsnetGraph
import Testing
@testable import Armsnet

@Suite struct FirmNameReconciliationTests {
    static let gazetteer = Gazetteer(firms: [
        FirmEntry(name: "Saab", aliases: ["Saab AB"], country: "SWE"),
        FirmEntry(name: "Korea Aerospace Industries", aliases: ["KAI"], country: "KOR"),
        // Two firms claim the form "mbda": it names neither.
        FirmEntry(name: "MBDA France", aliases: ["MBDA"], country: "FRA"),
        FirmEntry(name: "MBDA UK", aliases: ["MBDA"], country: "GBR"),
    ])

    static func graph(_ firms: [(String, Double)]) -> BipartiteGraph {
        var builder = GraphBuilder()
        for (name, weight) in firms {
            builder.add(country: CountryNode(iso: "POL", name: "Poland"), firm: FirmNode(id: name, name: name, listedHome: nil),
                        relation: .engagement, year: 2022, weight: weight, articles: 1, evidence: [])
        }
        return builder.build()
    }

    @Test func spellingsOfAGazetteerFirmTakeItsCanonicalName() {
        let graph = Self.graph([("SAAB", 1), ("Saab AB", 2), ("K.A.I.", 1), ("Korea Aerospace Industries", 1)])
        #expect(FirmNameReconciliation.renames(graph, gazetteer: Self.gazetteer) == [
            "SAAB": "Saab", "Saab AB": "Saab", "K.A.I.": "Korea Aerospace Industries",
        ])
    }

    @Test func unlistedSpellingsTakeTheHeaviestOne() {
        let graph = Self.graph([("Hedef Defence Ltd", 1), ("HEDEF DEFENCE", 3), ("Hedef Defence", 3), ("Otokar", 2)])
        // Equal weights: the first in code-point order ("HEDEF…" < "Hedef…") wins.
        #expect(FirmNameReconciliation.renames(graph, gazetteer: Self.gazetteer) == [
            "Hedef Defence Ltd": "HEDEF DEFENCE", "Hedef Defence": "HEDEF DEFENCE",
        ])
    }

    @Test func aFormTwoGazetteerFirmsShareNamesNeither() {
        let graph = Self.graph([("MBDA", 2), ("MBDA France", 1)])
        #expect(FirmNameReconciliation.renames(graph, gazetteer: Self.gazetteer).isEmpty)
    }

    @Test func theWarningNamesTheFilesAndTheFirstRenames() {
        let renames = ["b": "B", "a": "A", "c": "C"]
        #expect(FirmNameReconciliation.warning(renames, files: ["x.csv"], shown: 2)
            == "x.csv: 3 firm names read as the same firm as another spelling: 'a' → 'A', 'b' → 'B' and 1 more")
    }
}
