/// Minimal, fast JSON text building with a fixed key order, so that output is byte-for-byte
/// reproducible and follows the documented shapes (Foundation's encoder may reorder keys).
public enum JSONText {
    /// `s` as a JSON string literal, quotes included (escaping as `JSONBuffer.string`).
    public static func string(_ s: String) -> String {
        var buffer = JSONBuffer(capacity: s.utf8.count + 2)
        buffer.string(s)
        return buffer.text
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
