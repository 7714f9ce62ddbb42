/// JSON text built in one growing byte buffer: for hot paths that write many values (one line per
/// article), where joining small `String`s would cost as much as the work that produced them.
///
/// Each call writes through one pointer into room reserved ahead (`Array.append(contentsOf:)` cost
/// some eighty instructions a call, and a line is hundreds of short pieces).
public struct JSONBuffer {
    /// The text is `storage[..<count]`; the rest is room to write into.
    private var storage: [UInt8]
    private var count = 0

    public init(capacity: Int = 256) {
        storage = [UInt8](repeating: 0, count: max(capacity, 16))
    }

    /// The bytes so far.
    public var bytes: [UInt8] { Array(storage[..<count]) }

    /// The bytes so far, handing over the buffer itself rather than a copy; the buffer is empty afterwards.
    public mutating func takeBytes() -> [UInt8] {
        storage.removeLast(storage.count - count)
        let taken = storage
        storage = []
        count = 0
        return taken
    }

    /// The text so far.
    public var text: String {
        storage.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[..<count]), as: UTF8.self) }
    }

    /// Appends JSON punctuation or an already-encoded value as is.
    public mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { source in write(upTo: source.count) { out in out.put(source) } }
    }

    /// Appends bytes already encoded (a string literal made once and written many times, say).
    public mutating func raw(_ encoded: [UInt8]) {
        encoded.withUnsafeBufferPointer { source in write(upTo: source.count) { out in out.put(source) } }
    }

    /// Appends a number as `JSONText.number` writes it.
    public mutating func number(_ d: Double) {
        var text = JSONText.number(d)
        text.withUTF8 { source in write(upTo: source.count) { out in out.put(source) } }
    }

    /// Appends `s` as a JSON string literal. Escapes `"`, `\`, control characters and
    /// U+2028/U+2029 (so the output is also safe to embed in JavaScript); runs that need no
    /// escape are copied whole.
    public mutating func string(_ s: String) {
        var s = s
        s.withUTF8 { source in
            // At most six bytes (`\u00XX`) for each byte, and the quotes.
            write(upTo: 6 * source.count + 2) { out in
                out.put(UInt8(ascii: "\""))
                var runStart = 0
                var i = 0
                while true {
                    i = JSONStringScan.special(in: source, from: i, separators: true)
                    guard i < source.count else { break }
                    let byte = source[i]
                    let isSeparator = byte == 0xE2 && i + 2 < source.count && source[i + 1] == 0x80 && (source[i + 2] == 0xA8 || source[i + 2] == 0xA9)
                    guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || isSeparator else {
                        i += 1
                        continue
                    }
                    out.put(UnsafeBufferPointer(rebasing: source[runStart..<i]))
                    switch byte {
                    case UInt8(ascii: "\""): out.put("\\\"")
                    case UInt8(ascii: "\\"): out.put("\\\\")
                    case 0x0A: out.put("\\n")
                    case 0x0D: out.put("\\r")
                    case 0x09: out.put("\\t")
                    case 0xE2: source[i + 2] == 0xA8 ? out.put("\\u2028") : out.put("\\u2029")
                    default:
                        out.put("\\u00")
                        out.put(Self.hexDigit(byte >> 4))
                        out.put(Self.hexDigit(byte & 0xF))
                    }
                    i += isSeparator ? 3 : 1
                    runStart = i
                }
                out.put(UnsafeBufferPointer(rebasing: source[runStart..<source.count]))
                out.put(UInt8(ascii: "\""))
            }
        }
    }

    /// Appends `s` as a JSON string literal, or `null`.
    public mutating func string(_ s: String?) {
        if let s { string(s) } else { raw("null") }
    }

    /// Appends an integer, or `null`.
    public mutating func int(_ i: Int?) {
        guard let i else { return raw("null") }
        var digits = String(i)
        digits.withUTF8 { source in write(upTo: source.count) { out in out.put(source) } }
    }

    /// Appends a JSON array of string literals.
    public mutating func strings(_ items: [String]) {
        raw("[")
        for (index, item) in items.enumerated() {
            if index > 0 { raw(",") }
            string(item)
        }
        raw("]")
    }

    /// Lets `body` write at most `limit` bytes after the text, through one pointer.
    private mutating func write(upTo limit: Int, _ body: (inout Writer) -> Void) {
        if count + limit > storage.count {
            storage.append(contentsOf: repeatElement(0, count: max(count + limit, 2 * storage.count) - storage.count))
        }
        let written = storage.withUnsafeMutableBufferPointer { buffer in
            var out = Writer(to: buffer.baseAddress! + count, limit: limit)
            body(&out)
            return out.written
        }
        count += written
    }

    /// Writes bytes one after another from a pointer into room the buffer has reserved; traps rather
    /// than write past it.
    private struct Writer {
        let start: UnsafeMutablePointer<UInt8>
        let limit: Int
        var written = 0

        init(to start: UnsafeMutablePointer<UInt8>, limit: Int) {
            self.start = start
            self.limit = limit
        }

        mutating func put(_ byte: UInt8) {
            precondition(written < limit)
            start[written] = byte
            written += 1
        }

        mutating func put(_ bytes: UnsafeBufferPointer<UInt8>) {
            guard let from = bytes.baseAddress, !bytes.isEmpty else { return }
            precondition(written + bytes.count <= limit)
            (start + written).update(from: from, count: bytes.count)
            written += bytes.count
        }

        mutating func put(_ text: StaticString) {
            text.withUTF8Buffer { put($0) }
        }
    }

    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
    }
}
