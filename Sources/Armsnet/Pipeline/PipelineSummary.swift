/// What a pipeline run read, for the closing report on standard error.
public struct PipelineSummary: Sendable, Equatable {
    /// Articles read, in the period or not.
    public var articles = 0
    /// UTF-8 bytes of their texts.
    public var bytes = 0
    /// Articles extracted: those in the period, or all when no period is set.
    public var extracted = 0
    /// Ids of articles with no year (no date, no unambiguous year in the text), in corpus order.
    /// They are still extracted when no period is set, and always left out of a period.
    public var undated: [String] = []
    /// Dated articles left out because their year is outside the period.
    public var outsidePeriod = 0
    /// One line per skipped file or JSONL line, in corpus order.
    public var warnings: [String] = []

    public init() {}
}
