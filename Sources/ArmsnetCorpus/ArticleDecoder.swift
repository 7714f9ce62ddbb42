#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns the bytes of an article file, or a JSONL record, into an `Article`.
enum ArticleDecoder {
    /// An article from a whole text file: an optional UTF-8 byte-order mark, an optional leading
    /// ` date YYYY-MM-DD` line, then the body. The bytes are checked for NUL (binary) and validated
    /// as UTF-8 once, when the body becomes a `String`.
    /// - Throws: `CorpusError.binary`, `.notUTF8` or `.emptyFile`, naming `path`.
    static func article(file bytes: UnsafeBufferPointer<UInt8>, path: String) throws(CorpusError) -> Article {
        if !bytes.isEmpty, memchr(bytes.baseAddress!, 0, bytes.count) != nil { throw .binary(path: path) }
        var start = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        let afterMark = UnsafeBufferPointer(rebasing: bytes[start...])
        var date: String?
        if let line = DateLine.parse(afterMark) {
            date = line.date
            start += line.bodyStart
        }
        let body = UnsafeBufferPointer(rebasing: bytes[start...])
        guard let text = String(validating: body, as: UTF8.self) else { throw .notUTF8(path: path) }
        guard body.contains(where: { !DateLine.isWhitespace($0) }) else { throw .emptyFile(path: path) }
        return Article(id: id(ofFile: path), date: date, year: year(date: date, text: text), text: text, source: path)
    }

    /// An article from one JSONL line.
    static func article(record: JSONLRecord, source: String) -> Article {
        Article(id: record.id, date: record.date, year: year(date: record.date, text: record.text),
                text: record.text, source: source, url: record.url)
    }

    /// The date's year, else the year the text names unambiguously (`TextYear`).
    static func year(date: String?, text: String) -> Int? {
        if let date { return DateLine.year(of: date) }
        return TextYear.infer(in: text)
    }

    /// The file name without its last extension: `corpus/a0000001.txt` → `a0000001`.
    static func id(ofFile path: String) -> String {
        let bytes = path.utf8
        var end = bytes.endIndex
        while end > bytes.startIndex, bytes[bytes.index(before: end)] == UInt8(ascii: "/") { end = bytes.index(before: end) }
        let start = bytes[..<end].lastIndex(of: UInt8(ascii: "/")).map { bytes.index(after: $0) } ?? bytes.startIndex
        guard let dot = bytes[start..<end].lastIndex(of: UInt8(ascii: ".")), dot != start else {
            return String(path[start..<end])
        }
        return String(path[start..<dot])
    }
}
