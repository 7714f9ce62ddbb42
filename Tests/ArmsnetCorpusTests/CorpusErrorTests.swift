import Foundation
import Testing
@testable import ArmsnetCorpus

@Suite struct CorpusErrorTests {
    @Test func messagesNameTheFileAndLine() {
        #expect(CorpusError.missing(path: "nope/x.txt").localizedDescription == "nope/x.txt: no such file or folder")
        #expect(CorpusError.emptyFolder(path: "empty").localizedDescription == "empty: folder holds no .txt or .jsonl articles")
        #expect(CorpusError.binary(path: "a.txt").localizedDescription == "a.txt: binary file (NUL bytes), not text")
        #expect(CorpusError.notUTF8(path: "a.txt").localizedDescription == "a.txt: not UTF-8 text")
        #expect(CorpusError.emptyFile(path: "a.txt").localizedDescription == "a.txt: empty article")
        #expect(CorpusError.tooLarge(path: "big.txt", line: nil, bytes: 9_000_000, limit: 8_388_608).localizedDescription
            == "big.txt: article of 9000000 bytes exceeds the 8388608-byte limit")
        #expect(CorpusError.tooLarge(path: "c.jsonl", line: 4, bytes: 20, limit: 10).localizedDescription
            == "c.jsonl:4: article of 20 bytes exceeds the 10-byte limit")
        #expect(CorpusError.invalidLine(path: "stdin", line: 3, reason: "no \"id\"").localizedDescription == "stdin:3: no \"id\"")
        #expect(CorpusError.noArticles(paths: ["a", "b"]).localizedDescription == "a, b: no articles could be read")
    }

    @Test func hostileNamesStayOnOneLine() {
        let message = CorpusError.notUTF8(path: "dir/new\nline\t<script>\u{1B}.txt").localizedDescription
        #expect(message == "dir/new\\nline\\t<script>\\u{1B}.txt: not UTF-8 text")
    }
}
