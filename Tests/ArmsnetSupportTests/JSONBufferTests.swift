import Foundation
import Testing
@testable import ArmsnetSupport

@Suite struct JSONBufferTests {
    @Test func buildsAnObjectInOneBuffer() {
        var json = JSONBuffer()
        json.raw("{\"a\":")
        json.string("x\"y")
        json.raw(",\"b\":")
        json.int(nil)
        json.raw(",\"c\":")
        json.strings(["1", "Türkiye"])
        json.raw("}")
        #expect(json.text == #"{"a":"x\"y","b":null,"c":["1","Türkiye"]}"#)
    }

    @Test func everyControlCharacterReadsBack() throws {
        let hostile = String((0..<0x20).map { Character(Unicode.Scalar($0)!) }) + "\\\"\u{2028}\u{2029}<script>é🙂"
        var json = JSONBuffer()
        json.strings([hostile])
        #expect(!json.text.contains("\u{2028}"))
        let decoded = try JSONSerialization.jsonObject(with: Data(json.text.utf8)) as? [String]
        #expect(decoded == [hostile])
    }

    @Test func numbersAndEncodedBytesAsJSONTextWritesThem() {
        var id = JSONBuffer()
        id.string("firm:\"Q\"")
        var json = JSONBuffer()
        json.raw("[")
        json.raw(id.bytes)
        for value in [3.0, 0.1, -2.5e-12, .infinity] {
            json.raw(",")
            json.number(value)
        }
        json.raw("]")
        #expect(json.text == #"["firm:\"Q\"",3,0.1,-2.5e-12,null]"#)
    }

    @Test func takeBytesHandsOverTheTextAndEmptiesTheBuffer() {
        var json = JSONBuffer(capacity: 64)
        json.strings(["a", "b"])
        #expect(json.takeBytes() == Array(#"["a","b"]"#.utf8))
        #expect(json.takeBytes().isEmpty)
        json.raw("{}")
        #expect(json.text == "{}")
    }
}
