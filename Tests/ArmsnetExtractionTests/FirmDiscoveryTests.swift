import ArmsnetCorpus
import Testing
@testable import ArmsnetExtraction

@Suite struct FirmDiscoveryTests {
    @Test func legalForms() {
        #expect(Fixture.firmNames("Egypt ordered rifles from Varnak Precision Ltd. and from OJSC Belomor Radio.") == ["Varnak Precision Ltd.", "OJSC Belomor Radio"])
        #expect(Fixture.firmNames("Kestor Optik GmbH and Marvessa S.p.A. exhibited.") == ["Kestor Optik GmbH", "Marvessa S.p.A."])
        #expect(Fixture.firmNames("Zentara Sp. z o.o. showed a drone.") == ["Zentara Sp. z o.o."])
    }

    @Test func namesEndingInAFirmWord() {
        #expect(Fixture.firmNames("Quillon Avionics unveiled a radar. The Air Force liked it.") == ["Quillon Avionics"])
    }

    @Test func aNationalityBeforeAListedFirmIsNotPartOfItsLegalName() {
        let e = Fixture.extract("Egypt signed a deal with the French Thales Group S.A. for radars.")
        #expect(e.firms.map(\.name) == ["Thales Group S.A."])
        #expect(e.firms.map(\.country) == ["FRA"])
        // Before a name the gazetteer does not know, the nationality may be the name's own.
        #expect(Fixture.firmNames("Egypt signed a deal with Turkish Varnak Systems Ltd. for radars.") == ["Turkish Varnak Systems Ltd."])
    }

    @Test func aPersonDescribedByTheCompanysRoleIsNoFirm() {
        #expect(Fixture.firmNames("Selim Aras, the company's chief engineer, said Baykar signed with Qatar.") == ["Baykar"])
        #expect(Fixture.firmNames("Varnak Arms, the company that makes the rifle, signed with Qatar.") == ["Varnak Arms"])
    }

    @Test func aListedFirmsNameRunningIntoAnArmedForceIsNoFirm() {
        #expect(Fixture.firmNames("The Korean Air Force ordered radars from Saab.") == ["Saab"])
        #expect(Fixture.firmNames("Korean Air flew the delegation to Seoul.") == ["Korean Air"])
    }

    @Test func aListedNameBeforeAProgrammeNounIsNoFirm() {
        #expect(Fixture.firmNames("The alliance brings together Sweden's Tempest project and Saab.") == ["Saab"])
        #expect(Fixture.firmNames("The pavilion brings together Vextrel, Saab and Ormond.") == ["Vextrel", "Saab", "Ormond"])
    }

    @Test func companyAfterOrBeforeTheName() {
        #expect(Fixture.firmNames("Talks were held with the Vextor company.") == ["Vextor"])
        #expect(Fixture.firmNames("The Italian company Farnetti will deliver.") == ["Farnetti"])
        #expect(Fixture.firmNames("The spokesperson of the company Ahmed Karimi told reporters.") == [])
    }

    @Test func listsOfCompanies() {
        #expect(Fixture.firmNames("Firms such as Orvel, Tarsin and Kavu Systèmes were present.") == ["Orvel", "Tarsin", "Kavu Systèmes"])
        #expect(Fixture.firmNames("Exhibitors include Brannock, Seltra and Mivo.") == ["Brannock", "Seltra", "Mivo"])
    }

    @Test func staffRolesAndAppositives() {
        #expect(Fixture.firmNames("Ana Lima, an export specialist for Torvane, said so.") == ["Torvane"])
        #expect(Fixture.firmNames("Gralik, a Polish drone maker, showed a loitering munition.") == ["Gralik"])
        #expect(Fixture.firmNames("Kielce, the company said, is a good venue.") == [])
    }

    @Test func abbreviationsAndShortFormsResolveToOneFirm() {
        let e = Fixture.extract("Norvell Aerospace Industries (NAI) displayed a jet. NAI hopes to sell it. Later, Norvell confirmed.")
        #expect(e.firms.count == 1)
        #expect(e.firms[0].name == "Norvell Aerospace Industries")
        #expect(e.firms[0].aliases == ["NAI", "Norvell"])
        #expect(e.firms[0].canonical == "Norvell Aerospace Industries")
    }

    @Test func abbreviationsWithoutDefinitionJoinTheirFirm() {
        let e = Fixture.extract("Storm Ballistics showed rifles. Jan Kowal, a spokesperson for STB, said Poland ordered rifles from STB.")
        #expect(e.firms.map(\.name) == ["Storm Ballistics"])
        #expect(e.firms[0].aliases == ["STB"])
        #expect(e.pairs.map { "\($0.country)–\($0.firm) \($0.relation.rawValue)" } == ["POL–Storm Ballistics engagement"])
    }

    @Test func nameIsTheFirstFullFormWithoutTheOrPossessive() {
        let e = Fixture.extract("The Brisk Arms Group’s rifles sold well. Brisk Arms Group plans more.")
        #expect(e.firms.map(\.name) == ["Brisk Arms Group"])
    }

    @Test func distractorsAreNotFirms() {
        #expect(Fixture.firmNames("TASS and Reuters reported that the Presidency of Defence Industries (SSB) met the African Union.") == [])
        #expect(Fixture.firmNames("The Ministry of Defence Industry and the Stockholm International Peace Research Institute (SIPRI) agreed.") == [])
        #expect(Fixture.firmNames("The Bayraktar TB2 flew at the Paris Air Show.") == [])
    }

    @Test func listedFirmsAreFoundCaseSensitivelyForAcronyms() {
        #expect(Fixture.firmNames("TAI and Aselsan signed an agreement.") == ["TAI", "Aselsan"])
        #expect(Fixture.firmNames("The tai chi class was fun.") == [])
    }

    @Test func navyRunYardsAndFacilitiesAreNotFirms() {
        #expect(Fixture.firmNames("The corvette was launched at the Varnell Naval Shipyard on Monday.") == [])
        #expect(Fixture.firmNames("It was built at the Turkish Navy’s Varnell Marine Works.") == [])
        #expect(Fixture.firmNames("It was built at Varnell Marine Works.") == ["Varnell Marine Works"])
    }

    @Test func aListedFirmsLocalSubsidiaryUnderItsCountrysName() {
        #expect(Fixture.pairs("Poland’s army signed a contract with Saab Poland, the local unit of Saab.") ==
                ["POL–Saab Poland engagement", "POL–Saab Poland home"])
        #expect(Fixture.firmNames("Saab, Poland’s partner, won.") == ["Saab"])
    }

    @Test func anAbbreviationAfterTheEndOfALongerName() {
        #expect(Fixture.firmNames("Aselsan briefed the Joint Standing Committee on Defence (JSCD) on Tuesday.") == ["Aselsan"])
        #expect(Fixture.firmNames("Orvantis Aerospace (OA) won praise.") == ["Orvantis Aerospace"])
    }

    @Test func turkishLegalNamesJoinedByVe() {
        #expect(Fixture.firmNames("Kordel Makina ve Sanayi A.Ş. showed a truck.") == ["Kordel Makina ve Sanayi A.Ş."])
    }

    @Test func capabilityProgrammesAreNotFirms() {
        #expect(Fixture.firmNames("Saab won a contract for the Interim Mobile Short-Range Air Defense system.") == ["Saab"])
        #expect(Fixture.firmNames("Vantor Defence showed a radar.") == ["Vantor Defence"])
    }

    @Test func forBeforeAModelDesignationEndsTheName() {
        #expect(Fixture.firmNames("The army signed a contract with local firm Varnok for T-90 tanks.") == ["Varnok"])
        #expect(Fixture.firmNames("Orvantis Aerospace won a deal with Teldra Systems for 155 mm shells.") == ["Orvantis Aerospace", "Teldra Systems"])
    }

    @Test func aNameSetOffAfterAFirmNoun() {
        #expect(Fixture.firmNames("The trucks will be built by a local firm, Orvel Branik, which won praise.") == ["Orvel Branik"])
        #expect(Fixture.firmNames("The trucks were shown by the firm, Orvel Branik said.") == [])
    }

    @Test func aDescriptionWithAMultiWordCountry() {
        // A country name of several words counts as one word of the description.
        #expect(Fixture.pairs("Kordell Arms, one of the United Arab Emirates' largest defence companies, unveiled radars.") == ["ARE–Kordell Arms home"])
        // A name after the country's possessive is another firm, not a description.
        #expect(Fixture.pairs("Kordell Arms, the United States' Varnell Marine and Sorrel Systems are among the exhibitors.") == ["USA–Varnell Marine home"])
        #expect(Fixture.pairs("Kordell Arms, the US's UAV manufacturer, grew.") == ["USA–Kordell Arms home"])
    }

    @Test func aRoleWordBeforeAFirmNounIsNoPerson() {
        #expect(Fixture.pairs("Kordell Arms [Egypt's arms export company] showed rifles.") == ["EGY–Kordell Arms home"])
        #expect(Fixture.firmNames("Selim Aras, the export director, spoke.") == [])
        #expect(Fixture.firmNames("Dalia Verno, an export specialist for Kordell Arms, spoke.") == ["Kordell Arms"])
    }

    @Test func togetherWithIsNoList() {
        #expect(Fixture.firmNames("The minister toured the air show together with Russian President Vladimir Putin on Tuesday.") == [])
        #expect(Fixture.firmNames("The Polish pavilion brings together Kordell Arms, Varnell Marine and Sorrel Systems.")
            == ["Kordell Arms", "Varnell Marine", "Sorrel Systems"])
    }

    @Test func pluralAbbreviationsHyphenatedPlacesAndCompanionsAreNoFirms() {
        #expect(Fixture.firmNames("The shortlisted original equipment manufacturers (OEMs) are Thales and Saab.") == ["Thales", "Saab"])
        #expect(Fixture.firmNames("The plant in Komsomolsk-on-Varnell, a branch of Russian aircraft maker Rostec, builds jets.") == ["Rostec"])
        #expect(Fixture.firmNames("Erdogan toured the show together with Russian President Vladimir Putin.") == [])
        #expect(Fixture.firmNames("The Polish pavilion brings together Varnell Works and Kordell Arms.") == ["Varnell Works", "Kordell Arms"])
    }

    @Test func aFormerNameIsTheSameFirm() {
        let e = Fixture.extract("The ministry chose Varnell Naval Systems Ltd, formerly Tarsan Defence and Offshore Engineering, and Kordell Shipyards (formerly Kordell Yards).")
        #expect(e.firms.map(\.name) == ["Varnell Naval Systems Ltd", "Kordell Shipyards"])
        #expect(e.firms[0].aliases == ["Tarsan Defence and Offshore Engineering"])
        #expect(e.firms[1].aliases == ["Kordell Yards"])
    }

    @Test func aSharedAbbreviationIsTheListedFirmTheArticleNamesInFull() {
        let g = Gazetteer(firms: [FirmEntry(name: "MTU Aero Engines", aliases: ["MTU"], country: "DEU"), FirmEntry(name: "MTU Friedrichshafen", country: "DEU")])
        let e = Extractor(gazetteer: g)
        func firms(_ text: String) -> [String] {
            e.extract(Article(id: "t", date: nil, year: nil, text: text, source: "t.txt")).firms.map { "\($0.name) \($0.aliases)" }
        }
        #expect(firms("The boats use engines from MTU Friedrichshafen. Officials held talks with MTU representatives.") == ["MTU Friedrichshafen [\"MTU\"]"])
        #expect(firms("Officials held talks with MTU representatives.") == ["MTU []"])
        // Where the first firm is named in full too, the abbreviation stays its own.
        #expect(firms("MTU Aero Engines and MTU Friedrichshafen met. MTU said it was pleased.") == ["MTU Aero Engines [\"MTU\"]", "MTU Friedrichshafen []"])
    }
}
