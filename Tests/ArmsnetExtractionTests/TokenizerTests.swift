import Testing
@testable import ArmsnetExtraction

@Suite struct TokenizerTests {
    func tokens(_ s: String) -> [(String, Token)] {
        let bytes = Array(s.utf8)
        return bytes.withUnsafeBufferPointer { buf in
            Tokenizer.tokenize(buf).map { (String(decoding: buf[Int($0.start)..<Int($0.end)], as: UTF8.self), $0) }
        }
    }

    @Test func possessivesWithStraightAndCurlyApostrophes() {
        let t = tokens("Russia's army and Russia’s navy; the Systems’ radars")
        #expect(t.map(\.0) == ["Russia", "'s", "army", "and", "Russia", "’s", "navy", ";", "the", "Systems", "’", "radars"])
        #expect(t[1].1.flags.contains(.possessive) && t[5].1.flags.contains(.possessive) && t[10].1.flags.contains(.possessive))
        #expect(t[0].1.key == t[4].1.key)
    }

    @Test func dottedAbbreviationsAreOneToken() {
        let t = tokens("the U.S. Army and Leonardo S.p.A. and Aselsan A.Ş. in Inc. form")
        #expect(t.map(\.0).contains("U.S."))
        #expect(t.map(\.0).contains("S.p.A."))
        #expect(t.map(\.0).contains("A.Ş."))
        #expect(t.map(\.0).contains("Inc"))  // a plain word before a period stays a word
    }

    @Test func innerApostrophesAndHyphens() {
        let t = tokens("BAMEX’25 in Côte d'Ivoire with Almaz-Antey")
        #expect(t.map(\.0) == ["BAMEX’25", "in", "Côte", "d'Ivoire", "with", "Almaz", "-", "Antey"])
    }

    @Test func capitalsOutsideASCII() {
        let t = tokens("Türkiye Öztürk élan ŞAHİN")
        #expect(t[0].1.isCapitalised && t[1].1.isCapitalised)
        #expect(!t[2].1.isCapitalised)
        #expect(t[3].1.flags.contains(.allCaps))
    }

    @Test func keysIgnoreASCIICase() {
        let t = tokens("Thales THALES thales")
        #expect(t[0].1.key == t[1].1.key && t[1].1.key == t[2].1.key)
        let hashes = Array("Thales THALES".utf8).withUnsafeBufferPointer { b in Tokenizer.tokenize(b).map { $0.exactHash(in: b) } }
        #expect(hashes[0] != hashes[1])
        #expect(t[1].1.flags.contains(.allCaps))
    }

    @Test func wordClassesAreLookedUpOnce() {
        let t = tokens("the Hedef Defence company")
        #expect(t[0].1.word == .the)
        #expect(t[2].1.classes.contains(.firmHead))
        #expect(t[3].1.classes.contains(.firmNoun))
    }
}
