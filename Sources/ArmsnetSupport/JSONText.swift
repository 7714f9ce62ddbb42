/// Minimal, fast JSON text building with a fixed key order, so that output is byte-for-byte
/// reproducible and follows the documented shapes (Foundation's encoder may reorder keys).
public enum JSONText {
    /// `s` as a JSON string literal, quotes included. Escapes `"`, `\`, control characters and
    /// U+2028/U+2029 (so the output is also safe to embed in JavaScript).
    /// - Complexity: O(n) over the UTF-8 bytes; runs that need no escape are copied whole.
    public static func string(_ s: String) -> String {
        var s = s
        return s.withUTF8 { bytes in
            var out = [UInt8]()
            out.reserveCapacity(bytes.count + 2)
            out.append(UInt8(ascii: "\""))
            var runStart = 0
            var i = 0
            func flush(_ end: Int) {
                if end > runStart { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<end])) }
            }
            while i < bytes.count {
                let byte = bytes[i]
                var escape: [UInt8]? = nil
                var width = 1
                switch byte {
                case UInt8(ascii: "\""): escape = Array("\\\"".utf8)
                case UInt8(ascii: "\\"): escape = Array("\\\\".utf8)
                case 0x0A: escape = Array("\\n".utf8)
                case 0x0D: escape = Array("\\r".utf8)
                case 0x09: escape = Array("\\t".utf8)
                case 0..<0x20: escape = Array(("\\u00" + (byte < 0x10 ? "0" : "") + String(byte, radix: 16)).utf8)
                case 0xE2 where i + 2 < bytes.count && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9):
                    escape = Array((bytes[i + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8)
                    width = 3
                default: break
                }
                if let escape {
                    flush(i)
                    out.append(contentsOf: escape)
                    runStart = i + width
                }
                i += width
            }
            flush(bytes.count)
            out.append(UInt8(ascii: "\""))
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// `s` as a JSON string literal, or `null`.
    public static func string(_ s: String?) -> String { s.map { string($0) } ?? "null" }

    /// An integer or `null`.
    public static func int(_ i: Int?) -> String { i.map(String.init) ?? "null" }

    /// A number in the shortest form that reads back to the same `Double`; integers without `.0`;
    /// non-finite values as `null` (JSON has no NaN).
    public static func number(_ d: Double) -> String {
        guard d.isFinite else { return "null" }
        if d == d.rounded(), abs(d) < 1e15 { return String(Int64(d)) }
        return "\(d)"
    }

    /// A JSON array of string literals.
    public static func strings(_ items: [String]) -> String { "[" + items.map { string($0) }.joined(separator: ",") + "]" }

    /// A JSON object from already-encoded values, keys in the given order.
    public static func object(_ fields: KeyValuePairs<String, String>) -> String {
        "{" + fields.map { string($0.key) + ":" + $0.value }.joined(separator: ",") + "}"
    }

    /// A JSON object from already-encoded values, keys in the given order.
    public static func object(_ fields: [(String, String)]) -> String {
        "{" + fields.map { string($0.0) + ":" + $0.1 }.joined(separator: ",") + "}"
    }
}
