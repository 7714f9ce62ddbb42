import Foundation

/// Reads articles from files, folders (recursively, `.txt`) and JSONL files, in a stable order.
/// FIRST VERSION: sequential and whole-file; the corpus engineer replaces it with the streaming reader.
public struct CorpusReader: Sendable {
    public let paths: [String]

    public init(paths: [String]) {
        self.paths = paths
    }

    /// Calls `body` for each article in order.
    /// - Parameter onWarning: told about one bad file among many (it is skipped).
    /// - Throws: `CorpusError` when a path is missing or nothing could be read.
    public func forEach(onWarning: (CorpusError) -> Void, _ body: (Article) throws -> Void) throws {
        var count = 0
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { throw CorpusError.missing(path: path) }
            let files: [String]
            if isFolder.boolValue {
                let enumerator = FileManager.default.enumerator(atPath: path)
                files = (enumerator?.allObjects as? [String] ?? []).filter { $0.hasSuffix(".txt") || $0.hasSuffix(".jsonl") }.sorted().map { path + "/" + $0 }
                if files.isEmpty { throw CorpusError.emptyFolder(path: path) }
            } else {
                files = [path]
            }
            for file in files {
                guard let data = FileManager.default.contents(atPath: file), let text = String(data: data, encoding: .utf8) else {
                    onWarning(.notText(path: file)); continue
                }
                let id = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
                var body_ = text
                var date: String? = nil
                if body_.hasPrefix(" date "), body_.count >= 16 {
                    date = String(body_.dropFirst(6).prefix(10))
                    body_ = String(body_.dropFirst(16))
                }
                let year = date.flatMap { Int($0.prefix(4)) }
                try body(Article(id: id, date: date, year: year, text: body_, source: file))
                count += 1
            }
        }
        if count == 0 { throw CorpusError.noArticles(paths: paths) }
    }
}

/// Problems reading the corpus; each message names the file.
public enum CorpusError: LocalizedError, Equatable {
    case missing(path: String)
    case emptyFolder(path: String)
    case notText(path: String)
    case noArticles(paths: [String])

    public var errorDescription: String? {
        switch self {
        case let .missing(path): return "\(path): no such file or folder"
        case let .emptyFolder(path): return "\(path): folder holds no .txt or .jsonl articles"
        case let .notText(path): return "\(path): not UTF-8 text, skipped"
        case let .noArticles(paths): return "\(paths.joined(separator: ", ")): no articles could be read"
        }
    }
}
