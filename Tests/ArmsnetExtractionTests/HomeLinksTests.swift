import Testing
@testable import ArmsnetExtraction

@Suite struct HomeLinksTests {
    @Test func possessivesAndAdjectives() {
        #expect(Fixture.pairs("Russia’s Ostrava Dynamics unveiled a tank.") == ["RUS–Ostrava Dynamics home"])
        #expect(Fixture.pairs("The Italian Farnetti company showed guns.") == ["ITA–Farnetti home"])
        #expect(Fixture.pairs("Polish drone maker Gralik Robotics showed a drone.") == ["POL–Gralik Robotics home"])
    }

    @Test func aCountryNameAsAnAdjectiveBeforeAFirmNoun() {
        #expect(Fixture.pairs("US planemaker Kordell Aviation won an order.") == ["USA–Kordell Aviation home"])
        #expect(Fixture.pairs("South Korea defence firm Vantor Marine showed a ship.") == ["KOR–Vantor Marine home"])
    }

    @Test func stateOwnedFirmsButNotTheMilitary() {
        #expect(Fixture.pairs("Egypt’s state shipbuilder Vantor Marine showed a corvette.") == ["EGY–Vantor Marine home"])
        #expect(Fixture.pairs("Qatar’s military and Aselsan will jointly make sights.") == ["QAT–Aselsan engagement"])
    }

    @Test func aSubsidiaryTakesItsParentsStatedCountry() {
        #expect(Fixture.pairs("Kordell Arms, a subsidiary of France’s Thales, showed rifles.") == ["FRA–Kordell Arms home", "FRA–Thales home"])
        // A nationality in the subsidiary's own name wins over the parent's.
        #expect(Fixture.pairs("Turkish Aerospace Industries, part of France’s Thales, showed drones.") ==
                ["FRA–Thales home", "TUR–Turkish Aerospace Industries home"])
    }

    @Test func aFirmNounAfterTheNameBelongsToIt() {
        #expect(Fixture.pairs("The Egyptian army signed a contract with the Kordell company, part of Russia’s Rostec, for rifles.") ==
                ["EGY–Kordell engagement", "RUS–Kordell home", "RUS–Rostec home"])
        #expect(Fixture.pairs("The Indian public sector undertaking Vantor Electronics Limited won praise.") == ["IND–Vantor Electronics Limited home"])
    }

    @Test func aSubsidiaryTakesItsParentsHomeStatedElsewhere() {
        let text = "Aselsan, the Turkish state-owned defence group, grew. The Egyptian army signed a contract with Kordell Arms, an Aselsan subsidiary. Varnell Marine is also part of Aselsan."
        #expect(Fixture.pairs(text) == ["EGY–Kordell Arms engagement", "TUR–Aselsan home", "TUR–Kordell Arms home", "TUR–Varnell Marine home"])
    }

    @Test func localFirmsBelongToTheCountryOfTheArticle() {
        let text = "Egypt is rebuilding its navy. The Egyptian navy asked a local firm, Varnell Marine, for a proposal."
        #expect(Fixture.pairs(text) == ["EGY–Varnell Marine engagement", "EGY–Varnell Marine home"])
        let agency = "Poland and Turkey held talks. SSB ordered rifles from Kordell Arms, a local firm."
        #expect(Fixture.pairs(agency) == ["TUR–Kordell Arms engagement", "TUR–Kordell Arms home"])
    }

    @Test func describedLocalFirmNouns() {
        let text = "Egypt held a defence show. Varnell Marine, a local patrol boat maker, showed a hull."
        #expect(Fixture.pairs(text) == ["EGY–Varnell Marine home"])
        #expect(Fixture.pairs("Egypt held a defence show. The local press praised Varnell Marine.") == [])
    }

    @Test func aStateModifierBeforeTwoWordFirmNoun() {
        #expect(Fixture.pairs("The Egyptian state arms exporter Kordell Arms showed rifles.") == ["EGY–Kordell Arms home"])
        #expect(Fixture.pairs("Egypt's state defence ministry praised Kordell Arms.") == [])
    }

    @Test func aPlaceBasedUnitOfAParent() {
        #expect(Fixture.pairs("Kordell Arms, the Egypt-based unit of Varnell Marine, showed rifles.") == ["EGY–Kordell Arms home"])
        #expect(Fixture.pairs("Kordell Arms, the unit of Varnell Marine, showed rifles in Egypt.") == [])
    }

    @Test func aCombinedNationalityInTheNameGivesTwoHomes() {
        let e = Fixture.extract("The ministry signed with Franco-Egyptian Marine Works on Monday.")
        #expect(e.firms.map(\.name) == ["Franco-Egyptian Marine Works"])
        #expect(e.firms.first?.country == nil)
        #expect(Fixture.pairs("The ministry signed with Franco-Egyptian Marine Works on Monday.").filter { $0.hasSuffix("home") } ==
                ["EGY–Franco-Egyptian Marine Works home", "FRA–Franco-Egyptian Marine Works home"])
        #expect(Fixture.pairs("Egyptian Marine Works showed a boat.") == ["EGY–Egyptian Marine Works home"])
    }

    @Test func aHyphenatedDescribingWordBeforeTheFirmNoun() {
        #expect(Fixture.pairs("Egypt's state-owned arms exporter Kordell Arms showed rifles.") == ["EGY–Kordell Arms home"])
        #expect(Fixture.pairs("The Egyptian long-range rockets impressed Kordell Arms.") == [])
    }

    @Test func aStatedHomeOutranksTheParentsHome() {
        let e = Fixture.extract("The Egyptian manufacturer Kordell Arms, a subsidiary of Poland's Varnell Marine, showed rifles.")
        #expect(e.firms.first(where: { $0.name == "Kordell Arms" })?.country == "EGY")
        #expect(Fixture.pairs("Kordell Arms, a subsidiary of Poland's Varnell Marine, showed rifles.") == ["POL–Kordell Arms home", "POL–Varnell Marine home"])
    }

    @Test func jointVenturesHaveTwoHomes() {
        let e = Fixture.extract("Kordell Arms, the Franco-Italian consortium, showed missiles.")
        #expect(e.firms.map(\.country) == [nil])
        #expect(Fixture.pairs("Kordell Arms, the Franco-Italian consortium, showed missiles.") == ["FRA–Kordell Arms home", "ITA–Kordell Arms home"])
        #expect(Fixture.pairs("The Indo-Russian joint venture Varnell Aerospace showed missiles.") == ["IND–Varnell Aerospace home", "RUS–Varnell Aerospace home"])
        #expect(Fixture.countries("Navies patrol the Indo-Pacific.") == [])
        #expect(Fixture.pairs("The Swedish-Polish consortium Kordell Marine showed a ship.") == ["POL–Kordell Marine home", "SWE–Kordell Marine home"])
    }

    @Test func aNationalityBeforeOfDescribesTheSubsidiary() {
        #expect(Fixture.pairs("Kordell Arms, the Swedish subsidiary of Thales, showed rifles.") == ["SWE–Kordell Arms home"])
    }

    @Test func stateArmsIntermediaries() {
        #expect(Fixture.pairs("Rosoboronexport, Russia’s sole state intermediary for arms exports, showed jets.") == ["RUS–Rosoboronexport home"])
    }

    @Test func aListNationalityEndsWithItsSentence() {
        #expect(Fixture.pairs("Saab will transfer technology to Turkish companies. Aselsan said it was pleased.") == [])
    }

    @Test func theNationalCompanySaid() {
        #expect(Fixture.pairs("The Qatari navy received boats ordered from Kordell Marine in 2018, the Swedish company said.") ==
                ["QAT–Kordell Marine engagement", "SWE–Kordell Marine home"])
    }

    @Test func basedParenthesesOfAndAppositives() {
        #expect(Fixture.pairs("Israel-based Telmor Systems won praise.") == ["ISR–Telmor Systems home"])
        #expect(Fixture.pairs("Exhibitors include Brannock (India) and Mivo.") == ["IND–Brannock home"])
        #expect(Fixture.pairs("Kordell Arms of Sweden showed rifles.") == ["SWE–Kordell Arms home"])
        #expect(Fixture.pairs("Gralik, a Polish drone maker, showed a drone.") == ["POL–Gralik home"])
        #expect(Fixture.pairs("Vantor Marine [Egypt’s naval shipbuilder] showed a corvette.") == ["EGY–Vantor Marine home"])
        #expect(Fixture.pairs("Sorrel Systems, which is headquartered in India, grew.") == ["IND–Sorrel Systems home"])
    }

    @Test func listNationalityAndTheFirmsOwnName() {
        // The nationality in a firm's own English name outranks the nationality of the list it stands in.
        #expect(Fixture.pairs("He visited such German companies as Kestor Optik and Turkish Aerospace Industries.") ==
                ["DEU–Kestor Optik home", "TUR–Turkish Aerospace Industries home"])
        #expect(Fixture.countries("Turkish Aerospace Industries exhibited.") == ["TUR"])
    }

    @Test func articleLevelStatementCoversItsFirms() {
        let text = "Polish defence firms are exhibiting at a new fair. They are the only exhibitors at the show. Jan Nowak, an export director at Karsk, spoke."
        #expect(Fixture.pairs(text) == ["POL–Karsk home"])
    }

    @Test func nationalityInAnEventOrPaperIsNotAHome() {
        #expect(Fixture.pairs("Kordell Arms exhibited at the Egypt Defence Expo.") == [])
    }

    @Test func theGazetteersHomeIsNotALink() {
        let e = Fixture.extract("Aselsan exhibited radars.")
        #expect(e.pairs.isEmpty)
        #expect(e.firms.first?.listedHome == "TUR")
        #expect(e.firms.first?.country == nil)
    }

    @Test func twoStatedHomesLeaveTheCountryOpen() {
        let e = Fixture.extract("Russia’s Bervik Systems and Bervik Systems (India) appeared.")
        #expect(e.firms.first?.country == nil)
        #expect(e.pairs.filter { $0.relation == .home }.count == 2)
    }

    @Test func theNationalityOfTheCompanyNamedJustBefore() {
        #expect(Fixture.pairs("Egypt chose Aselsan's radar, the Turkish company's newest product.") == ["EGY–Aselsan engagement", "TUR–Aselsan home"])
        #expect(Fixture.pairs("Qatar ordered radars from Saab. The Swedish company also said it would open an office.")
            == ["QAT–Saab engagement", "SWE–Saab home"])
        // Not in the middle of a sentence that names no firm before it.
        #expect(Fixture.pairs("Qatar ordered radars from Saab. Officials said the Swedish company had won.") == ["QAT–Saab engagement"])
    }

    @Test func aSubsidiaryTakesTheNationalityInItsParentsName() {
        #expect(Fixture.pairs("Varnak Diesel, a subsidiary of Turkish Aerospace Industries, makes engines.") == ["TUR–Turkish Aerospace Industries home", "TUR–Varnak Diesel home"])
        #expect(Fixture.pairs("Varnak Diesel, the engine subsidiary of Turkish Aerospace Industries, makes engines.") == ["TUR–Turkish Aerospace Industries home", "TUR–Varnak Diesel home"])
        #expect(Fixture.pairs("Varnak Diesel, a supplier of Turkish Aerospace Industries, makes engines.") == ["TUR–Turkish Aerospace Industries home"])
    }

    @Test func aSentenceOpeningWithAFirmDescriptionDescribesTheFirmBefore() {
        #expect(Fixture.pairs("The picture is different at Varnak Arms. The state-owned Turkish defence group posted a loss.") == ["TUR–Varnak Arms home"])
        // Not when a name follows the description, nor when the noun heads a phrase ("of").
        #expect(Fixture.pairs("The picture is different at Varnak Arms. The Turkish defence group Aselsan posted a loss.") == ["TUR–Aselsan home"])
        #expect(Fixture.pairs("The picture is different at Varnak Arms. The Turkish defence group of companies posted a loss.") == [])
    }

    @Test func aListItemAfterADescription() {
        #expect(Fixture.pairs("Saab signed memoranda with Turkish companies, including the state-owned electronics maker Aselsan and Baykar.")
            == ["TUR–Aselsan home", "TUR–Baykar home"])
    }

    @Test func aFirmOwnedByAStatesGovernment() {
        #expect(Fixture.pairs("Varnak Holdings, a new company owned by the Qatari Ministry of Defence, opened an office.") == ["QAT–Varnak Holdings home"])
        // Owned by another firm: no state.
        #expect(Fixture.pairs("Varnak Holdings, a new company owned by Saab, opened an office.") == [])
    }

    @Test func localFirmsNamedInTheNextSentence() {
        #expect(Fixture.pairs("Turkey's Presidency of Defence Industries signed contracts with local firms. It signed a contract with Aselsan and with Baykar.")
            .filter { $0.hasSuffix("home") } == ["TUR–Aselsan home", "TUR–Baykar home"])
        // Not firms the next sentence names otherwise.
        #expect(Fixture.pairs("Turkey's Presidency of Defence Industries signed contracts with local firms. Aselsan and Baykar exhibited.")
            .filter { $0.hasSuffix("home") } == [])
    }

    @Test func aGiantOrAMajorIsAFirm() {
        #expect(Fixture.pairs("The Indian forging major Varnell Forge won an order.") == ["IND–Varnell Forge home"])
        #expect(Fixture.pairs("French aerospace giant Thales showed a radar.") == ["FRA–Thales home"])
        #expect(Fixture.pairs("Kordell Arms, the defence unit of Indian forging major Varnell Forge, showed rifles.") == ["IND–Kordell Arms home", "IND–Varnell Forge home"])
    }

    @Test func domesticFirmsNamedAfterWithInTheNextSentence() {
        let text = "Turkey's Presidency of Defence Industries signed four contracts with domestic companies. The contracts were signed with Varnell Works, Kordell Arms, Aselsan and Baykar."
        #expect(Fixture.pairs(text).filter { $0.hasSuffix("home") } == ["TUR–Aselsan home", "TUR–Baykar home", "TUR–Kordell Arms home", "TUR–Varnell Works home"])
    }

    @Test func listsAfterAColonAndDescribedItems() {
        let colon = "The ministry is evaluating four Indian shipyards seeking to be the partner: state-owned Varnell Shipyard, Kordell Marine and a consortium of Tarsan Works."
        #expect(Fixture.pairs(colon).filter { $0.hasSuffix("home") } == ["IND–Kordell Marine home", "IND–Tarsan Works home", "IND–Varnell Shipyard home"])
        let described = "Jobs are kept at 500 French companies, including engine maker Varnell Motors and electronics group Kordell Systems."
        #expect(Fixture.pairs(described) == ["FRA–Kordell Systems home", "FRA–Varnell Motors home"])
    }

    @Test func aFirmSetOffAfterItsDescription() {
        #expect(Fixture.pairs("A second American firm, Varnell Works, received a contract.") == ["USA–Varnell Works home"])
        #expect(Fixture.pairs("US defense companies Varnell Works and Kordell Arms will build it.") == ["USA–Kordell Arms home", "USA–Varnell Works home"])
        #expect(Fixture.pairs("American firms formed the largest group. Among them, Varnell Works showed a radar.") == ["USA–Varnell Works home"])
        #expect(Fixture.pairs("Saab will build it with its Indian partner Varnell Works.") == ["IND–Varnell Works home"])
    }

    @Test func firmsReceivingDealsFromAStatesDomesticEnterprises() {
        let text = "The Russian Ministry of Defence signed 44 contracts with 27 Russian defence enterprises. The deals cover 1,100 items. Varnell Works received orders for jets, and Kordell Arms signed for tanks."
        #expect(Fixture.pairs(text).filter { $0.hasSuffix("home") } == ["RUS–Kordell Arms home", "RUS–Varnell Works home"])
    }

    @Test func homesDownAChainOfParents() {
        let text = "Varnell Aircraft, part of the Kordell Corporation (KC), which in turn belongs to the Russian state corporation Rostec, builds jets. Tarsan Works, another KC subsidiary, builds airliners. Rostec's drone subsidiary Zala Works showed a drone."
        #expect(Fixture.pairs(text) == ["RUS–Kordell Corporation home", "RUS–Rostec home", "RUS–Tarsan Works home", "RUS–Varnell Aircraft home", "RUS–Zala Works home"])
    }

    @Test func aParentWhoseHomeOnlyItsGroupStatesPassesItOn() {
        let text = "The Russian Ministry of Defence signed 44 contracts with 27 Russian defence enterprises. Officials were pleased. Kordell Arms signed for rifles. Varnell's drone subsidiary Zala Works showed a drone."
        #expect(Fixture.pairs(text).filter { $0.hasSuffix("home") } == ["RUS–Kordell Arms home"])
        let parent = "The Russian Ministry of Defence signed 44 contracts with 27 Russian defence enterprises. Officials were pleased. Kordell Arms signed for rifles. Kordell Arms's drone subsidiary Zala Works showed a drone."
        #expect(Fixture.pairs(parent).filter { $0.hasSuffix("home") } == ["RUS–Kordell Arms home", "RUS–Zala Works home"])
    }
}
