/// A gazetteer name found in the text.
struct NameMatch {
    var start: Int
    var end: Int
    var target: NameTarget
}

/// One article's text as tokens and sentences, with the gazetteer matches: the shared input of every rule.
/// Lives only inside `Extractor.extract`, while the text buffer is valid.
struct ArticleScan {
    let text: UnsafeBufferPointer<UInt8>
    let tokens: [Token]
    let sentences: [Sentence]
    /// Token index → sentence index.
    let sentenceOf: [Int32]
    /// Gazetteer matches in text order.
    var matches: [NameMatch] = []
    /// Token index → index into `matches`, or -1.
    var matchAt: [Int32]

    init(text: UnsafeBufferPointer<UInt8>) {
        self.text = text
        tokens = Tokenizer.tokenize(text)
        sentences = SentenceSplitter.split(tokens)
        var of = [Int32](repeating: 0, count: tokens.count)
        for (s, sentence) in sentences.enumerated() {
            for i in sentence.tokenStart..<sentence.tokenEnd { of[i] = Int32(s) }
        }
        sentenceOf = of
        matchAt = [Int32](repeating: -1, count: tokens.count)
    }

    /// The text of tokens `a..<b` as written.
    func string(_ a: Int, _ b: Int) -> String {
        guard a < b else { return "" }
        return String(decoding: UnsafeBufferPointer(rebasing: text[Int(tokens[a].start)..<Int(tokens[b - 1].end)]), as: UTF8.self)
    }

    /// The sentence's text as written.
    func sentenceText(_ s: Int) -> String {
        let sentence = sentences[s]
        return String(decoding: UnsafeBufferPointer(rebasing: text[sentence.byteStart..<sentence.byteEnd]), as: UTF8.self)
    }

    func sentenceRange(of i: Int) -> Range<Int> {
        let s = sentences[Int(sentenceOf[i])]
        return s.tokenStart..<s.tokenEnd
    }

    func isSentenceStart(_ i: Int) -> Bool { sentences[Int(sentenceOf[i])].tokenStart == i }

    func key(_ i: Int) -> UInt64 { i >= 0 && i < tokens.count ? tokens[i].key : 0 }

    /// Whether token `i` exists, is a word, and is in `set`.
    func word(_ i: Int, in set: Set<UInt64>) -> Bool {
        i >= 0 && i < tokens.count && tokens[i].isWord && set.contains(tokens[i].key)
    }

    func word(_ i: Int, is k: UInt64) -> Bool { i >= 0 && i < tokens.count && tokens[i].isWord && tokens[i].key == k }

    func mark(_ i: Int, _ m: UInt8) -> Bool { i >= 0 && i < tokens.count && tokens[i].isMark(m) }

    /// The match covering token `i`.
    func match(at i: Int) -> NameMatch? {
        guard i >= 0 && i < tokens.count, matchAt[i] >= 0 else { return nil }
        return matches[Int(matchAt[i])]
    }

    /// Whether `i` is a hyphen glued to both neighbours ("Almaz-Antey", "US-based").
    func isInnerHyphen(_ i: Int) -> Bool {
        i > 0 && i + 1 < tokens.count && tokens[i].isMark(45) && tokens[i].start == tokens[i - 1].end && tokens[i + 1].start == tokens[i].end
    }

    /// The capitalised run around `i` within its sentence: capitalised words and numbers, joined by
    /// inner hyphens and by "of", "&", "for", "de" (and "and" when `allowAnd`, as in event names)
    /// when a capitalised word follows.
    func capitalisedRun(around i: Int, allowAnd: Bool = false) -> Range<Int> {
        let range = sentenceRange(of: i)
        var a = i
        while a > range.lowerBound {
            let p = a - 1
            if isRunWord(p) || isInnerHyphen(p) { a = p; continue }
            if isConnector(p, allowAnd), p > range.lowerBound, isRunWord(p - 1) { a = p; continue }
            break
        }
        var b = i + 1
        while b < range.upperBound {
            if isRunWord(b) || isInnerHyphen(b) { b += 1; continue }
            if isConnector(b, allowAnd), b + 1 < range.upperBound, isRunWord(b + 1) { b += 1; continue }
            break
        }
        return a..<b
    }

    func isRunWord(_ i: Int) -> Bool {
        let t = tokens[i]
        return t.isWord && (t.isCapitalised || t.flags.contains(.number) || t.flags.contains(.allCaps))
    }

    private static let connectors = Lexicon.keys("of for de du la del des von van")
    func isConnector(_ i: Int, _ allowAnd: Bool) -> Bool {
        let t = tokens[i]
        return (t.isWord && (Self.connectors.contains(t.key) || (allowAnd && t.key == Lexicon.andKey))) || t.isMark(38)
    }
}
