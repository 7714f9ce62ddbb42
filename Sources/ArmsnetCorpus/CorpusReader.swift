#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads articles from files, folders and JSONL, streaming: one file (or one JSONL line) at a
/// time through reused buffers, so memory does not grow with the corpus.
///
/// Inputs, in the order given:
/// - a folder: its `.txt` and `.jsonl` files, recursively, in byte order of names (`FolderWalker`);
/// - a `.jsonl` file: one `{"id","date","text"}` object per line, optional `url` (`JSONLineParser`);
///   blank lines are ignored;
/// - any other file: one article, id = file name without extension (`ArticleDecoder`);
/// - `-`: JSONL from standard input.
///
/// Bad input: a problem with one file or line among others is a warning and that input is
/// skipped; when no article at all could be read, the reader throws — the problem itself when
/// there was one, else `CorpusError.noArticles`. Empty standard input is an empty corpus, not an
/// error (a streaming filter may get an empty partition).
public struct CorpusReader: Sendable {
    /// The path that means standard input (read as JSONL).
    public static let standardInput = "-"
    /// How standard input is named in messages and `Article.source` (`stdin:LINE`).
    public static let standardInputName = "stdin"
    /// The default largest article (a file or a JSONL line) accepted: 8 MiB.
    public static let defaultArticleLimit = 8 << 20

    public let paths: [String]
    /// Larger article files and JSONL lines are skipped with a warning.
    public let articleLimit: Int

    public init(paths: [String], articleLimit: Int = CorpusReader.defaultArticleLimit) {
        self.paths = paths
        self.articleLimit = articleLimit
    }

    /// Calls `body` for each article in corpus order.
    /// - Parameter onWarning: told about each bad file or line that was skipped.
    /// - Throws: a `CorpusError` when no article could be read, or what `body` throws.
    public func forEach(onWarning: (CorpusError) -> Void, _ body: (Article) throws -> Void) throws {
        try forEachEvent { event in
            switch event {
            case let .article(article): try body(article)
            case let .warning(warning): onWarning(warning)
            case .inputWaiting: break
            }
        }
    }

    /// Calls `body` with every article and warning in corpus order, and `.inputWaiting` when
    /// standard input pauses. Warnings met before the first article are held until it comes, so
    /// that a lone problem becomes the thrown error rather than a warning.
    /// - Throws: a `CorpusError` when no article could be read, or what `body` throws.
    public func forEachEvent(_ body: (CorpusEvent) throws -> Void) throws {
        var session = ReadSession(limit: articleLimit)
        for path in paths { try session.read(path, body) }
        try session.finish(paths: paths, body)
    }
}

/// The state of one pass over the corpus: buffers, the JSONL parser, warnings held back.
private struct ReadSession {
    let files: TextFileReader
    var parser = JSONLineParser()
    var articles = 0
    var held: [CorpusError] = []

    init(limit: Int) {
        files = TextFileReader(limit: limit)
    }

    mutating func read(_ path: String, _ body: (CorpusEvent) throws -> Void) throws {
        if path == CorpusReader.standardInput {
            return try readJSONL(descriptor: 0, name: CorpusReader.standardInputName, body)
        }
        var status = stat()
        guard stat(path, &status) == 0 else {
            let problem: CorpusError = errno == ENOENT
                ? .missing(path: path) : .unreadable(path: path, reason: String(cString: strerror(errno)))
            return try warn(problem, body)
        }
        guard (status.st_mode & S_IFMT) == S_IFDIR else { return try readFile(FileLocation(path: path), body) }
        let count: Int
        do {
            count = try FolderWalker.walk(path, problem: { try warn($0, body) }, file: { try readFile($0, body) })
        } catch let error as CorpusError {
            return try warn(error, body)
        }
        if count == 0 { try warn(.emptyFolder(path: path), body) }
    }

    mutating func finish(paths: [String], _ body: (CorpusEvent) throws -> Void) throws {
        guard articles == 0, !held.isEmpty else { return }
        // A stream (a Spark partition, say) whose lines were all bad is still a finished stream:
        // its problems are warnings, and the run ends normally with no articles.
        if paths == ["-"] {
            for warning in held { try body(.warning(warning)) }
            return
        }
        if held.count == 1 { throw held[0] }
        for warning in held { try body(.warning(warning)) }
        throw CorpusError.noArticles(paths: paths)
    }

    private mutating func readFile(_ file: FileLocation, _ body: (CorpusEvent) throws -> Void) throws {
        let path = file.path
        if FolderWalker.isJSONL(path) {
            let descriptor = open(path, O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0 else {
                return try warn(.unreadable(path: path, reason: String(cString: strerror(errno))), body)
            }
            defer { close(descriptor) }
            return try readJSONL(descriptor: descriptor, name: path, body)
        }
        let article: Article
        do {
            article = try ArticleDecoder.article(file: files.read(file), path: path)
        } catch {
            return try warn(error, body)
        }
        try deliver(article, body)
    }

    private mutating func readJSONL(descriptor: Int32, name: String, _ body: (CorpusEvent) throws -> Void) throws {
        var lines = 0
        let limit = files.limit
        do {
            try LineReader.forEachLine(descriptor: descriptor, path: name, lineLimit: limit) { event in
                switch event {
                case let .line(number, bytes):
                    guard bytes.contains(where: { !DateLine.isWhitespace($0) }) else { return }
                    lines += 1
                    let record: JSONLRecord
                    do throws(JSONLineFailure) {
                        record = try parser.parse(bytes)
                    } catch {
                        return try warn(.invalidLine(path: name, line: number, reason: error.reason), body)
                    }
                    try deliver(ArticleDecoder.article(record: record, source: "\(name):\(number)"), body)
                case let .tooLong(number, bytes):
                    lines += 1
                    try warn(.tooLarge(path: name, line: number, bytes: bytes, limit: limit), body)
                case .waiting:
                    try body(.inputWaiting)
                }
            }
        } catch let error as CorpusError {
            return try warn(error, body)
        }
        if lines == 0, name != CorpusReader.standardInputName { try warn(.emptyFile(path: name), body) }
    }

    private mutating func deliver(_ article: Article, _ body: (CorpusEvent) throws -> Void) throws {
        if articles == 0 {
            for warning in held { try body(.warning(warning)) }
            held = []
        }
        articles += 1
        try body(.article(article))
    }

    private mutating func warn(_ problem: CorpusError, _ body: (CorpusEvent) throws -> Void) throws {
        if articles == 0 { held.append(problem) } else { try body(.warning(problem)) }
    }
}
