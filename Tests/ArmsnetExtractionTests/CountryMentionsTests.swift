import ArmsnetCorpus
import Testing
@testable import ArmsnetExtraction

@Suite struct CountryMentionsTests {
    @Test func namesAliasesAndDemonyms() {
        #expect(Fixture.countries("Türkiye and the UAE signed a pact. The Egyptian navy was there.") == ["ARE", "EGY", "TUR"])
        #expect(Fixture.countries("The Russian Federation agreed.") == ["RUS"])
    }

    @Test func possessivesAdjectivesAndCompounds() {
        #expect(Fixture.countries("Poland’s army tested Swedish-made radars from a US-based supplier.") == ["POL", "SWE", "USA"])
    }

    @Test func aCountryWordInsideAGovernmentTitleCounts() {
        #expect(Fixture.countries("The Royal Saudi Naval Forces signed a deal.") == ["SAU"])
        #expect(Fixture.countries("The Royal Swedish Army signed a deal.") == ["SWE"])
    }

    @Test func aUSStateAfterAFortIsNoCountry() {
        #expect(Fixture.countries("Troops trained at Fort Halden, Georgia, last year.") == [])
        #expect(Fixture.countries("Troops trained in Tbilisi, Georgia, last year.") == ["GEO"])
        #expect(Fixture.countries("Georgia ordered rifles.") == ["GEO"])
    }

    @Test func datelinesCount() {
        #expect(Fixture.countries("Doha, Qatar, May 3. The show opened.") == ["QAT"])
    }

    @Test func capitalsOnlyWhenTheyActForTheGovernment() {
        #expect(Fixture.countries("Ankara agreed to buy the drones.") == ["TUR"])
        #expect(Fixture.countries("Egypt has received rifles from Moscow.") == ["EGY", "RUS"])
        #expect(Fixture.countries("The fair opened in Moscow on Monday.") == [])
        #expect(Fixture.countries("Kuwait City hosted the talks.") == [])
    }

    @Test func eventsVenuesRegionsAndBlocsAreNotCountries() {
        #expect(Fixture.countries("Firms met at the Qatar National Convention Centre during the Egypt Defence Expo.") == [])
        #expect(Fixture.countries("Demand in Latin America, Africa and the Middle East grows, NATO and the African Union say.") == [])
        #expect(Fixture.countries("Latin American countries are interested.") == [])
        // A war's name: "the 1982 Falklands War", "the Iran-Iraq War" (lower-case "war" names none).
        #expect(Fixture.countries("Sanctions date from the Georgia War of 2008 and the Qatar-Egypt War.") == [])
        #expect(Fixture.countries("The war with Egypt ended; Qatar ordered rifles.") == ["EGY", "QAT"])
    }

    @Test func peopleNamedLikeCountries() {
        #expect(Fixture.countries("Jordan French, a spokesperson, spoke to Chad Evans and Emma Jordan.") == [])
        #expect(Fixture.countries("Jordan signed the deal with Chad.") == ["JOR", "TCD"])
    }

    @Test func ambiguousAliasesNeedToStandAlone() {
        #expect(Fixture.countries("Korea ordered tanks.") == ["KOR"])
    }

    @Test func aCountryAbbreviationGluedToACurrencySignIsTheCurrency() {
        #expect(Fixture.countries("The deal is worth US$41 million to Qatar.") == ["QAT"])
        #expect(Fixture.countries("The US paid $41 million to Qatar.") == ["QAT", "USA"])
    }

    @Test func anAmbiguousNationalityAdjectiveIsNoActingState() {
        let g = Gazetteer(countries: [CountryEntry(iso3: "KOR", name: "South Korea", ambiguousAliases: ["Korea", "Korean"], demonyms: ["South Korean"]),
                                      CountryEntry(iso3: "POL", name: "Poland", demonyms: ["Polish"])],
                          firms: [FirmEntry(name: "Hanwha Defense", country: "KOR")])
        let e = Extractor(gazetteer: g)
        func pairs(_ text: String) -> [String] {
            e.extract(Article(id: "t", date: nil, year: nil, text: text, source: "t.txt")).pairs.map { "\($0.country)–\($0.firm) \($0.relation.rawValue)" }.sorted()
        }
        #expect(pairs("Hanwha Defense is to deliver 48 howitzers to Poland from Korean production.") == ["POL–Hanwha Defense engagement"])
        // The name itself still acts.
        #expect(pairs("Korea ordered radars from Hanwha Defense.") == ["KOR–Hanwha Defense engagement"])
    }
}
