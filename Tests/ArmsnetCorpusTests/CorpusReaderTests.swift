import Foundation
import Testing
@testable import ArmsnetCorpus

@Suite struct CorpusReaderTests {
    private struct Read {
        var articles: [Article] = []
        var warnings: [String] = []
        var ids: [String] { articles.map(\.id) }
    }

    private func read(_ paths: [String], limit: Int = CorpusReader.defaultArticleLimit) throws -> Read {
        var read = Read()
        try CorpusReader(paths: paths, articleLimit: limit).forEach(onWarning: { read.warnings.append($0.localizedDescription) }) {
            read.articles.append($0)
        }
        return read
    }

    @Test func folderOfFilesAndJSONLInByteOrder() throws {
        let folder = try ScratchFolder()
        try folder.write("b.txt", " date 2021-08-18 ISTANBUL, August 18. Kalashnikov at IDEF'21.")
        try folder.write("a.txt", "Turkish firms at BAMEX’25 in Bamako.")
        try folder.write("sub/c.jsonl", """
            {"id":"j1","date":"2019-06-19","text":"Baku, June 19","url":"https://example.org/j1"}

            {"id":"j2","date":null,"text":"At IDEX 2017 in Abu Dhabi."}
            """)
        let result = try read([folder.path])
        #expect(result.ids == ["a", "b", "j1", "j2"])
        #expect(result.articles[0] == Article(id: "a", date: nil, year: 2025, text: "Turkish firms at BAMEX’25 in Bamako.", source: folder.path + "/a.txt"))
        #expect(result.articles[1].date == "2021-08-18")
        #expect(result.articles[1].year == 2021)
        #expect(result.articles[1].text == "ISTANBUL, August 18. Kalashnikov at IDEF'21.")
        #expect(result.articles[2] == Article(id: "j1", date: "2019-06-19", year: 2019, text: "Baku, June 19",
                                              source: folder.path + "/sub/c.jsonl:1", url: "https://example.org/j1"))
        #expect(result.articles[3].source == folder.path + "/sub/c.jsonl:3")
        #expect(result.articles[3].year == 2017)
        #expect(result.warnings.isEmpty)
    }

    @Test func pathsAreReadInTheOrderGiven() throws {
        let folder = try ScratchFolder()
        let z = try folder.write("z.txt", "zed")
        let a = try folder.write("a.txt", "ay")
        #expect(try read([z, a]).ids == ["z", "a"])
    }

    @Test func oneBadFileAmongManyIsAWarning() throws {
        let folder = try ScratchFolder()
        try folder.write("1.txt", "good one")
        try folder.write("2.txt", bytes: [0x41, 0x00, 0x42])
        try folder.write("3.txt", bytes: [0x41, 0xFE])
        try folder.write("4.txt", "")
        try folder.write("5.txt", String(repeating: "x", count: 101))
        try folder.write("6.jsonl", "{\"id\":\"ok\",\"text\":\"fine\"}\nnot json\n{\"id\":\"big\",\"text\":\"" + String(repeating: "y", count: 100) + "\"}\n")
        try folder.write("7.txt", "good two")
        _ = try folder.folder("8-empty")
        let result = try read([folder.path, folder.path + "/missing.txt"], limit: 100)
        #expect(result.ids == ["1", "ok", "7"])
        let p = folder.path
        #expect(result.warnings == [
            "\(p)/2.txt: binary file (NUL bytes), not text",
            "\(p)/3.txt: not UTF-8 text",
            "\(p)/4.txt: empty article",
            "\(p)/5.txt: article of 101 bytes exceeds the 100-byte limit",
            "\(p)/6.jsonl:2: invalid JSON at column 1: expected '{'",
            "\(p)/6.jsonl:3: article of 122 bytes exceeds the 100-byte limit",
            "\(p)/missing.txt: no such file or folder",
        ])
    }

    @Test func warningsBeforeTheFirstArticleStillComeFirst() throws {
        let folder = try ScratchFolder()
        try folder.write("1.txt", "")
        try folder.write("2.txt", "text")
        var events: [String] = []
        try CorpusReader(paths: [folder.path]).forEachEvent { event in
            switch event {
            case let .article(article): events.append("article \(article.id)")
            case let .warning(warning): events.append(warning.localizedDescription)
            case .inputWaiting: break
            }
        }
        #expect(events == ["\(folder.path)/1.txt: empty article", "article 2"])
    }

    @Test func aLoneProblemIsTheError() throws {
        let folder = try ScratchFolder()
        #expect(throws: CorpusError.missing(path: folder.path + "/nope")) { try read([folder.path + "/nope"]) }
        #expect(throws: CorpusError.emptyFolder(path: folder.path)) { try read([folder.path]) }
        let binary = try folder.write("bin.txt", bytes: [0, 1, 2])
        #expect(throws: CorpusError.binary(path: binary)) { try read([binary]) }
    }

    @Test func severalProblemsAndNoArticlesThrowNoArticles() throws {
        let folder = try ScratchFolder()
        try folder.write("a.txt", "")
        try folder.write("b.txt", bytes: [0xFF])
        var warnings: [String] = []
        #expect(throws: CorpusError.noArticles(paths: [folder.path])) {
            try CorpusReader(paths: [folder.path]).forEach(onWarning: { warnings.append($0.localizedDescription) }) { _ in }
        }
        #expect(warnings == ["\(folder.path)/a.txt: empty article", "\(folder.path)/b.txt: not UTF-8 text"])
    }

    @Test func hostileFileNamesBecomeIds() throws {
        let folder = try ScratchFolder()
        try folder.write("say \"hi\" <script>.txt", "one")
        try folder.write("new\nline.txt", "two")
        #expect(try read([folder.path]).ids == ["new\nline", "say \"hi\" <script>"])
    }

    @Test func explicitFileWithOtherExtensionIsAnArticle() throws {
        let folder = try ScratchFolder()
        let path = try folder.write("note.md", "Army-2019 forum")
        let result = try read([path])
        #expect(result.ids == ["note"])
        #expect(result.articles[0].year == 2019)
    }

    @Test func jsonlOfBlankLinesIsEmpty() throws {
        let folder = try ScratchFolder()
        let path = try folder.write("blank.jsonl", "\n  \n")
        #expect(throws: CorpusError.emptyFile(path: path)) { try read([path]) }
    }
}
