import Testing
@testable import ArmsnetExport

@Suite struct YearSpellsTests {
    @Test func consecutiveYearsMergeIntoOneSpell() {
        #expect(YearSpells.runs([2019, 2020, 2021, 2023]) == [2019...2021, 2023...2023])
        #expect(YearSpells.runs([]) == [])
        #expect(YearSpells.runs([2025]) == [2025...2025])
    }
}
