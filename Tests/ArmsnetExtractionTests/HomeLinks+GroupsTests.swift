import Testing
@testable import ArmsnetExtraction

/// Sentences written for these tests: a nationality stated once for a group of firms.
@Suite struct HomeLinksGroupsTests {
    @Test func aListAfterAColonWithDescriptionsFormerNamesAndAConsortium() {
        let text = "The navy is weighing bids from four Egyptian shipyards seeking a licence: state-owned Kordell Marine (KM), formerly Kordell Docks "
            + "and Repairs, Varnell Shipyards and a consortium of Sorrel Defence and state-run Vantor Shipyard Limited."
        #expect(Fixture.pairs(text) == ["EGY–Kordell Marine home", "EGY–Sorrel Defence home", "EGY–Vantor Shipyard Limited home", "EGY–Varnell Shipyards home"])
    }

    @Test func listItemsAfterADescription() {
        #expect(Fixture.pairs("The order protects jobs at some 300 Polish companies, including engine maker Aselsan and electronics group Thales.")
            == ["POL–Aselsan home", "POL–Thales home"])
    }

    @Test func firmsListedBeforeAmong() {
        #expect(Fixture.pairs("Aselsan and Thales, among 300 Polish companies, will benefit.") == ["POL–Aselsan home", "POL–Thales home"])
    }

    @Test func membersNamedInTheNextSentence() {
        #expect(Fixture.pairs("Polish firms formed the largest group at the show. Among them, Kordell Arms showed a rifle.") == ["POL–Kordell Arms home"])
        #expect(Fixture.pairs("Polish firms formed the largest group at the show. They include Kordell Arms and Varnell Marine.")
            == ["POL–Kordell Arms home", "POL–Varnell Marine home"])
        #expect(Fixture.pairs("Polish firms formed the largest group at the show. Kordell Arms showed a rifle.") == [])
    }

    @Test func aCountryNameOrPossessiveBeforeAPluralFirmNoun() {
        #expect(Fixture.pairs("The deal names Egyptian defence companies Kordell Arms and Varnell Marine as suppliers.")
            == ["EGY–Kordell Arms home", "EGY–Varnell Marine home"])
        #expect(Fixture.pairs("Egypt's defence companies Kordell Arms and Varnell Marine will supply the parts.")
            == ["EGY–Kordell Arms home", "EGY–Varnell Marine home"])
        // The buyer's name is not the sellers' nationality.
        #expect(Fixture.pairs("Egypt bought from companies such as Kordell Arms and Varnell Marine.")
            == ["EGY–Kordell Arms engagement", "EGY–Varnell Marine engagement"])
    }

    @Test func aParticipleClauseNamingWhereThePurchaseComesFrom() {
        #expect(Fixture.pairs("Egypt has turned to Polish suppliers, ordering rifles from Kordell Arms and boats from Varnell Marine.")
            .filter { $0.hasSuffix("home") } == ["POL–Kordell Arms home", "POL–Varnell Marine home"])
        #expect(Fixture.pairs("Egypt has turned away from Polish suppliers, ordering rifles from Kordell Arms.").filter { $0.hasSuffix("home") } == [])
    }
}
