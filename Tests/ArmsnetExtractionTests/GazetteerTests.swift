import Foundation
import Testing
@testable import ArmsnetExtraction

@Suite struct GazetteerTests {
    @Test func bundledDataHasTheUNMembersAndSomeFirms() throws {
        let g = try Gazetteer.bundled()
        #expect(g.countries.count >= 193)
        #expect(g.countryNames["TUR"] != nil)
        #expect(!g.firms.isEmpty)
        #expect(!g.sources.isEmpty)
    }

    @Test func overlayReplacesByISOAndNameAndAddsTheRest() throws {
        let overlay = """
            {"countries": [{"iso3": "TUR", "name": "Türkiye", "aliases": ["Turkey"], "demonyms": ["Turkish"], "capitals": ["Ankara"]}],
             "firms": [{"name": "aselsan", "aliases": ["ASELSAN A.Ş."], "country": "TUR"}, {"name": "Velmont Armour", "aliases": [], "country": null}],
             "entries": [{"name": "Defence Gazette", "kind": "media"}]}
            """
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("overlay-\(UUID().uuidString).json")
        try overlay.write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        let g = try Fixture.mini.overlaid(with: url)
        #expect(g.countries.count == Fixture.mini.countries.count)
        #expect(g.countryNames["TUR"] == "Türkiye")
        #expect(g.firms.count == Fixture.mini.firms.count + 1)
        #expect(g.firms.first { $0.name.lowercased() == "aselsan" }?.aliases == ["ASELSAN A.Ş."])
        #expect(g.nonEntities.last?.name == "Defence Gazette")
    }

    @Test func anOverlayTeachesTheExtractorAFirm() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("overlay-\(UUID().uuidString).json")
        try #"{"firms": [{"name": "Zorvex", "aliases": ["ZVX"], "country": "POL"}]}"#.write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        let x = Extractor(gazetteer: try Fixture.mini.overlaid(with: url))
        let e = x.extract(.init(id: "o", date: nil, year: nil, text: "Egypt bought rifles from ZVX.", source: "o"))
        #expect(e.firms.map(\.name) == ["ZVX"])
        #expect(e.firms.first?.canonical == "Zorvex")
        #expect(e.firms.first?.listedHome == "POL")
        #expect(e.firms.first?.country == nil)  // the gazetteer's home is an attribute, not a stated home
        #expect(e.pairs.map { "\($0.country) \($0.relation)" } == ["EGY engagement"])
    }

    @Test func errorsNameTheFile() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("bad-\(UUID().uuidString).json")
        try #"{"firms": [{"aliases": []}]}"#.write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect {
            try Fixture.mini.overlaid(with: url)
        } throws: { error in
            (error as? GazetteerError)?.errorDescription?.contains(url.path) == true
        }
        #expect(throws: GazetteerError.self) { try Fixture.mini.overlaid(with: URL(fileURLWithPath: "/nonexistent/g.json")) }
    }

    @Test func formerNamesAreAliasesOfTheFirmThatBearsThemNow() throws {
        let g = try Gazetteer.bundled()
        func entry(_ name: String) -> FirmEntry? { g.firms.first { $0.name == name } }
        #expect(entry("Al Tariq")?.aliases.contains("Tawazun Dynamics") == true)
        #expect(entry("Hanwha Systems")?.aliases.contains("Samsung Thales") == true)
        #expect(entry("MTU Friedrichshafen")?.parent == "Rolls-Royce Power Systems")
        #expect(entry("Wojskowe Zakłady Lotnicze Nr 2")?.aliases.contains("WZL-2") == true)
    }
}
