/// The sentence that states a link, with the article it comes from.
public struct Evidence: Sendable, Hashable, Codable, Comparable {
    public var articleID: String
    /// `YYYY-MM-DD` when the article is dated.
    public var date: String?
    public var year: Int?
    public var sentence: String
    /// The article's `http(s)` URL or relative file path, for links from diagrams.
    public var source: String?

    public init(articleID: String, date: String?, year: Int?, sentence: String, source: String? = nil) {
        self.articleID = articleID
        self.date = date
        self.year = year
        self.sentence = sentence
        self.source = source
    }

    /// Oldest first (undated last), then by article id and sentence: a stable order for output.
    public static func < (a: Evidence, b: Evidence) -> Bool {
        switch (a.date, b.date) {
        case let (x?, y?) where x != y: return x < y
        case (nil, _?): return false
        case (_?, nil): return true
        default: break
        }
        if a.articleID != b.articleID { return a.articleID < b.articleID }
        return a.sentence < b.sentence
    }
}
