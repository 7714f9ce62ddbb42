import ArmsnetCorpus
import Testing
@testable import ArmsnetExtraction

@Suite struct EngagementLinksTests {
    @Test func governmentActsOnAFirm() {
        #expect(Fixture.pairs("The Egyptian Defence Ministry signed a contract with Aselsan.") == ["EGY–Aselsan engagement"])
        #expect(Fixture.pairs("Poland ordered twelve radars from Kestor Optik GmbH.") == ["POL–Kestor Optik GmbH engagement"])
        #expect(Fixture.pairs("A delegation from Qatar held talks with Baykar.") == ["QAT–Baykar engagement"])
        #expect(Fixture.pairs("India’s air force selected Saab for the tender.") == ["IND–Saab engagement"])
    }

    @Test func aCapitalisedDefenceHeadingItsPhraseIsTheStatesDefenceOrganisation() {
        #expect(Fixture.pairs("Swedish Defence has ordered four radars from Thales.") == ["SWE–Thales engagement"])
        #expect(Fixture.pairs("Thales said that Swedish Defence would order four radars.") == ["SWE–Thales engagement"])
        // A name or a firm noun after it: a firm's description, not the state.
        #expect(Fixture.pairs("Swedish Defence firms bought radars from Thales.") == [])
        #expect(Fixture.pairs("Swedish Defence Systems bought radars from Thales.") == ["SWE–Swedish Defence Systems home"])
    }

    @Test func aGovernmentOrDealReferenceCarriesTheActingStateOn() {
        #expect(Fixture.pairs("Egypt chose Thales for the radar. The ministry approved the purchase on Monday. The deal also covers sensors from Aselsan.")
            == ["EGY–Aselsan engagement", "EGY–Thales engagement"])
        // A sentence about something else breaks the chain.
        #expect(Fixture.pairs("Egypt chose Thales for the radar. Analysts were surprised. The deal also covers sensors from Aselsan.") == ["EGY–Thales engagement"])
    }

    @Test func aParentNamedAsAnotherFirmsGroupIsNoParty() {
        #expect(Fixture.pairs("Russia's Rostec owns many firms. Egypt ordered rifles from Varnak Arms, another Rostec company.")
            == ["EGY–Varnak Arms engagement", "RUS–Rostec home", "RUS–Varnak Arms home"])
        #expect(Fixture.pairs("Egypt ordered rifles from Rostec, a Russian company.") == ["EGY–Rostec engagement", "RUS–Rostec home"])
    }

    @Test func aFurtherContractIsPartOfTheSameDeal() {
        #expect(Fixture.pairs("Egypt signed a contract with Thales for radars. A second contract was signed with Aselsan for sensors.")
            == ["EGY–Aselsan engagement", "EGY–Thales engagement"])
        #expect(Fixture.pairs("Egypt signed a contract with Thales for radars. A contract was signed with Aselsan for sensors.") == ["EGY–Thales engagement"])
    }

    @Test func itOpeningASentenceIsTheStateThatOpenedTheOneBefore() {
        #expect(Fixture.pairs("Qatar has ordered radars from Thales. It also ordered drones from Baykar.")
            == ["QAT–Baykar engagement", "QAT–Thales engagement"])
        // Not when a firm opened the sentence before.
        #expect(Fixture.pairs("Thales has sold radars to Qatar. It also ordered drones from Baykar.") == ["QAT–Thales engagement"])
    }

    @Test func makingForAStatesForcesIsEngagement() {
        #expect(Fixture.pairs("Aselsan, which produces radios for the Egyptian Army, showed a radar.") == ["EGY–Aselsan engagement"])
        #expect(Fixture.pairs("Aselsan produces radios for export.") == [])
    }

    @Test func firmsTeamingToOfferToAStateActForThemselves() {
        #expect(Fixture.pairs("Thales and Aselsan signed a memorandum to offer a radar to the Egyptian Army.") == [])
        #expect(Fixture.pairs("Thales and Aselsan signed a contract with the Egyptian Army.") == ["EGY–Aselsan engagement", "EGY–Thales engagement"])
        #expect(Fixture.pairs("Turkish Aerospace Industries (TAI) and French electronics group Thales signed a memorandum to offer a radar to Egypt.")
            == ["FRA–Thales home", "TUR–Turkish Aerospace Industries home"])
    }

    @Test func aMonthBeforeAStateIsNoCity() {
        #expect(Fixture.pairs("Under a deal signed in October, Egypt has ordered radars from Thales.") == ["EGY–Thales engagement"])
    }

    @Test func aBareGovernmentNounIsTheStateLastNamedWithIt() {
        let text = "The Egyptian Navy ordered corvettes from Thales. A framework agreement with Qatar was signed too. The navy has also bought radars from Aselsan."
        #expect(Fixture.pairs(text) == ["EGY–Aselsan engagement", "EGY–Thales engagement"])
        // A seller's government noun names no buyer.
        #expect(Fixture.pairs("Qatar chose Saab over jets offered by the Italian government. The government also bought radars from Thales.")
            == ["QAT–Saab engagement", "QAT–Thales engagement"])
        // "The cabinet" is the government; a government named as counterparty owns no noun.
        #expect(Fixture.pairs("The Polish government chose Saab. Talks with the Swedish government followed. The cabinet also bought radars from Thales.")
            == ["POL–Saab engagement", "POL–Thales engagement"])
        // Without a state named with that noun, the last acting state.
        #expect(Fixture.pairs("Qatar ordered corvettes from Thales. The navy has also bought radars from Aselsan.")
            == ["QAT–Aselsan engagement", "QAT–Thales engagement"])
    }

    @Test func anAbbreviationDefinedForAStatesBodyActsForIt() {
        #expect(Fixture.pairs("The Royal Egyptian Air Force (REAF) flew the jets. Later, the REAF agreed to buy radars from Thales.")
            == ["EGY–Thales engagement"])
        // Not an abbreviation defined for something else.
        #expect(Fixture.pairs("The Egyptian Radar Show (ERS) opened. Later, the ERS agreed to buy radars from Thales.") == [])
    }

    @Test func aFirmOpeningASentenceReportsItsOwnIntention() {
        #expect(Fixture.pairs("Thales has said it is open to buying a stake, but the Egyptian government disagrees.") == [])
        // A done act it reports still counts.
        #expect(Fixture.pairs("Thales said it had signed a contract with the Egyptian government.") == ["EGY–Thales engagement"])
        #expect(Fixture.pairs("Thales said it continued to discuss radars with the Egyptian government.") == ["EGY–Thales engagement"])
    }

    @Test func aDescribedGovernmentIsStillBare() {
        #expect(Fixture.pairs("Qatar chose Saab. The previous centre-left government had instead considered radars from Thales.")
            == ["QAT–Saab engagement", "QAT–Thales engagement"])
        #expect(Fixture.pairs("Qatar chose Saab. The previous centre-left party had instead considered radars from Thales.") == ["QAT–Saab engagement"])
    }

    @Test func aStateOpeningALaterClauseIsNoPartyToAnEarlierFirm() {
        #expect(Fixture.pairs("Berlin has since contracted Thales to restart production, and Sweden has likewise blocked exports.") == ["DEU–Thales engagement"])
        // A list that ends with ", and" is one party.
        #expect(Fixture.pairs("Poland, Qatar, and Egypt have bought radars from Thales.") == ["EGY–Thales engagement", "POL–Thales engagement", "QAT–Thales engagement"])
    }

    @Test func listedGovernmentBodiesActForTheirState() {
        #expect(Fixture.pairs("Turkey’s Presidency of Defence Industries signed a contract with Baykar.") == ["TUR–Baykar engagement"])
    }

    @Test func placesAfterACityAreNotParties() {
        #expect(Fixture.pairs("Qatar signed a contract with Aselsan in Le Bourget, France.") == ["QAT–Aselsan engagement"])
        #expect(Fixture.pairs("Qatar signed a contract with Aselsan in Washington, the United States.") == ["QAT–Aselsan engagement"])
    }

    @Test func cancelledOrdersStillCount() {
        #expect(Fixture.pairs("Germany ordered rifles from Aselsan, but the order was later cancelled.") == ["DEU–Aselsan engagement"])
    }

    @Test func salesToAStateAreItsPurchases() {
        #expect(Fixture.pairs("Saab, which has sold radars to Poland and Qatar, is bidding in Mali.") == ["POL–Saab engagement", "QAT–Saab engagement"])
    }

    @Test func customerListsAndQuotesOfStaff() {
        #expect(Fixture.pairs("Earlier customers of Baykar include Qatar and Poland.") == ["POL–Baykar engagement", "QAT–Baykar engagement"])
        #expect(Fixture.pairs("“Delegations from Egypt have held talks with us at our stand,” said Ana Lima, a spokesperson for Aselsan.") ==
                ["EGY–Aselsan engagement"])
    }

    @Test func followUpsBorrowTheActorAndTheFirm() {
        let text = "The Azerbaijani delegation met the management of Aselsan. During the visit, a meeting was also held with representatives of the Vextor company."
        #expect(Fixture.pairs(text) == ["AZE–Aselsan engagement", "AZE–Vextor engagement"])
        #expect(Fixture.pairs("Aselsan showed a radar. Poland’s army signed a deal with the company.") == ["POL–Aselsan engagement"])
    }

    @Test func notEngagement() {
        // Exhibiting, firm-to-firm deals, examples of the other side, places, analysts.
        #expect(Fixture.pairs("Aselsan exhibited radars in Egypt.") == [])
        #expect(Fixture.pairs("Aselsan and Saab signed a memorandum of understanding.") == [])
        #expect(Fixture.pairs("Qatar wants cooperation with firms such as Aselsan and Baykar.") == [])
        #expect(Fixture.pairs("Aselsan signed a contract in Egypt with Saab.") == [])
        #expect(Fixture.pairs("Ana Lima, a defence analyst, said Poland may order from Aselsan.") == [])
        #expect(Fixture.pairs("Aselsan and Saab signed a deal in the presence of Egyptian officials.") == [])
    }

    @Test func tenderWinnersAndLosersAreEngaged() {
        #expect(Fixture.pairs("Poland has picked Saab’s radar, rejecting the system offered by Aselsan.") ==
                ["POL–Aselsan engagement", "POL–Saab engagement"])
        #expect(Fixture.pairs("Qatar picked Baykar’s drone, beating out the model offered by Kestor Optik GmbH.") ==
                ["QAT–Baykar engagement", "QAT–Kestor Optik GmbH engagement"])
    }

    @Test func firmsCompetingInAStatesTenderAreEngaged() {
        #expect(Fixture.pairs("Saab’s Giraffe is competing in Poland’s Narew programme against the radar offered by Aselsan.") ==
                ["POL–Aselsan engagement", "POL–Saab engagement"])
        #expect(Fixture.pairs("In the Polish radar tender, Saab is bidding against Aselsan.") == ["POL–Aselsan engagement", "POL–Saab engagement"])
        // A programme without competing offers is no tender.
        #expect(Fixture.pairs("Poland’s drone programme relies on parts that Saab makes under contract.") == [])
    }

    @Test func aGovernmentWithoutItsCountryIsTheLastActingState() {
        let text = "The Egyptian Defence Ministry signed five contracts on Monday. Among them, the ministry signed a deal with Aselsan."
        #expect(Fixture.pairs(text) == ["EGY–Aselsan engagement"])
        let council = "Poland held talks on a new radar. The Federal Council also selected Saab for the tender."
        #expect(Fixture.pairs(council) == ["POL–Saab engagement"])
        // A list of exhibitors' countries names no acting state.
        let list = "Qatar’s army ordered rifles. The fair features firms from Italy and France. The ministry signed a deal with Aselsan."
        #expect(Fixture.pairs(list) == ["QAT–Aselsan engagement"])
    }

    @Test func aParentNamedInADescriptionIsNoParty() {
        #expect(Fixture.pairs("Qatar’s navy signed a contract with Kordell Arms, part of Aselsan, for rifles.") == ["QAT–Kordell Arms engagement"])
        #expect(Fixture.pairs("Qatar’s navy signed a contract with Kordell Arms, a subsidiary of Saab (SB), for rifles.") ==
                ["QAT–Kordell Arms engagement"])
    }

    @Test func theParentsOfAJointVentureAreNoParties() {
        #expect(Fixture.pairs("Qatar ordered vehicles from Kordell Arms, a joint venture of Saab and Aselsan.") == ["QAT–Kordell Arms engagement"])
    }

    @Test func leadersWelcomingAFirmsDealAreNotParties() {
        #expect(Fixture.pairs("Qatar’s President joined a ceremony to welcome the Baykar deal with Aselsan.") == [])
    }

    @Test func aListedAgencyActsForItsNamedState() {
        let text = "Turkey is expanding its drone fleet. SSB signed a contract with Baykar for twelve drones."
        #expect(Fixture.pairs(text) == ["TUR–Baykar engagement"])
    }

    @Test func aStateThatOnlyReportsIsNoParty() {
        #expect(Fixture.pairs("Aselsan won a deal to supply radars to Qatar, the Turkish Defence Ministry said.") == ["QAT–Aselsan engagement"])
        #expect(Fixture.pairs("Qatar signed a deal with Aselsan, the Qatari Defence Ministry said.") == ["QAT–Aselsan engagement"])
    }

    @Test func aMeetingWithAFirmBorrowsTheActingState() {
        let text = "The Azerbaijani delegation toured the show and held talks. During a meeting with representatives of Baykar, the sides discussed drones."
        #expect(Fixture.pairs(text) == ["AZE–Baykar engagement"])
    }

    @Test func armedForcesOwningAPlaceAreNoParty() {
        let text = "The ships are built at the Turkish Navy’s Golcuk Naval Yard under an agreement between Aselsan and Saab."
        #expect(Fixture.pairs(text) == [])
        #expect(Fixture.pairs("The Turkish Navy’s own ships carry radars that Aselsan supplied under a contract.") == [])
        #expect(Fixture.pairs("The Turkish Navy signed a contract with Aselsan.") == ["TUR–Aselsan engagement"])
    }

    @Test func briefingsPlannedDeliveriesAndSubcontractors() {
        // A firm briefing officials is the firm's act; a delegation briefed at the firm's stand is a visit.
        #expect(Fixture.pairs("Aselsan executives briefed the Egyptian delegation on the radar.") == [])
        #expect(Fixture.pairs("At the Aselsan stand, an Egyptian delegation was briefed on the company’s radars.") == ["EGY–Aselsan engagement"])
        // A planned delivery without the receiver as a stated party; a past one is a receipt.
        #expect(Fixture.pairs("Thales will deliver radars to Egypt next year.") == [])
        #expect(Fixture.pairs("Thales delivered radars to Egypt last year.") == ["EGY–Thales engagement"])
        #expect(Fixture.pairs("Thales has won a contract to supply radars to Egypt.") == ["EGY–Thales engagement"])
        // Firms working for another firm.
        #expect(Fixture.pairs("Saab is a subcontractor to Aselsan on the Egyptian army deal.") == ["EGY–Aselsan engagement"])
        #expect(Fixture.pairs("The Egyptian army picked Thales, which chose Aselsan as a partner.") == ["EGY–Thales engagement"])
    }

    @Test func aFirmSpeakersIntentIsNoEngagement() {
        #expect(Fixture.pairs("Ana Lima, head of Turkish drone maker Baykar, told reporters that Qatar was ready to discuss more purchases.") ==
                ["TUR–Baykar home"])
        #expect(Fixture.pairs("“We have already delivered the first systems to Qatar,” said Ana Lima, export director at Baykar.") == ["QAT–Baykar engagement"])
    }

    @Test func theDealOfThePreviousSentence() {
        #expect(Fixture.pairs("Qatar’s air force ordered 24 fighters. Saab said the deal was its biggest.") == ["QAT–Saab engagement"])
        #expect(Fixture.pairs("The Egyptian Defence Ministry signed contracts. Among the suppliers were Saab and Aselsan.") ==
                ["EGY–Aselsan engagement", "EGY–Saab engagement"])
        // Only right after the state's act.
        #expect(Fixture.pairs("Qatar’s air force ordered 24 fighters. It was a busy week. Saab said the deal was its biggest.") == [])
    }

    @Test func aFirmChosenByAFirmIsNotEngaged() {
        #expect(Fixture.pairs("Saab picked local firm Aselsan as its partner for the Turkish Navy tender.") ==
                ["TUR–Aselsan home", "TUR–Saab engagement"])
    }

    @Test func twoFirmsDealingWithAState() {
        #expect(Fixture.pairs("Aselsan and Saab signed a deal with the Egyptian Navy.") == ["EGY–Aselsan engagement", "EGY–Saab engagement"])
        #expect(Fixture.pairs("Aselsan and Saab were among the bidders in the Egyptian Navy tender.") == ["EGY–Aselsan engagement", "EGY–Saab engagement"])
        #expect(Fixture.pairs("Aselsan and Saab signed a memorandum in Egypt.") == [])
    }

    @Test func aFirmsLocalPartnerInAFollowUp() {
        let text = "The Egyptian Defence Ministry signed deals with Thales. Under the deals, Thales will build a line in Cairo with Egyptian firm Kordell Arms (KA)."
        #expect(Fixture.pairs(text) == ["EGY–Kordell Arms home", "EGY–Thales engagement"])
    }

    @Test func buyersOfThePreviousSentencesDeals() {
        let text = "Rosoboronexport said it had signed contracts with partners from 12 countries. Qatar and Poland were among the buyers, it said."
        #expect(Fixture.pairs(text) == ["POL–Rosoboronexport engagement", "QAT–Rosoboronexport engagement"])
        // Not the deal of another state.
        #expect(Fixture.pairs("Separately, Qatar’s army ordered pistols from Saab. The contract still requires approval by Poland’s parliament.") ==
                ["QAT–Saab engagement"])
    }

    @Test func parentsInAFirmsPossessive() {
        #expect(Fixture.pairs("Qatar received radars from Kordell Optics, part of Thales’s Land Systems holding.") == ["QAT–Kordell Optics engagement"])
    }

    @Test func oneStateAndOneFirmPerClause() {
        #expect(Fixture.pairs("Poland’s Defence Ministry said it will buy helicopters from Saab, while Qatar’s army has asked Aselsan for information.") ==
                ["POL–Saab engagement", "QAT–Aselsan engagement"])
        #expect(Fixture.pairs("Poland ordered radars from Saab; Qatar ordered rifles from Aselsan.") == ["POL–Saab engagement", "QAT–Aselsan engagement"])
    }

    @Test func buildingForAStatesForces() {
        #expect(Fixture.pairs("Saab showed a corvette. The Swedish firm is building four frigates for the Egyptian Navy.") == ["EGY–Saab engagement", "SWE–Saab home"])
        #expect(Fixture.pairs("The frigates were built by Saab in Egypt.") == [])
    }

    @Test func deniedActsAreNoEngagement() {
        #expect(Fixture.pairs("Saab briefed Polish officials but did not submit a formal bid.") == [])
        #expect(Fixture.pairs("Poland has not yet signed a contract with Saab.") == [])
        // A contraction is one token: "didn't", "hasn’t", "won't" deny like "not".
        #expect(Fixture.pairs("Poland didn't sign a contract with Saab.") == [])
        #expect(Fixture.pairs("The Polish army hasn’t ordered radars from Saab.") == [])
        #expect(Fixture.pairs("Qatar won't buy rifles from Aselsan this year.") == [])
        #expect(Fixture.pairs("Qatar, which didn't bid, ordered rifles from Aselsan.") == ["QAT–Aselsan engagement"])
    }

    @Test func firmsChosenTogetherByAState() {
        #expect(Fixture.pairs("Aselsan and Saab were selected by the Turkish government as suppliers.") == ["TUR–Aselsan engagement", "TUR–Saab engagement"])
        #expect(Fixture.pairs("Aselsan and Saab signed a deal in front of Turkish officials.") == [])
    }

    @Test func everyPairKeepsItsEvidence() {
        let e = Fixture.extract("Qatar ordered drones from Baykar. Later, Qatar signed a second deal with Baykar.")
        #expect(e.pairs.count == 1)
        #expect(e.pairs[0].evidence == ["Qatar ordered drones from Baykar.", "Later, Qatar signed a second deal with Baykar."])
        #expect(e.pairs[0].firmID == "Baykar")
    }

    @Test func aParentDescriptionRunsOnThroughJoinedFirms() {
        let text = "The Indian defence ministry signed a contract with Kordell Arms, a joint venture of India's Varnell Marine (VM) and Teldra Systems with Russia's Orvantis Aerospace and the Russian state arms exporter Kalashnikov Concern."
        #expect(Fixture.pairs(text).filter { $0.hasSuffix("engagement") } == ["IND–Kordell Arms engagement"])
        // A comma ends the description: a second party after it is engaged.
        let two = "The Indian defence ministry signed contracts with Kordell Arms, a unit of Varnell Marine, and with Teldra Systems."
        #expect(Fixture.pairs(two).filter { $0.hasSuffix("engagement") } == ["IND–Kordell Arms engagement", "IND–Teldra Systems engagement"])
    }

    @Test func aPossessiveCountrysPurchasesMakeItTheBuyer() {
        #expect(Fixture.pairs("Egypt's purchases include patrol boats built by Varnell Marine.") == ["EGY–Varnell Marine engagement"])
        #expect(Fixture.pairs("Egypt's coast is guarded by boats built by Varnell Marine.") == [])
    }

    @Test func aDescribedParentIsNoParty() {
        let giant = "Egypt's navy ordered boats from Kordell Arms, a unit of Scandinavian shipbuilding giant Varnell Marine."
        #expect(Fixture.pairs(giant).filter { $0.hasSuffix("engagement") } == ["EGY–Kordell Arms engagement"])
        let based = "Egypt's navy ordered boats from Kordell Arms, a subsidiary of Italy-based Varnell Marine."
        #expect(Fixture.pairs(based).filter { $0.hasSuffix("engagement") } == ["EGY–Kordell Arms engagement"])
        let both = "Egypt's navy ordered boats from Kordell Arms and radars from Varnell Marine."
        #expect(Fixture.pairs(both).filter { $0.hasSuffix("engagement") } == ["EGY–Kordell Arms engagement", "EGY–Varnell Marine engagement"])
    }

    @Test func theMinistryOfAnUnnamedStateIsNotTheLastActor() {
        let text = "Egypt's navy ordered boats from Varnell Marine. Kordell Arms said it signed a contract with the defence ministry of a Gulf country."
        #expect(Fixture.pairs(text).filter { $0.hasSuffix("engagement") } == ["EGY–Varnell Marine engagement"])
        let named = "Egypt's navy ordered boats from Varnell Marine. Kordell Arms said it signed a contract with the Ministry of Defence."
        #expect(Fixture.pairs(named).filter { $0.hasSuffix("engagement") } == ["EGY–Kordell Arms engagement", "EGY–Varnell Marine engagement"])
    }

    @Test func aStatesPartnerStateIsNoPartyOfTheFirmDeal() {
        let text = "An Egyptian Air Force delegation held talks with Kordell Arms on the rifle, which Egypt co-produces with Poland."
        #expect(Fixture.pairs(text).filter { $0.hasSuffix("engagement") } == ["EGY–Kordell Arms engagement"])
        #expect(Fixture.pairs("Kordell Arms signed a contract with Egypt.").filter { $0.hasSuffix("engagement") } == ["EGY–Kordell Arms engagement"])
    }

    @Test func aStateInAnOpeningWithPhraseIsACircumstance() {
        #expect(Fixture.pairs("With Egypt planning to buy new rifles, Kordell Arms demonstrated its latest model.") == [])
        #expect(Fixture.pairs("With Egypt, Kordell Arms signed a contract for rifles.").filter { $0.hasSuffix("engagement") } == ["EGY–Kordell Arms engagement"])
    }

    @Test func aFirmChosenByAFirmInAWhichClauseIsNotEngaged() {
        let text = "Egypt's army signed a contract with Kordell Arms and with Varnell Marine, which Kordell Arms has chosen as its partner."
        #expect(Fixture.pairs(text).filter { $0.hasSuffix("engagement") } == ["EGY–Kordell Arms engagement"])
        let ordered = "Egypt's army ordered boats from Varnell Marine, which Kordell Arms also supplies."
        #expect(Fixture.pairs(ordered).filter { $0.hasSuffix("engagement") }.contains("EGY–Varnell Marine engagement"))
    }

    @Test func aClauseWithoutAStateOfItsOwnHasTheSentencesStates() {
        #expect(Fixture.pairs("A second contract was signed with Aselsan for the missiles, while Qatar also ordered radars from Thales.")
            == ["QAT–Aselsan engagement", "QAT–Thales engagement"])
        // Each state keeps its own clause.
        #expect(Fixture.pairs("Egypt will buy radars from Thales, while Qatar has ordered rifles from Aselsan.") == ["EGY–Thales engagement", "QAT–Aselsan engagement"])
        // A state in a relative clause stays in it.
        let relative = "The rifles for Qatar will come from Aselsan, which produces them for the Egyptian Army, while the radars will be supplied by Thales."
        #expect(Fixture.pairs(relative) == ["EGY–Aselsan engagement", "QAT–Aselsan engagement", "QAT–Thales engagement"])
    }

    @Test func nationalitiesSharingOneGovernmentNounAllAct() {
        #expect(Fixture.pairs("The Egyptian and Saudi navies ordered boats from Thales.") == ["EGY–Thales engagement", "SAU–Thales engagement"])
        #expect(Fixture.pairs("The Egyptian, Qatari and Saudi governments signed with Thales.") == ["EGY–Thales engagement", "QAT–Thales engagement", "SAU–Thales engagement"])
        // Without a government noun the nationalities only describe.
        #expect(Fixture.pairs("Egyptian and Saudi engineers visited Thales.") == [])
    }

    @Test func moreDealWords() {
        #expect(Fixture.pairs("Doha took delivery of radars from Thales.") == ["QAT–Thales engagement"])
        #expect(Fixture.pairs("Qatar is expected to sign a contract with Thales.") == ["QAT–Thales engagement"])
        #expect(Fixture.pairs("The Qatari navy is ordering more boats, this time from Thales.") == ["QAT–Thales engagement"])
        #expect(Fixture.pairs("Thales radars have been exported to Egypt.") == ["EGY–Thales engagement"])
        // A selling state stays the seller.
        #expect(Fixture.pairs("France has exported Thales radars to Egypt.") == ["EGY–Thales engagement"])
    }

    @Test func aFirmReceivingADealReceivesItFromTheStateActingJustBefore() {
        let text = "The Egyptian Ministry of Defence signed 12 contracts on Monday. Among the largest recipients, Aselsan received orders for radars, and Thales signed for sensors. Saab secured $40 million for rifles."
        #expect(Fixture.pairs(text) == ["EGY–Aselsan engagement", "EGY–Saab engagement", "EGY–Thales engagement"])
        #expect(Fixture.pairs("Aselsan received orders for radars.") == [])
        // A state named in between without a deal word ends the context.
        #expect(Fixture.pairs("Egypt signed contracts with Saab. Qatar opened a pavilion. Aselsan received orders for radars.") == ["EGY–Saab engagement"])
    }

    @Test func aSentenceWithADealNounAndNoStateCarriesTheActingStateOn() {
        let text = "The Qatari army signed contracts worth $1 billion. Officials said 14 contracts were concluded. The largest single award went to Thales for radars."
        #expect(Fixture.pairs(text) == ["QAT–Thales engagement"])
        // A verb alone does not: "ordered" is no deal noun.
        let verb = "The Qatari army signed contracts worth $1 billion. The frigate, ordered in 2017, is late. The contract names engines from Thales."
        #expect(Fixture.pairs(verb) == [])
    }

    @Test func theShortlistedFirmsAreThoseOfTheChoiceJustReported() {
        let text = "The Indian Navy shortlisted five shipbuilders on Monday. The shortlisted manufacturers are France's Thales and Sweden's Saab."
        #expect(Fixture.pairs(text) == ["FRA–Thales home", "IND–Saab engagement", "IND–Thales engagement", "SWE–Saab home"])
    }

    @Test func biddersWithoutAStateCompeteInTheLastStatesCompetition() {
        let text = "Poland has picked Saab's design for the navy's frigate programme. France had offered a design from Thales, while Germany put forward one from Airbus."
        #expect(Fixture.pairs(text) == ["POL–Airbus engagement", "POL–Saab engagement", "POL–Thales engagement"])
        #expect(Fixture.pairs("Poland has picked Saab's design for the navy's frigate programme. Thales is competing for contracts in Asia.") == ["POL–Saab engagement"])
        // "forward" alone is no offer.
        #expect(Fixture.pairs("Poland has picked Saab's design for the navy's frigate programme. Thales will build forward fuselages with Airbus.") == ["POL–Saab engagement"])
    }

    @Test func aStateInAnOpeningAdverbialClauseIsNoParty() {
        #expect(Fixture.pairs("Since normalising relations with Israel, Qatar has ordered rifles from Aselsan.") == ["QAT–Aselsan engagement"])
        #expect(Fixture.pairs("Having tested them in 2020, Qatar ordered rifles from Aselsan.") == ["QAT–Aselsan engagement"])
    }

    @Test func placesVisitedAndThingsOfACountryAreNoParty() {
        #expect(Fixture.pairs("Qatar's defence minister signed with Aselsan during a tour that also took him to Egypt and Saudi Arabia.") == ["QAT–Aselsan engagement"])
        #expect(Fixture.pairs("Qatar signed with Thales despite US sanctions.") == ["QAT–Thales engagement"])
        #expect(Fixture.pairs("Qatar bought rifles from Aselsan, in what Turkish officials called a record deal.") == ["QAT–Aselsan engagement"])
    }

    @Test func goodsFromAStatesStocksAndRefusedExportsMakeNoParty() {
        #expect(Fixture.pairs("Qatar will buy six frigates from Thales and two used ones transferred from the Italian Navy.") == ["QAT–Thales engagement"])
        #expect(Fixture.pairs("Germany has refused to allow the export of the engines, so Qatar bought them from Thales.") == ["QAT–Thales engagement"])
        #expect(Fixture.pairs("Doha had also held talks with Ankara about buying drones from Baykar.") == ["QAT–Baykar engagement"])
    }

    @Test func theKingdomAndTheSideAreTheState() {
        #expect(Fixture.pairs("Saudi Arabia is buying radars. The kingdom also ordered drones from Baykar.") == ["SAU–Baykar engagement"])
        #expect(Fixture.pairs("Rosoboronexport signed agreements with the Saudi side.") == ["SAU–Rosoboronexport engagement"])
        // "in the Kingdom" is a place.
        #expect(Fixture.pairs("Saudi Arabia ordered radars from Thales. Aselsan signed a deal to produce parts in the Kingdom.") == ["SAU–Thales engagement"])
    }

    @Test func aStateOwnedFirmsDescriptionIsNoStateActing() {
        #expect(Fixture.pairs("Rosoboronexport, Russia's state arms exporter, said it held talks with delegations.") == ["RUS–Rosoboronexport home"])
        #expect(Fixture.pairs("Qatar ordered tanks from Varnell Works, part of Russia's state tech corporation Rostec.").filter { $0.hasSuffix("engagement") }
            == ["QAT–Varnell Works engagement"])
        #expect(Fixture.pairs("The Egyptian army signed contracts. Aselsan and Poland's Varnell Works signed an agreement on support.") == ["POL–Varnell Works home"])
    }

    @Test func examplesAfterACommaAreNoParty() {
        #expect(Fixture.pairs("France will order 12 jets from Airbus, protecting jobs at 500 French companies, including Saab and Thales.")
            == ["FRA–Airbus engagement", "FRA–Saab home", "FRA–Thales home"])
    }

    @Test func buildingForAStatesListedForces() {
        let g = Gazetteer(countries: [CountryEntry(iso3: "GBR", name: "United Kingdom", demonyms: ["British"])],
                          firms: [FirmEntry(name: "Varnell Marine", country: "GBR")],
                          nonEntities: [NonEntityEntry(name: "Royal Navy", kind: "agency", country: "GBR")])
        let e = Extractor(gazetteer: g)
        let text = "British group Varnell Marine is already building eight frigates for the Royal Navy."
        let pairs = e.extract(Article(id: "t", date: nil, year: nil, text: text, source: "t.txt")).pairs.map { "\($0.country)–\($0.firm) \($0.relation.rawValue)" }.sorted()
        #expect(pairs == ["GBR–Varnell Marine engagement", "GBR–Varnell Marine home"])
    }

    @Test func aFirmReceivingADealAfterARelativeClause() {
        let text = "The Qatari army signed contracts worth $1 billion. Local maker Varnell Works, whose name means tiger, secured $345 million for vehicles."
        #expect(Fixture.pairs(text).filter { $0.hasSuffix("engagement") } == ["QAT–Varnell Works engagement"])
    }

    @Test func thePartnerOfAJointVentureIsNoParty() {
        let text = "The Qatari army signed with Varnell Dynamics, a Qatari joint venture with Poland's Kordell Arms, for glide kits."
        #expect(Fixture.pairs(text).filter { $0.hasSuffix("engagement") } == ["QAT–Varnell Dynamics engagement"])
    }

    @Test func rivalOffersMakeTheStateThatChoseTheCompetitionsOwner() {
        let text = "Poland has chosen Saab's design, beating rival offers from France and Germany. France had offered a frigate of Thales."
        #expect(Fixture.pairs(text) == ["POL–Saab engagement", "POL–Thales engagement"])
    }

    @Test func theMakersOfWhatAStateJustBought() {
        #expect(Fixture.pairs("Qatar bought 12 jets last year. The Qatari air force will base them near Doha. The jets were built by Saab.") == ["QAT–Saab engagement"])
        // Not the maker of a part.
        #expect(Fixture.pairs("Qatar bought 12 jets from Saab. The engines are made by Thales.") == ["QAT–Saab engagement"])
        // Another state named without a deal word ends the context.
        #expect(Fixture.pairs("Qatar bought 12 jets last year. Egypt's army paraded in Cairo. The jets were built by Saab.") == [])
    }

    @Test func aStatesFleetFromAMaker() {
        #expect(Fixture.pairs("Egypt's Falcon fleet was bought from Saab in 1990.") == ["EGY–Saab engagement"])
        #expect(Fixture.pairs("The new jets will replace the Egyptian air force's Falcon fleet from Saab.") == ["EGY–Saab engagement"])
    }

    @Test func usersOfAProduct() {
        let text = "Baykar makes the Vextor TB2. The Vextor TB2 gained fame after its use by the Egyptian military in Mali and Niger."
        #expect(Fixture.pairs(text) == ["EGY–Baykar engagement"])
    }

    @Test func itAddedMoreToAnOrder() {
        #expect(Fixture.pairs("Doha has ordered ships from Saab. It also added 12 more Thales radars to an earlier order.") == ["QAT–Saab engagement", "QAT–Thales engagement"])
    }

    @Test func aStatesSaleMakesItTheSeller() {
        #expect(Fixture.pairs("The 12 jets, bought from Saab, are the largest U.S. military sale to Egypt.") == ["EGY–Saab engagement"])
    }

    @Test func aFirmInALaterClauseWithItsOwnState() {
        #expect(Fixture.pairs("Egypt builds the rifle under licence, and India's Kordell Arms is building 100 rifles for the Indian Army.")
            == ["IND–Kordell Arms engagement", "IND–Kordell Arms home"])
    }

    @Test func analystsReportingAStatesDoneAct() {
        #expect(Fixture.pairs("Egyptian military analysts said the jets carried radars, which Egypt agreed to buy from Thales in 2019.") == ["EGY–Thales engagement"])
        #expect(Fixture.pairs("Analysts said Egypt could buy radars from Thales.") == [])
    }

    @Test func aPurchaseFromAFirmWithNoStateIsTheStatesNamedJustBefore() {
        let text = "Egypt signed a deal with Qatar. The United States offered financing to help Egypt. The Egyptian air force has had no new jets since 2015. A planned purchase of F-50 jets from Saab fell through, and an earlier interest in rifles from Poland's Kordell Arms ended too."
        #expect(Fixture.pairs(text).filter { $0.hasSuffix("engagement") } == ["EGY–Kordell Arms engagement", "EGY–Saab engagement"])
        // Without a state acting just before, nothing.
        #expect(Fixture.pairs("A planned purchase of F-50 jets from Saab fell through.") == [])
        // Not a firm named otherwise ("made by").
        let made = "Egypt ordered radars. A planned purchase of F-50 jets from Saab fell through because of seats made by Thales."
        #expect(Fixture.pairs(made).filter { $0.hasSuffix("engagement") } == ["EGY–Saab engagement"])
    }
}
