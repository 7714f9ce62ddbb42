import Testing
@testable import ArmsnetExtraction

@Suite struct NameIndexTests {
    /// The longest match at token `i` of `text`, as (end, target).
    private func match(_ index: NameIndex, _ text: String, at i: Int = 0) -> (Int, NameTarget)? {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            let tokens = Tokenizer.tokenize(buffer)
            return index.longestMatch(tokens, in: buffer, at: i, limit: tokens.count).map { ($0.end, $0.target) }
        }
    }

    @Test func longestNameWinsAndWalksStopAtTheLimit() {
        var index = NameIndex()
        index.insert("Turkish", .demonym(1))
        index.insert("Turkish Aerospace", .firm(7))
        index.insert("Turkish Aerospace Industries Corporation", .firm(8))
        #expect(match(index, "Turkish Aerospace Industries said")! == (2, .firm(7)))
        #expect(match(index, "Turkish officials")! == (1, .demonym(1)))
        #expect(match(index, "Mali") == nil)
        let bytes = Array("Turkish Aerospace".utf8)
        bytes.withUnsafeBufferPointer { buffer in
            let tokens = Tokenizer.tokenize(buffer)
            #expect(index.longestMatch(tokens, in: buffer, at: 0, limit: 1)! == (1, .demonym(1)))
        }
    }

    @Test func higherRankThenFirstInsertedWinsOnTheSameSpan() {
        var index = NameIndex()
        index.insert("Jordan", .country(3))
        index.insert("Jordan", .country(4))
        index.insert("Jordan", .firm(5))
        index.insert("Jordan", .firm(6))
        #expect(match(index, "Jordan signed")! == (1, .firm(5)))
        var countries = NameIndex()
        countries.insert("the Gambia", .country(3))
        countries.insert("Gambia", .country(4))
        #expect(match(countries, "Gambia")! == (1, .country(3)))
    }

    @Test func capitalisedWordsAndAllCapitalsMustMatch() {
        var index = NameIndex()
        index.insert("British Aerospace", .firm(1))
        index.insert("TAI", .firm(2))
        #expect(match(index, "British Aerospace")! == (2, .firm(1)))
        #expect(match(index, "British aerospace") == nil)
        #expect(match(index, "TAI")! == (1, .firm(2)))
        #expect(match(index, "Tai") == nil)
    }
}
