/// One news article as read from the corpus: the unit of extraction.
public struct Article: Sendable, Hashable {
    /// File name without extension, or the `id` field of a JSONL line.
    public var id: String
    /// `YYYY-MM-DD`, only from a leading ` date YYYY-MM-DD` line or a JSONL `date` field.
    public var date: String?
    /// The date's year; else the one year the text names unambiguously ("IDEX 2019", "BAMEX'25"); else nil.
    public var year: Int?
    /// The body, without the date line.
    public var text: String
    /// Where it came from, for messages and evidence links: a file path, or `FILE.jsonl:LINE`.
    public var source: String
    /// An `http(s)` URL the corpus gives for the article (JSONL `url` field), if any.
    public var url: String?

    public init(id: String, date: String?, year: Int?, text: String, source: String, url: String? = nil) {
        self.id = id
        self.date = date
        self.year = year
        self.text = text
        self.source = source
        self.url = url
    }
}
