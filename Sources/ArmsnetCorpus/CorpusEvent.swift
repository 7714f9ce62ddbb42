/// What a corpus read hands over, in corpus order (see `CorpusReader.forEachEvent(_:)`).
public enum CorpusEvent: Sendable {
    case article(Article)
    /// One bad file or line among others; it was skipped.
    case warning(CorpusError)
    /// The input has nothing more ready for now (standard input from a pipe): a consumer that
    /// batches articles should hand over what it holds, so that a streaming filter answers each
    /// line as it comes.
    case inputWaiting
}
