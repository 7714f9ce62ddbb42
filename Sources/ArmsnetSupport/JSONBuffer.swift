/// JSON text built in one growing byte buffer: for hot paths that write many values (one line per
/// article), where joining small `String`s would cost as much as the work that produced them.
public struct JSONBuffer {
    public private(set) var bytes: [UInt8] = []

    public init(capacity: Int = 256) {
        bytes.reserveCapacity(capacity)
    }

    /// The text so far.
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Appends JSON punctuation or an already-encoded value as is.
    public mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Appends `s` as a JSON string literal. Escapes `"`, `\`, control characters and
    /// U+2028/U+2029 (so the output is also safe to embed in JavaScript); runs that need no
    /// escape are copied whole.
    public mutating func string(_ s: String) {
        var s = s
        s.withUTF8 { source in
            bytes.append(UInt8(ascii: "\""))
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
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<i]))
                switch byte {
                case UInt8(ascii: "\""): raw("\\\"")
                case UInt8(ascii: "\\"): raw("\\\\")
                case 0x0A: raw("\\n")
                case 0x0D: raw("\\r")
                case 0x09: raw("\\t")
                case 0xE2: source[i + 2] == 0xA8 ? raw("\\u2028") : raw("\\u2029")
                default:
                    raw("\\u00")
                    bytes.append(Self.hexDigit(byte >> 4))
                    bytes.append(Self.hexDigit(byte & 0xF))
                }
                i += isSeparator ? 3 : 1
                runStart = i
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<source.count]))
            bytes.append(UInt8(ascii: "\""))
        }
    }

    /// Appends `s` as a JSON string literal, or `null`.
    public mutating func string(_ s: String?) {
        if let s { string(s) } else { raw("null") }
    }

    /// Appends an integer, or `null`.
    public mutating func int(_ i: Int?) {
        if let i { bytes.append(contentsOf: String(i).utf8) } else { raw("null") }
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

    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
    }
}
