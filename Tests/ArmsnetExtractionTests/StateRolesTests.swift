import Testing
@testable import ArmsnetExtraction

@Suite struct StateRolesTests {
    @Test func aStateAfterFromWithABuyingVerbIsTheSeller() {
        #expect(Fixture.pairs("Qatar bought used Saab radars from Sweden last year.") == ["QAT–Saab engagement"])
        #expect(Fixture.pairs("Qatar agreed to purchase twelve Saab jets from the Swedish Air Force.") == ["QAT–Saab engagement"])
        // A delegation from a state acts; a state an order comes from placed it.
        #expect(Fixture.pairs("A delegation from Sweden held talks with Saab.") == ["SWE–Saab engagement"])
        #expect(Fixture.pairs("Saab received an order from Qatar.") == ["QAT–Saab engagement"])
    }

    @Test func aStateThatSellsOrOffersIsNoParty() {
        #expect(Fixture.pairs("Qatar ratified the agreements with the United States government, which will sell the jets made by Saab.")
            == ["QAT–Saab engagement"])
        #expect(Fixture.pairs("Qatar chose the Saab jets over radars offered by the Italian government.") == ["QAT–Saab engagement"])
        #expect(Fixture.pairs("The government of Qatar chose Saab over the Egypt offer.") == ["QAT–Saab engagement"])
        #expect(Fixture.pairs("Qatar bought Saab radars, choosing them over competing systems from Russia and Egypt.") == ["QAT–Saab engagement"])
        #expect(Fixture.pairs("Saab said talks with Qatar over jets to be sold through the United States government's export programme were advanced.")
            == ["QAT–Saab engagement"])
        // A state sold to is the buyer.
        #expect(Fixture.pairs("Saab sold radars to Qatar.") == ["QAT–Saab engagement"])
    }

    @Test func aStateApprovingAnotherStatesPurchaseIsNoParty() {
        #expect(Fixture.pairs("The United States approved the sale of Thales radars to Qatar.") == ["QAT–Thales engagement"])
        // Approving its own purchase is the state's act.
        #expect(Fixture.pairs("The Swedish government approved the purchase of Thales radars.") == ["SWE–Thales engagement"])
    }

    @Test func aCountryNameBesideANationalityIsAnAdjective() {
        #expect(Fixture.pairs("Egypt will buy frigates from Thales built with US and Italian technology.") == ["EGY–Thales engagement"])
        #expect(Fixture.pairs("Israel and Turkish drone maker Baykar signed an agreement.") == ["ISR–Baykar engagement", "TUR–Baykar home"])
    }

    @Test func aStatesPlanToBuyIsItsAct() {
        #expect(Fixture.pairs("Qatar's plans to acquire Saab radars were confirmed.") == ["QAT–Saab engagement"])
        #expect(Fixture.pairs("Qatar's plans to host the fair pleased Saab, which signed a contract with Egypt.") == ["EGY–Saab engagement"])
    }

    @Test func anAdversaryOrADeniedStateIsNoParty() {
        #expect(Fixture.pairs("Azerbaijan bought drones from Elbit, which it used in the fighting with Russian forces.") == ["AZE–Elbit engagement"])
        #expect(Fixture.pairs("Azerbaijan bought drones from Elbit to use against Russian troops.") == ["AZE–Elbit engagement"])
        #expect(Fixture.pairs("The radars bought from Thales will be operated by Qatar, not Egypt.") == ["QAT–Thales engagement"])
        // "with" after a deal is the partner.
        #expect(Fixture.pairs("Thales signed a contract with Russian officials.") == ["RUS–Thales engagement"])
    }

    @Test func aStatePromotingAnOfferIsNoParty() {
        #expect(Fixture.pairs("The United States pushed Saab's radar, while Egypt offered nothing.") == [])
        #expect(Fixture.pairs("The United States ordered Saab's radar.") == ["USA–Saab engagement"])
    }
}
