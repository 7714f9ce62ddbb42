import Testing
@testable import ArmsnetExtraction

/// "Caracal" in the fixture gazetteer is a firm whose name is also another maker's helicopter.
@Suite struct ProductHomonymsTests {
    @Test func beforeAProductNounTheNameIsTheProduct() {
        #expect(Fixture.firmNames("Poland will buy Caracal utility helicopters from Airbus.") == ["Airbus"])
        #expect(Fixture.pairs("Poland will buy Caracal utility helicopters from Airbus.") == ["POL–Airbus engagement"])
        #expect(Fixture.firmNames("Qatar ordered 12 Caracal multi-role helicopters from Airbus.") == ["Airbus"])
    }

    @Test func afterACountOrAnArticleTheNameIsTheProduct() {
        #expect(Fixture.firmNames("Qatar has ordered 16 Caracal for its navy.") == [])
        #expect(Fixture.firmNames("In 2019 the air force preferred the Caracal to its rivals.") == [])
    }

    @Test func aFirmCueKeepsTheFirm() {
        #expect(Fixture.firmNames("Egypt signed a contract with Caracal for pistols.") == ["Caracal"])
        #expect(Fixture.firmNames("The Caracal company displayed its rifles.") == ["Caracal"])
        #expect(Fixture.firmNames("The Caracal team flew in from Abu Dhabi.") == ["Caracal"])
        #expect(Fixture.firmNames("The Caracal International stand drew crowds.") == ["Caracal International"])
        #expect(Fixture.firmNames("Jordan bought the Caracal's new carbine.") == ["Caracal"])
        // The firm's own products name the firm.
        #expect(Fixture.firmNames("Jordan ordered Caracal pistols.") == ["Caracal"])
    }

    @Test func otherFirmsBeforeAProductNounStayFirms() {
        #expect(Fixture.firmNames("Qatar ordered 12 Baykar drones.") == ["Baykar"])
    }
}
