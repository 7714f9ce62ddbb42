import Testing
@testable import ArmsnetCorpus

@Suite struct ArticleDecoderTests {
    private func decode(_ bytes: [UInt8], path: String = "corpus/x.txt") throws(CorpusError) -> Article {
        let result = bytes.withUnsafeBufferPointer { buffer in
            Result { () throws(CorpusError) in try ArticleDecoder.article(file: buffer, path: path) }
        }
        return try result.get()
    }

    @Test func datedArticle() throws {
        let article = try decode(Array(" date 2021-08-18 ISTANBUL, August 18. Text at IDEX 2019.".utf8), path: "seeds/000_170e5810b2e7f9e5.txt")
        #expect(article == Article(id: "000_170e5810b2e7f9e5", date: "2021-08-18", year: 2021,
                                   text: "ISTANBUL, August 18. Text at IDEX 2019.", source: "seeds/000_170e5810b2e7f9e5.txt"))
    }

    @Test func undatedArticleTakesTheTextYear() throws {
        let article = try decode([0xEF, 0xBB, 0xBF] + Array("Firms at BAMEX’25.\n".utf8))
        #expect(article.date == nil)
        #expect(article.year == 2025)
        #expect(article.text == "Firms at BAMEX’25.\n")
    }

    @Test func badBytes() {
        #expect(throws: CorpusError.binary(path: "corpus/x.txt")) { try decode([0x41, 0x00, 0x42]) }
        #expect(throws: CorpusError.notUTF8(path: "corpus/x.txt")) { try decode([0x41, 0xFF, 0x42]) }
        #expect(throws: CorpusError.emptyFile(path: "corpus/x.txt")) { try decode([]) }
        #expect(throws: CorpusError.emptyFile(path: "corpus/x.txt")) { try decode(Array(" date 2021-08-18 \n \n".utf8)) }
    }

    @Test func ids() {
        #expect(ArticleDecoder.id(ofFile: "corpus/a0000001.txt") == "a0000001")
        #expect(ArticleDecoder.id(ofFile: "x.y.txt") == "x.y")
        #expect(ArticleDecoder.id(ofFile: "dir/README") == "README")
        #expect(ArticleDecoder.id(ofFile: "dir/.profile") == ".profile")
    }
}
