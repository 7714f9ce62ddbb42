import Foundation

/// A link target that is safe to write into a diagram: an `http`/`https` URL with a host, or a
/// relative file path. Anything else (`javascript:`, `data:`, `file:`, absolute paths, `//host`
/// links) cannot be made into a `LinkTarget`.
public struct LinkTarget: Sendable, Hashable {
    /// The target as written into the SVG: characters outside a conservative set are
    /// percent-encoded, so it contains no quotes, angle brackets, backslashes, spaces or controls.
    public let href: String

    /// Validates `text` as an `http(s)` URL or a relative file path; nil for anything else.
    public init?(_ text: String) {
        guard !text.isEmpty, !text.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else { return nil }
        if let scheme = Self.scheme(of: text) {
            guard ["http", "https"].contains(scheme.lowercased()),
                  let url = URL(string: text), let host = url.host, !host.isEmpty
            else { return nil }
            href = Self.percentEncoded(text, keeping: Self.urlCharacters)
        } else {
            guard !text.hasPrefix("/"), !text.hasPrefix("\\"), !text.hasPrefix("~") else { return nil }
            href = Self.percentEncoded(text, keeping: Self.pathCharacters)
        }
    }

    /// The `scheme` of `scheme:rest`, or nil when the text has no colon before its first `/`.
    private static func scheme(of text: String) -> String? {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let candidate = text[..<colon]
        return candidate.contains("/") ? nil : String(candidate)
    }

    private static let unreserved = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~".utf8)
    private static let pathCharacters = unreserved.union("/%!$()*+,;=@".utf8)
    private static let urlCharacters = pathCharacters.union(":?#[]&".utf8)

    private static func percentEncoded(_ text: String, keeping allowed: Set<UInt8>) -> String {
        let hex = Array("0123456789ABCDEF")
        var out = ""
        for byte in text.utf8 {
            if allowed.contains(byte) {
                out.unicodeScalars.append(UnicodeScalar(byte))
            } else {
                out.append("%")
                out.append(hex[Int(byte >> 4)])
                out.append(hex[Int(byte & 0xF)])
            }
        }
        return out
    }
}
