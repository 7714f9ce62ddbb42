import Testing
@testable import ArmsnetCorpus

@Suite struct JSONLineParserTests {
    private func parse(_ line: String) -> Result<JSONLRecord, JSONLineFailure> {
        var parser = JSONLineParser()
        var line = line
        return line.withUTF8 { bytes in Result { () throws(JSONLineFailure) in try parser.parse(bytes) } }
    }

    private func reason(_ line: String) -> String? {
        if case let .failure(failure) = parse(line) { return failure.reason }
        return nil
    }

    @Test func corpusFields() throws {
        let record = try parse(#"{"id":"a0000001","date":"2011-05-28","text":"Ukraine’s military\n\nDeliveries"}"#).get()
        #expect(record == JSONLRecord(id: "a0000001", date: "2011-05-28", text: "Ukraine’s military\n\nDeliveries", url: nil))
    }

    @Test func nullDateUnknownKeysAndURL() throws {
        let line = #" { "extra": {"a": [1, -2.5e3, true, null, "x\"y"]}, "id": "x1", "date": null, "text": "t", "url": "https://example.org/a?b=1" } "#
        #expect(try parse(line).get() == JSONLRecord(id: "x1", date: nil, text: "t", url: "https://example.org/a?b=1"))
    }

    @Test func urlOtherThanHTTPIsDropped() throws {
        #expect(try parse(#"{"id":"x","text":"t","url":"javascript:alert(1)"}"#).get().url == nil)
    }

    @Test func escapes() throws {
        let record = try parse(#"{"id":"e","text":"a\"b\\c\/d\te\u00e9\u2019\ud83d\ude00"}"#).get()
        #expect(record.text == "a\"b\\c/d\teé’😀")
    }

    @Test func missingOrWrongFields() {
        #expect(reason(#"{"id":"x"}"#) == "no \"text\"")
        #expect(reason(#"{"text":"x"}"#) == "no \"id\"")
        #expect(reason(#"{"id":7,"text":"x"}"#) == "invalid JSON at column 7: \"id\" must be a string")
        #expect(reason(#"{"id":"x","text":"  \n"}"#) == "\"text\" is empty")
        #expect(reason(#"{"id":"x","text":"t","date":"2019-02-30"}"#) == "\"date\" must be YYYY-MM-DD or null, not \"2019-02-30\"")
        #expect(reason(#"{"id":"x","text":"t","date":2019}"#) == "invalid JSON at column 29: \"date\" must be a string or null")
    }

    @Test func syntaxErrorsNameTheColumn() {
        #expect(reason("not json") == "invalid JSON at column 1: expected '{'")
        #expect(reason(#"{"id":"x" "text":"t"}"#) == "invalid JSON at column 11: expected '}'")
        #expect(reason(#"{"id":"x","text":"t"} trailing"#) == "invalid JSON at column 23: unexpected text after the object")
        #expect(reason(#"{"id":"x","text":"t"#) == "invalid JSON at column 20: unterminated string")
        #expect(reason("{\"id\":\"x\",\"text\":\"a\tb\"}") == "invalid JSON at column 20: control character in a string")
        #expect(reason(#"{"id":"x","text":"\q"}"#) == "invalid JSON at column 20: invalid escape")
        #expect(reason(#"{"id":"x","text":"\ud800"}"#) == "invalid JSON at column 25: unpaired surrogate in \\u escape")
        #expect(reason(#"{"id":"x","n":01,"text":"t"}"#) == "invalid JSON at column 17: leading zero in a number")
        #expect(reason(#"{"id":"x","n":tru,"text":"t"}"#) == "invalid JSON at column 15: expected a value")
    }

    @Test func invalidUTF8InAString() {
        var parser = JSONLineParser()
        let bytes: [UInt8] = Array(#"{"id":"x","text":""#.utf8) + [0xC3, 0x28] + Array(#""}"#.utf8)
        let result = bytes.withUnsafeBufferPointer { buffer in Result { () throws(JSONLineFailure) in try parser.parse(buffer) } }
        #expect(throws: JSONLineFailure(reason: "invalid JSON at column 21: string is not UTF-8")) { try result.get() }
    }
}
