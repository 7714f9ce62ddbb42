import Testing
@testable import ArmsnetExtraction

@Suite struct SentenceSplitterTests {
    func sentences(_ s: String) -> [String] {
        let bytes = Array(s.utf8)
        return bytes.withUnsafeBufferPointer { buf in
            let scan = ArticleScan(text: buf)
            return scan.sentences.indices.map { scan.sentenceText($0) }
        }
    }

    @Test func splitsAtPeriodsBeforeCapitalsAndAtLineBreaks() {
        #expect(sentences("Poland signed a deal. The army was pleased!\nHeadline without period\nNext one?") ==
                ["Poland signed a deal.", "The army was pleased!", "Headline without period", "Next one?"])
    }

    @Test func titlesAndInitialsDoNotEndSentences() {
        #expect(sentences("Gen. Smith met J. Doe at the fair. Then he left.") == ["Gen. Smith met J. Doe at the fair.", "Then he left."])
    }

    @Test func closingQuotesStayWithTheirSentence() {
        #expect(sentences("“We are glad,” he said. “Talks went well.” The end.") == ["“We are glad,” he said.", "“Talks went well.”", "The end."])
    }

    @Test func legalFormsEndANameAndMaybeASentence() {
        #expect(sentences("Poland ordered radars from Moog Inc. The deal is big.") == ["Poland ordered radars from Moog Inc.", "The deal is big."])
        #expect(sentences("Talks with Moog Inc. and Saab went on.").count == 1)
        #expect(sentences("Exhibitors include Mesko S.A. Greece already operates tanks.").count == 2)
    }
}
