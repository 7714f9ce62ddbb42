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

    /// The link for an evidence `source` in a diagram saved in the folder `linkBase`: an `http(s)`
    /// URL as it is; a file path (absolute, or relative to `currentFolder`) as a path relative to
    /// `linkBase` (itself absolute or relative to `currentFolder`; nil: the current folder), so the
    /// link works from where the diagram is saved. `FILE.jsonl:LINE` links to the JSONL file.
    /// Anything else (other schemes, `stdin:LINE`, `~` paths) gives nil.
    public static func evidence(_ source: String, linkBase: String?, currentFolder: String = FileManager.default.currentDirectoryPath) -> LinkTarget? {
        var path = source
        if let colon = path.lastIndex(of: ":"), colon > path.startIndex,
           path[path.index(after: colon)...].allSatisfy(\.isASCII) && path[path.index(after: colon)...].allSatisfy(\.isNumber),
           path.index(after: colon) < path.endIndex, path[..<colon].lowercased().hasSuffix(".jsonl") {
            path = String(path[..<colon])
        }
        if scheme(of: path) != nil { return LinkTarget(path) }
        guard !path.isEmpty, !path.hasPrefix("~"), !path.hasPrefix("\\"),
              !path.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else { return nil }
        let target = absoluteComponents(path, in: currentFolder)
        let base = absoluteComponents(linkBase ?? ".", in: currentFolder)
        guard let name = target.last else { return nil }
        let folder = target.dropLast()
        var common = 0
        while common < min(folder.count, base.count), folder[common] == base[common] { common += 1 }
        var parts = [String](repeating: "..", count: base.count - common) + folder.dropFirst(common) + [name]
        // A first part with a colon would read as a URL scheme.
        if parts[0].contains(":") { parts.insert(".", at: 0) }
        return LinkTarget(parts.joined(separator: "/"))
    }

    /// The components of `path` from the root, with `.` and `..` resolved (`..` at the root stays at the root).
    private static func absoluteComponents(_ path: String, in currentFolder: String) -> [String] {
        let full = path.hasPrefix("/") ? path : currentFolder + "/" + path
        var parts: [String] = []
        for part in full.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..": if !parts.isEmpty { parts.removeLast() }
            default: parts.append(String(part))
            }
        }
        return parts
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
