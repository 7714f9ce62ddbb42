import Testing
@testable import ArmsnetSupport

@Suite struct JSONStringScanTests {
    func special(_ s: String, from start: Int = 0, separators: Bool = false) -> Int {
        Array(s.utf8).withUnsafeBufferPointer { JSONStringScan.special(in: $0, from: start, separators: separators) }
    }

    @Test func stopsAtQuotesBackslashesAndControlCharactersAtAnyOffset() {
        for offset in 0..<20 {
            let plain = String(repeating: "a", count: offset)
            #expect(special(plain + "\"tail of the string") == offset)
            #expect(special(plain + "\\n and more text here") == offset)
            #expect(special(plain + "\nline two of it all") == offset)
            #expect(special(plain + "\u{1F}") == offset)
        }
    }

    @Test func plainTextRunsToTheEnd() {
        #expect(special("") == 0)
        #expect(special("Türkiye’s drone maker Baykar ~ {}[] 0x7F \u{7F}") == "Türkiye’s drone maker Baykar ~ {}[] 0x7F \u{7F}".utf8.count)
    }

    @Test func separatorLeadBytesOnlyWhenAsked() {
        let text = "Baykar’s TB2"  // ’ is E2 80 99
        #expect(special(text) == text.utf8.count)
        #expect(special(text, separators: true) == 6)
    }

    @Test func startsWhereItIsTold() {
        #expect(special("\"abcdefghijklmnop\"", from: 1) == 17)
    }
}
