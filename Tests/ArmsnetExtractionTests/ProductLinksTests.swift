import Testing
@testable import ArmsnetExtraction

@Suite struct ProductLinksTests {
    @Test func aProductBoughtFromAFirmStandsForItLater() {
        let text = "Qatar ordered twelve Vextor TB2 drones from Turkish drone maker Baykar. The Vextor TB2 has also been bought by Poland."
        #expect(Fixture.pairs(text) == ["POL–Baykar engagement", "QAT–Baykar engagement", "TUR–Baykar home"])
    }

    @Test func aStatedHomeBeforeTheMakerIsSkipped() {
        #expect(Fixture.pairs("Qatar ordered twelve Falcon radars from France's Thales. The Falcon has also been bought by Egypt.")
            == ["EGY–Thales engagement", "FRA–Thales home", "QAT–Thales engagement"])
        #expect(Fixture.pairs("Qatar ordered twelve Falcon radars built by US-based Thales. The Falcon has also been bought by Egypt.")
            == ["EGY–Thales engagement", "QAT–Thales engagement", "USA–Thales home"])
        #expect(Fixture.pairs("The Falcon has also been bought by Egypt.") == [])
        #expect(Fixture.pairs("Qatar ordered twelve Falcon radars built by US company Thales. The Falcon has also been bought by Egypt.")
            == ["EGY–Thales engagement", "QAT–Thales engagement", "USA–Thales home"])
    }

    @Test func aModelNumberInThePluralIsTheSameProduct() {
        #expect(Fixture.pairs("Qatar will buy twelve F-16 jets. The F-16s, built by Saab, arrive next year.") == ["QAT–Saab engagement"])
        // A state's own aircraft pass from that state.
        #expect(Fixture.pairs("Qatar will buy twelve F-16 jets. The F-16s, built by Saab, arrive next year. Egypt will receive some of Qatar's F-16s.")
            == ["QAT–Saab engagement"])
        // Another model is another product.
        #expect(Fixture.pairs("Qatar will buy twelve F-15 jets. The F-16s, built by Saab, arrive next year.") == [])
    }

    @Test func aVariantStandsForItsModelFamily() {
        #expect(Fixture.pairs("Egypt has selected Saab's F-35A. Qatar signed for 32 F-35s last year.") == ["EGY–Saab engagement", "QAT–Saab engagement"])
        // A different model number is another family.
        #expect(Fixture.pairs("Egypt has selected Saab's F-35A. Qatar signed for 32 F-36s last year.") == ["EGY–Saab engagement"])
    }

    @Test func aProductNounStandsForTheMakerOnlyAsTheObjectOfAnAct() {
        let made = "Qatar ordered twelve Vextor TB2 armed drones from Baykar."
        #expect(Fixture.pairs(made + " Poland has since ordered the drone.") == ["POL–Baykar engagement", "QAT–Baykar engagement"])
        #expect(Fixture.pairs(made + " Talks between Poland and Egypt on airspace rules were slowed by the use of the drone.") == ["QAT–Baykar engagement"])
    }

    @Test func possessiveAndOfferedByProducts() {
        #expect(Fixture.pairs("Saab’s Giraffe radar is on show. Egypt has bought the Giraffe.") == ["EGY–Saab engagement"])
        #expect(Fixture.pairs("Poland rejected the Sabre system offered by Aselsan. Qatar later bought the Sabre.") ==
                ["POL–Aselsan engagement", "QAT–Aselsan engagement"])
    }

    @Test func theNounGivenToAProductLater() {
        let text = "Qatar ordered twelve Vextor TB2 armed drones from Baykar. Poland’s defence minister said his country was interested in the drone."
        #expect(Fixture.pairs(text) == ["POL–Baykar engagement", "QAT–Baykar engagement"])
        // Only a noun given to a product before.
        #expect(Fixture.pairs("Poland’s defence minister said his country was interested in the drone. Qatar ordered Vextor TB2 drones from Baykar.") ==
                ["QAT–Baykar engagement"])
    }

    @Test func aProductInServiceWithStates() {
        let text = "Baykar makes the Vextor TB2. The Vextor TB2 is already in service with Poland and Qatar."
        #expect(Fixture.pairs(text) == ["POL–Baykar engagement", "QAT–Baykar engagement"])
        #expect(Fixture.pairs("Operators of Baykar’s Vextor drone include Poland.") == ["POL–Baykar engagement"])
    }

    @Test func countsAndUnnamedGoodsAreNoProducts() {
        #expect(Fixture.pairs("Poland ordered 18 engines manufactured by Saab. Qatar ordered 18 trucks from a supplier.") == ["POL–Saab engagement"])
        #expect(Fixture.pairs("Saab’s stand is busy. Egypt has bought radars.") == [])
    }

    @Test func aCountryNameAfterAIsAnAdjective() {
        #expect(Fixture.pairs("Aselsan won a deal to supply radars to Qatar, the first sale of a Korea radar to the Gulf.") == ["QAT–Aselsan engagement"])
    }

    @Test func theModelDesignationOfALongerNameStandsForIt() {
        #expect(Fixture.pairs("Qatar ordered Vextor TB2 drones from Baykar. Poland later signed for the TB2.") == ["POL–Baykar engagement", "QAT–Baykar engagement"])
        #expect(Fixture.pairs("Qatar ordered TB2 drones from Baykar. Poland later signed for the Vextor TB2 Block 3.") == ["POL–Baykar engagement", "QAT–Baykar engagement"])
    }

    @Test func aModelNamedBeforeWhatWasBoughtFromAFirm() {
        let text = "Egypt received the first Vextor TB2 armed drones (UCAVs) it ordered from Baykar. Poland has also bought the Vextor TB2."
        #expect(Fixture.pairs(text) == ["EGY–Baykar engagement", "POL–Baykar engagement"])
        // Not across a comma.
        #expect(Fixture.pairs("Egypt tested the Vextor TB2, and later ordered rifles from Baykar. Poland has also bought the Vextor TB2.") == ["EGY–Baykar engagement"])
    }

    @Test func theCompanyThatDevelopsTheProduct() {
        let text = "Qatar signed a contract for NH90 helicopters with Thales. Thales leads the work through Kordell Helicopters, the company that develops and markets the NH90."
        #expect(Fixture.pairs(text) == ["QAT–Kordell Helicopters engagement", "QAT–Thales engagement"])
    }

    @Test func theOnlyFirmOfASentenceSuppliesTheModel() {
        let text = "Kordell Arms said it has signed a deal to supply K9 howitzers to Egypt. Qatar agreed to buy 48 used K9s from the South Korean army."
        #expect(Fixture.pairs(text) == ["EGY–Kordell Arms engagement", "QAT–Kordell Arms engagement"])
        // With two firms the model may be the other's.
        let two = "Kordell Arms and Thales said they would supply K9 howitzers. Qatar agreed to buy 48 K9s from the South Korean army."
        #expect(Fixture.pairs(two) == [])
    }

    @Test func aFirmThatBuildsTheProductHereIsTheStatesParty() {
        let text = "Baykar makes the Vextor TB2. India's Kordell Arms is building 100 Vextor TB2 drones for the Indian Army under licence."
        #expect(Fixture.pairs(text) == ["IND–Kordell Arms engagement", "IND–Kordell Arms home"])
        // A product with a firm only as the counterparty: its maker too.
        #expect(Fixture.pairs("Baykar makes the Vextor TB2. Qatar signed for the Vextor TB2 with Kordell Arms.") == ["QAT–Baykar engagement", "QAT–Kordell Arms engagement"])
    }

    @Test func whatAMakerMakesIsTheNounBeforeTheMakerWord() {
        let text = "Qatar ordered rifles from Turkish drone maker Baykar. Egypt expressed interest in the drone."
        #expect(Fixture.pairs(text) == ["EGY–Baykar engagement", "QAT–Baykar engagement", "TUR–Baykar home"])
        #expect(Fixture.pairs("Qatar ordered rifles from Turkish drone maker Baykar. The drone has also been exported to Egypt.")
            == ["EGY–Baykar engagement", "QAT–Baykar engagement", "TUR–Baykar home"])
        // Not the first word of a compound, nor a general word.
        #expect(Fixture.pairs("Qatar ordered rifles from Turkish drone maker Baykar. Egypt expressed interest in the drone systems.")
            == ["QAT–Baykar engagement", "TUR–Baykar home"])
        #expect(Fixture.pairs("Qatar ordered rifles from Turkish defence maker Baykar. Egypt expressed interest in the defence.")
            == ["QAT–Baykar engagement", "TUR–Baykar home"])
    }

    @Test func genericTypesAndGovernmentBodiesAreNoProducts() {
        #expect(Fixture.pairs("Egypt ordered MRAP vehicles from Aselsan. Qatar also bought MRAP vehicles.") == ["EGY–Aselsan engagement"])
        #expect(Fixture.pairs("Officials of the Egyptian Air Force met with executives from Aselsan. Qatar thanked the Air Force.") == ["EGY–Aselsan engagement"])
    }

    @Test func aFirmsOwnProductAfterIts() {
        let text = "Baykar also presented its Vextor Wing drones at the show. Earlier versions of the Vextor Wing have been exported to Qatar and Egypt."
        #expect(Fixture.pairs(text) == ["EGY–Baykar engagement", "QAT–Baykar engagement"])
        // Only right after the firm, with no punctuation between: "its" here is not Thales's.
        #expect(Fixture.pairs("Baykar, which Thales supplies, showed its Vextor Wing. Qatar bought the Vextor Wing.") == [])
    }

    @Test func aProductSoldByTheOnlyFirmOfASentence() {
        let text = "Baykar signed a contract with Egypt for the sale of Vextor drones. The Vextor, which entered service with the Turkish military in 2021, flies far."
        #expect(Fixture.pairs(text) == ["EGY–Baykar engagement", "TUR–Baykar engagement"])
    }

    @Test func aProductBeforeARelativeClauseWhoseSubjectIsTheFirm() {
        let text = "Egypt has ordered the Vextor K9, which Baykar builds under licence. Qatar also bought the Vextor K9."
        #expect(Fixture.pairs(text) == ["EGY–Baykar engagement", "QAT–Baykar engagement"])
        // Not where the firm only tests it: Qatar's purchase reaches no maker.
        #expect(Fixture.pairs("Egypt has ordered the Vextor K9, which Baykar tested last year. Qatar also bought the Vextor K9.") == ["EGY–Baykar engagement"])
    }
}
