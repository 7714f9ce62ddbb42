import Testing
@testable import ArmsnetSupport

@Suite struct JSONTextTests {
    @Test func escapesQuotesBackslashesAndControls() {
        #expect(JSONText.string("a\"b\\c\nd\u{01}") == #""a\"b\\c\nd\u0001""#)
    }

    @Test func escapesLineSeparatorsForJavaScript() {
        #expect(JSONText.string("x\u{2028}y") == #""x\u2028y""#)
    }

    @Test func keepsUnicodeAsIs() {
        #expect(JSONText.string("Türkiye – Systèmes") == "\"Türkiye – Systèmes\"")
    }

    @Test func numbersReadBackExactly() {
        #expect(JSONText.number(3) == "3")
        #expect(JSONText.number(0.1) == "0.1")
        #expect(JSONText.number(-2.5) == "-2.5")
        #expect(JSONText.number(.nan) == "null")
    }

    @Test func objectsKeepKeyOrder() {
        #expect(JSONText.object(["b": "1", "a": JSONText.string(nil)]) == #"{"b":1,"a":null}"#)
    }
}
