import Testing
@testable import ArmsnetExtraction

/// Sentences written for these tests: nationality descriptions of one firm.
@Suite struct HomeLinksDescriptionsTests {
    @Test func aNameSetOffAfterASingularDescription() {
        #expect(Fixture.pairs("The award went to a Turkish firm, Kordell Arms, which will build the hull.") == ["TUR–Kordell Arms home"])
        #expect(Fixture.pairs("A second Polish company, Varnell Marine, received the order.") == ["POL–Varnell Marine home"])
        #expect(Fixture.pairs("Egypt's largest boat builder, Varnell Marine, said it was ready.") == ["EGY–Varnell Marine home"])
        // A name that is the subject of the next clause is not set off.
        #expect(Fixture.pairs("Boeing sold parts to a Turkish firm, Kordell Arms said.") == [])
    }

    @Test func headWordsRightBeforeAName() {
        #expect(Fixture.pairs("Boeing will build the jet with its Polish partner Kordell Arms if selected.") == ["POL–Kordell Arms home"])
        #expect(Fixture.pairs("The fuses come from Polish defence major Kordell Arms.") == ["POL–Kordell Arms home"])
    }

    @Test func aReportingDescriptionNamedInTheNextSentence() {
        #expect(Fixture.pairs("Egypt agreed to buy frigates, Poland's state shipbuilder said. Varnell Marine said in a statement that talks had ended.")
            == ["POL–Varnell Marine home"])
        // Not when a firm was named before: the description may be that firm's.
        #expect(Fixture.pairs("Aselsan said Egypt agreed. Poland's state shipbuilder said. Varnell Marine said in a statement that talks had ended.")
            .filter { $0.hasSuffix("home") } == [])
    }

    @Test func aStatesOwnFirmAfterIts() {
        #expect(Fixture.pairs("Egypt had offered the corvette of its state-controlled shipbuilder Varnell Marine.") == ["EGY–Varnell Marine home"])
        // "its" may be the product's: only a state-ownership word makes the firm the subject's.
        #expect(Fixture.pairs("Egypt wants the corvette and its builder Varnell Marine.") == [])
        #expect(Fixture.pairs("Egypt had offered the corvette of its shipbuilder Varnell Marine.") == [])
    }

    @Test func regionsAreNoHome() {
        #expect(Fixture.pairs("The yard teamed with Merseyside shipbuilder Kordell Marine on the bid.") == [])
        #expect(Fixture.pairs("The navy ordered missiles from European missile maker Kordell Missiles.").filter { $0.hasSuffix("home") } == [])
    }

    @Test func aJointVenturesOwnNationalityNotItsParents() {
        #expect(Fixture.pairs("Kordell Arms, an Egyptian joint venture of Varnell Marine and Turkey's Aselsan, showed rifles.")
            == ["EGY–Kordell Arms home", "TUR–Aselsan home"])
    }

    @Test func anAbbreviationOrALegalFormBeforeTheStatement() {
        #expect(Fixture.pairs("Kordell Marine Works (KM&W) of Egypt reported more orders.") == ["EGY–Kordell Marine Works home"])
        #expect(Fixture.pairs("Kordell Arms Co., Ltd., which is headquartered in Egypt, grew.") == ["EGY–Kordell Arms Co. home"])
    }
}
