import Testing
@testable import ArmsnetExtraction

/// Sentences written for these tests: a government that signs with a group of its own country's firms.
@Suite struct HomeLinksOwnIndustryTests {
    @Test func firmsTheGovernmentEngagesLater() {
        let text = "The Egyptian Defence Ministry signed 12 contracts with 9 Egyptian defence enterprises on Monday. Kordell Arms received an order "
            + "for rifles from the ministry. Separately, Poland ordered boats from Varnell Marine."
        #expect(Fixture.pairs(text) == ["EGY–Kordell Arms engagement", "EGY–Kordell Arms home", "POL–Varnell Marine engagement"])
        let domestic = "Egypt's defence ministry signed four contracts with domestic firms. Officials praised the deal. Later, Kordell Arms received "
            + "an order from the Egyptian navy."
        #expect(Fixture.pairs(domestic) == ["EGY–Kordell Arms engagement", "EGY–Kordell Arms home"])
    }

    @Test func notAFirmTheGazetteerListsWithAnotherHome() {
        let text = "The Egyptian Defence Ministry signed 12 contracts with 9 Egyptian defence enterprises on Monday. The ministry also ordered "
            + "radars from Aselsan and rifles from Kordell Arms."
        #expect(Fixture.pairs(text).filter { $0.hasSuffix("home") } == ["EGY–Kordell Arms home"])
    }

    @Test func notWithForeignFirmsInTheGroupsSentence() {
        let text = "The Egyptian Defence Ministry signed 12 contracts with local and foreign companies on Monday. Kordell Arms received an order "
            + "for rifles from the ministry."
        #expect(Fixture.pairs(text) == ["EGY–Kordell Arms engagement"])
    }

    @Test func aHomeOfItsOwnOutranksTheGroup() {
        let text = "Aselsan, the Turkish defence group, grew. The Egyptian Defence Ministry signed contracts with 9 Egyptian enterprises. The ministry "
            + "ordered rifles from Kordell Arms, an Aselsan subsidiary."
        #expect(Fixture.pairs(text) == ["EGY–Kordell Arms engagement", "TUR–Aselsan home", "TUR–Kordell Arms home"])
    }
}
