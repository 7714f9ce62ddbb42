import Testing
@testable import ArmsnetExport

@Suite struct XMLTextTests {
    @Test func escapesMarkupAndKeepsWhitespaceAsReferences() {
        #expect(XMLText.escaped("a<b>&\"c\"'d'") == "a&lt;b&gt;&amp;&quot;c&quot;&apos;d&apos;")
        #expect(XMLText.escaped("x\ty\nz\r") == "x&#9;y&#10;z&#13;")
    }

    @Test func dropsCharactersIllegalInXML10() {
        #expect(XMLText.escaped("a\u{0}b\u{1B}c\u{FFFE}d\u{FFFF}e") == "abcde")
        #expect(XMLText.escaped("Rheinmetall AG — Düsseldorf 🚀") == "Rheinmetall AG — Düsseldorf 🚀")
    }
}
