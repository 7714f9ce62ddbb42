import Foundation

/// Problems reading the corpus. Each message is one line that names the file (and the line, for
/// JSONL); control characters in hostile file names are escaped so the message stays on one line.
public enum CorpusError: LocalizedError, Equatable, Sendable {
    case missing(path: String)
    case emptyFolder(path: String)
    case unreadable(path: String, reason: String)
    /// The file holds NUL bytes.
    case binary(path: String)
    case notUTF8(path: String)
    /// Nothing but whitespace (after the date line, if any).
    case emptyFile(path: String)
    /// An article file or JSONL line larger than the per-article limit.
    case tooLarge(path: String, line: Int?, bytes: Int, limit: Int)
    case invalidLine(path: String, line: Int, reason: String)
    /// A folder entry whose name is not valid UTF-8 (it cannot be named faithfully).
    case unnamed(folder: String)
    case noArticles(paths: [String])

    public var errorDescription: String? {
        switch self {
        case let .missing(path): return "\(Self.shown(path)): no such file or folder"
        case let .emptyFolder(path): return "\(Self.shown(path)): folder holds no .txt or .jsonl articles"
        case let .unreadable(path, reason): return "\(Self.shown(path)): cannot read: \(reason)"
        case let .binary(path): return "\(Self.shown(path)): binary file (NUL bytes), not text"
        case let .notUTF8(path): return "\(Self.shown(path)): not UTF-8 text"
        case let .emptyFile(path): return "\(Self.shown(path)): empty article"
        case let .tooLarge(path, line, bytes, limit):
            let place = line.map { "\(Self.shown(path)):\($0)" } ?? Self.shown(path)
            return "\(place): article of \(bytes) bytes exceeds the \(limit)-byte limit"
        case let .invalidLine(path, line, reason): return "\(Self.shown(path)):\(line): \(reason)"
        case let .unnamed(folder): return "\(Self.shown(folder)): an entry's name is not UTF-8"
        case let .noArticles(paths): return "\(paths.map(Self.shown).joined(separator: ", ")): no articles could be read"
        }
    }

    /// `path` with control characters escaped (`\n`, `\t`, `\u{1B}`), so a message stays one line.
    static func shown(_ path: String) -> String {
        guard path.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else { return path }
        var out = ""
        for scalar in path.unicodeScalars {
            switch scalar {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.properties.generalCategory == .control {
                    out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}
