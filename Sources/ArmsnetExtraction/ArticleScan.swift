#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
    /// The tokens a name can start at (`Token.mayStartName`), in text order: walks that look only at
    /// those jump from one to the next instead of testing every token.
    let nameStarts: [Int32]
    /// The punctuation tokens, in text order: for rules that look only at marks.
    let marks: [Int]
    /// Gazetteer matches in text order.
    var matches: [NameMatch] = []
    /// Token index → index into `matches`, or -1.
    var matchAt: [Int32]

    init(text: UnsafeBufferPointer<UInt8>) {
        self.text = text
        let tokens = Tokenizer.tokenize(text)
        self.tokens = tokens
        sentences = SentenceSplitter.split(tokens)
        var of = [Int32](repeating: 0, count: tokens.count)
        for (s, sentence) in sentences.enumerated() {
            for i in sentence.tokenStart..<sentence.tokenEnd { of[i] = Int32(s) }
        }
        sentenceOf = of
        // Every index is written, and kept only when the token qualifies: no branch on the token.
        nameStarts = [Int32](unsafeUninitializedCapacity: tokens.count) { starts, count in
            for (i, t) in tokens.enumerated() {
                starts[count] = Int32(i)
                count += t.mayStartName ? 1 : 0
            }
        }
        marks = [Int](unsafeUninitializedCapacity: tokens.count) { marks, count in
            for (i, t) in tokens.enumerated() {
                marks[count] = i
                count += t.isPunct ? 1 : 0
            }
        }
        matchAt = [Int32](repeating: -1, count: tokens.count)
        matches.reserveCapacity(tokens.count / 8 + 1)  // one gazetteer name per 30 to 50 tokens, in news about arms deals
    }

    /// The text of tokens `a..<b` as written.
    func string(_ a: Int, _ b: Int) -> String {
        guard a < b else { return "" }
        return String(decoding: UnsafeBufferPointer(rebasing: text[Int(tokens[a].start)..<Int(tokens[b - 1].end)]), as: UTF8.self)
    }

    /// The byte range of token `i`.
    func bytes(of i: Int) -> Range<Int> { Int(tokens[i].start)..<Int(tokens[i].end) }

    /// Whether two byte ranges of the text hold the same bytes.
    func sameBytes(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
        guard a.count == b.count else { return false }
        for k in 0..<a.count where text[a.lowerBound + k] != text[b.lowerBound + k] { return false }
        return true
    }

    /// Whether the text's bytes in `range` are those of `s`.
    func sameBytes(_ range: Range<Int>, as s: String) -> Bool {
        guard s.utf8.count == range.count else { return false }
        guard !range.isEmpty else { return true }
        var s = s
        return s.withUTF8 { bytes in memcmp(bytes.baseAddress!, text.baseAddress! + range.lowerBound, range.count) == 0 }
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

    /// Whether token `i` exists and is a word of class `c`.
    @inline(__always) func word(_ i: Int, in c: WordClass) -> Bool {
        i >= 0 && i < tokens.count && tokens[i].classes.contains(c)
    }

    /// Whether token `i` exists and is the word `w`.
    @inline(__always) func word(_ i: Int, is w: Word) -> Bool { i >= 0 && i < tokens.count && tokens[i].word == w }

    @inline(__always) func mark(_ i: Int, _ m: UInt8) -> Bool { i >= 0 && i < tokens.count && tokens[i].isMark(m) }

    /// The match covering token `i`.
    @inline(__always) func match(at i: Int) -> NameMatch? {
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
            if tokens[p].isWord, tokens[p].word == .and, p > range.lowerBound, joinsFirmWord(before: p - 1, after: a, limit: range.upperBound) { a = p; continue }
            break
        }
        var b = i + 1
        while b < range.upperBound {
            // A legal form ends a name ("Velant Systems S.A." before the next sentence's "Antonov").
            if tokens[b - 1].flags.contains(.dotted), tokens[b - 1].classes.contains(.trailingSuffix) { break }
            if isRunWord(b) || isInnerHyphen(b) { b += 1; continue }
            // "Calidus for B-250 aircraft": "for" before a model designation names what a deal is for, not the firm.
            if tokens[b].isWord, tokens[b].word == .for_, b + 1 < range.upperBound, isModelDesignation(b + 1) { break }
            if isConnector(b, allowAnd), b + 1 < range.upperBound, isRunWord(b + 1) { b += 1; continue }
            // "Solar Defence and Aerospace", "Research and Production Enterprise": "and" before a firm word.
            if tokens[b].isWord, tokens[b].word == .and, joinsFirmWord(before: b - 1, after: b + 1, limit: range.upperBound) { b += 1; continue }
            // "Corporación de la Industria", "van der"
            if isConnector(b, allowAnd), b + 2 < range.upperBound, isConnector(b + 1, false), isRunWord(b + 2) { b += 2; continue }
            break
        }
        while a < i, tokens[a].isWord, tokens[a].word == .and { a += 1 }
        return a..<b
    }

    /// Whether "and" between `before` and `after` is inside one firm name: the words after it start with a firm or
    /// compound word and end in a firm word ("Solar Defence and Aerospace", "Research and Production Enterprise"),
    /// no known name is on either side, and
    /// the words before it do not already end a complete name ("… Technologies and Arsenal").
    func joinsFirmWord(before: Int, after: Int, limit: Int) -> Bool {
        guard before >= 0, after < limit, isRunWord(before), isRunWord(after), matchAt[before] < 0, matchAt[after] < 0,
              !tokens[before].classes.contains(.finalWord), !tokens[after].classes.isDisjoint(with: [.firmHead, .compoundWord]) else { return false }
        var k = after
        while k + 1 < limit, isRunWord(k + 1) { k += 1 }
        return tokens[k].classes.contains(.firmHead) && matchAt[k] < 0
    }


    /// Whether a model designation starts at `i`: a number ("for 155 mm shells") or a word glued by an inner hyphen
    /// to a number ("B-250", "Su-75", "AK-203").
    func isModelDesignation(_ i: Int) -> Bool {
        guard i < tokens.count else { return false }
        if tokens[i].flags.contains(.number) { return true }
        return tokens[i].isWord && i + 2 < tokens.count && isInnerHyphen(i + 1) && tokens[i + 2].flags.contains(.number)
    }

    /// Whether token `i` is a capitalised word, a number or all capitals (`Token.mayStartName`).
    func isRunWord(_ i: Int) -> Bool { tokens[i].mayStartName }

    func isConnector(_ i: Int, _ allowAnd: Bool) -> Bool {
        let t = tokens[i]
        return (t.isWord && (t.classes.contains(.connector) || (allowAnd && t.word == .and))) || t.isMark(38)
    }
}
