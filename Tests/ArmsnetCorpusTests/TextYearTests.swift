import Testing
@testable import ArmsnetCorpus

@Suite struct TextYearTests {
    @Test(arguments: [
        ("Firms met at IDEX 2019 in Abu Dhabi.", 2019),
        ("On the sidelines of IDEX-2019, officials met.", 2019),
        ("They are the only companies taking part in BAMEX'25 which", 2025),
        ("They are the only companies taking part in BAMEX’25 which", 2025),
        ("at the IDEF’21 international defense industry show", 2021),
        ("at the Army-2019 forum near Moscow", 2019),
        ("represented at the prestigious \"Paris Air Show-2019\" exhibition", 2019),
        ("The “Airshow China 2021” exhibition opened.", 2021),
        ("The ILA Berlin Air Show (ILA Berlin 2014) is held", 2014),
        ("The contract was signed on March 3, 2019, in Ankara.", 2019),
        ("Deliveries began on 3 March 2019.", 2019),
        ("The deal of September 2018 was confirmed.", 2018),
        ("Talks were held in Sept. 2018 in Rome.", 2018),
        ("The order was placed on 2017-05-04 by the ministry.", 2017),
        ("The order was placed on 04.05.2017 by the ministry.", 2017),
        ("Army’99 opened", 1999),
    ])
    func oneYearForm(text: String, year: Int) {
        #expect(TextYear.infer(in: text) == year)
    }

    @Test func bareYearsDoNotCount() {
        #expect(TextYear.infer(in: "In 2018 the company doubled its revenue (2019).") == nil)
        #expect(TextYear.infer(in: "Exports rose in 2018 and fell by mid-2019.") == nil)
        #expect(TextYear.infer(in: "2019 was a good year.") == nil)
    }

    @Test func modelNumbersAndPlansAreNotEventYears() {
        #expect(TextYear.infer(in: "The Dassault Falcon 2000 business jet and the PzH 2000 howitzer.") == nil)
        #expect(TextYear.infer(in: "Saudi Vision 2030 calls for local production; Horizon 2020 funds research.") == nil)
        #expect(TextYear.infer(in: "Sales of the Falcon 2000 rose at Eurosatory 2010 in Paris.") == 2010)
    }

    @Test func eventYearWinsOverDates() {
        let text = "On March 3, 2018, the ministry announced it would attend IDEX 2019. IDEX 2019 opened in February."
        #expect(TextYear.infer(in: text) == 2019)
    }

    @Test func datesDecideWithoutEventYear() {
        #expect(TextYear.infer(in: "Signed on August 17, 2017, the deal covers Falcon 2000 jets.") == 2017)
    }

    @Test func severalYearsOfOneKindAreAmbiguous() {
        #expect(TextYear.infer(in: "After IDEX 2019 the firm went to IDEF 2021.") == nil)
        #expect(TextYear.infer(in: "Signed on March 3, 2018 and amended on May 5, 2019.") == nil)
    }

    @Test func wordsGluedToDigitsAreNotYears() {
        #expect(TextYear.infer(in: "the 1990s saw FY2019 budgets and the A2019 model") == nil)
        #expect(TextYear.infer(in: "Russia's Su-35 and S-400 systems") == nil)
        #expect(TextYear.infer(in: "Type 20193 frigates") == nil)
    }

    @Test func seedWithoutDateLine() {
        let text = """
        Turkish defence firms are showcasing their weapons at an inaugural four-day military fair in Mali’s capital Bamako.
        They are the only companies taking part in BAMEX’25 which comes as the two countries deepen military ties.
        """
        #expect(TextYear.infer(in: text) == 2025)
    }
}
