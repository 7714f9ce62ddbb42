import Testing
@testable import ArmsnetExtraction

/// Sentences written for these tests: a subsidiary takes the home the text states for its parent.
@Suite struct HomeLinksParentsTests {
    @Test func throughAChainOfParents() {
        let text = "Egypt's state corporation Rostec grew. Kordell Aviation, which in turn belongs to the Egyptian state holding Rostec, builds jets. "
            + "Varnell Aerospace, another Kordell Aviation subsidiary, builds trainers."
        #expect(Fixture.pairs(text) == ["EGY–Kordell Aviation home", "EGY–Rostec home", "EGY–Varnell Aerospace home"])
    }

    @Test func aParentsPossessiveBeforeAUnitNoun() {
        let parent = "Aselsan, the Turkish defence group, grew. "
        #expect(Fixture.pairs(parent + "Kordell Arms, Aselsan's drone subsidiary, showed drones.") == ["TUR–Aselsan home", "TUR–Kordell Arms home"])
        #expect(Fixture.pairs(parent + "Aselsan's drone subsidiary Kordell Arms showed drones.") == ["TUR–Aselsan home", "TUR–Kordell Arms home"])
        // A parent without a stated home passes nothing on.
        #expect(Fixture.pairs("Kordell Arms, Aselsan's drone subsidiary, showed drones.") == [])
    }

    @Test func underOrOwnedByAParent() {
        let parent = "Aselsan, the Turkish defence group, grew. "
        #expect(Fixture.pairs(parent + "Kordell Arms, under Aselsan, showed drones.") == ["TUR–Aselsan home", "TUR–Kordell Arms home"])
        #expect(Fixture.pairs(parent + "Kordell Arms, owned by Aselsan, showed drones.") == ["TUR–Aselsan home", "TUR–Kordell Arms home"])
        // "under contract to" names a customer, not a parent.
        #expect(Fixture.pairs(parent + "Kordell Arms, under contract to Aselsan, showed drones.") == ["TUR–Aselsan home"])
    }

    @Test func aParentNamedAfterADescription() {
        #expect(Fixture.pairs("Varnak Diesel, the engine subsidiary of Polish forging major Kordell Forge, makes engines.")
            == ["POL–Kordell Forge home", "POL–Varnak Diesel home"])
    }

    @Test func aDescriptionAfterTheTownOfAFirmsPlant() {
        let text = "Polish defence group Varnell Holdings grew. The tanks are built at the Kordell Arms plant in Gdynia, a Varnell Holdings company."
        #expect(Fixture.pairs(text).filter { $0.hasSuffix("home") } == ["POL–Kordell Arms home", "POL–Varnell Holdings home"])
    }

    @Test func aJointVentureIsNoSubsidiary() {
        #expect(Fixture.pairs("Kordell Arms, a joint venture of Aselsan and France's Thales, showed rifles.") == ["FRA–Thales home"])
        #expect(Fixture.pairs("Aselsan, the Turkish defence group, grew. Aselsan's joint venture Kordell Arms showed rifles.") == ["TUR–Aselsan home"])
    }

    @Test func aBranchOfAnotherFirmTakesNoHomeFromItsDescription() {
        #expect(Fixture.pairs("Kordell Arms, a branch of Polish defence group Varnell Holdings, showed rifles.") == ["POL–Varnell Holdings home"])
    }
}
