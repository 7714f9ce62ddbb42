import Testing
@testable import ArmsnetRender

@Suite struct GraphvizTextTests {
    @Test func labelEscapesBackslashAmpersandAndLineBreaks() {
        #expect(GraphvizText.label(#"a\b & c"#) == #"a\\b &amp; c"#)
        #expect(GraphvizText.label("one\ntwo\tthree") == #"one\ntwo three"#)
        #expect(GraphvizText.label("ctl\u{01}\u{0B}\u{7F}\u{85}\u{FFFE}x") == "ctlx")
        #expect(GraphvizText.label(#"trailing\"#) == #"trailing\\"#)
    }

    @Test func tooltipQuadruplesBackslashes() {
        #expect(GraphvizText.tooltip(#"a\b"#) == #"a\\\\b"#)
        #expect(GraphvizText.tooltip("x\ny") == #"x\ny"#)
    }

    @Test func htmlEscapesMarkup() {
        #expect(GraphvizText.html(#"<b>"x" & 'y'</b>"#) == "&lt;b&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/b&gt;")
    }

    @Test func numbersAreFixedAndTrimmed() {
        #expect(GraphvizText.number(1.5) == "1.5")
        #expect(GraphvizText.number(2) == "2")
        #expect(GraphvizText.number(0.123456, digits: 3) == "0.123")
        #expect(GraphvizText.number(-0.0001) == "0")
        #expect(GraphvizText.number(.nan) == "0")
    }

    @Test func identifiers() {
        #expect(DiagramIdentifier.isValid("c-TUR"))
        #expect(DiagramIdentifier.isValid("e-c-TUR-f-12-home"))
        #expect(!DiagramIdentifier.isValid(""))
        #expect(!DiagramIdentifier.isValid("1abc"))
        #expect(!DiagramIdentifier.isValid("a b"))
        #expect(!DiagramIdentifier.isValid("a\"b"))
        #expect(!DiagramIdentifier.isValid("é"))
        #expect(!DiagramIdentifier.isValid(String(repeating: "a", count: 201)))
    }
}
