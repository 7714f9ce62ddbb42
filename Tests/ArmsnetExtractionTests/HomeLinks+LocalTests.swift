import Testing
@testable import ArmsnetExtraction

/// Sentences written for these tests: "local" and "domestic" firms take the country the text is about, read narrowly.
@Suite struct HomeLinksLocalTests {
    @Test func domesticFirmsListedInTheNextSentence() {
        let text = "Egypt's defence ministry signed four contracts with domestic companies on Monday. The contracts were signed with Kordell Arms, "
            + "Varnell Marine and Vantor Aerospace."
        #expect(Fixture.pairs(text).filter { $0.hasSuffix("home") } == ["EGY–Kordell Arms home", "EGY–Vantor Aerospace home", "EGY–Varnell Marine home"])
        #expect(Fixture.pairs("Kordell Arms, a domestic arms maker, showed rifles at the Egyptian show in Egypt.") == ["EGY–Kordell Arms home"])
    }

    @Test func twoCountriesNamedEquallyOftenLeaveLocalOpen() {
        #expect(Fixture.pairs("Egypt and Poland held talks. Poland and Egypt signed. Kordell Arms, a local firm, showed rifles.") == [])
        #expect(Fixture.pairs("Egypt held talks with Poland. Egypt's navy is growing. Kordell Arms, a local firm, showed rifles.") == ["EGY–Kordell Arms home"])
    }

    @Test func theStateWhoseGovernmentActsInTheSentence() {
        #expect(Fixture.pairs("Poland and Egypt held talks. Poland and Egypt signed. The Egyptian navy asked a local firm, Kordell Arms, for a proposal.")
            == ["EGY–Kordell Arms engagement", "EGY–Kordell Arms home"])
    }
}
